import type { Language } from '../../../../electron/api/kiosk';

/** The English text when the pack has one and English is on; the published Vietnamese otherwise. */
export function localized(language: Language, vi: string, en: string | undefined): string {
  return language === 'en' && en ? en : vi;
}

/** Emoji for the life events of the demo pack; unknown ids get a neutral pin. Decorative only (aria-hidden). */
const LIFE_EVENT_ICONS: Record<string, string> = {
  'sinh-con': '👶',
  'nguoi-than-qua-doi': '🕯️',
  'ket-hon': '💍',
  'chuyen-nha': '🏠',
  'thue-tro': '🔑',
  'luu-tru': '🛏️',
  'di-vang': '🧳',
  'chung-thuc-giay-to': '📄',
  'giay-to-ho-tich': '📜',
};

export function lifeEventIcon(id: string): string {
  return LIFE_EVENT_ICONS[id] ?? '📌';
}
