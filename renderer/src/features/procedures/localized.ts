import type { Language } from '../../../../electron/api/kiosk';
import type { IconName } from '../citizen/Icon';

/** The English text when the pack has one and English is on; the published Vietnamese otherwise. */
export function localized(language: Language, vi: string, en: string | undefined): string {
  return language === 'en' && en ? en : vi;
}

/** Icons for the life events of the demo pack; unknown ids get a neutral pin. Decorative only. */
const LIFE_EVENT_ICONS: Record<string, IconName> = {
  'sinh-con': 'baby',
  'nguoi-than-qua-doi': 'candle',
  'ket-hon': 'rings',
  'chuyen-nha': 'house',
  'thue-tro': 'key',
  'luu-tru': 'bed',
  'di-vang': 'suitcase',
  'chung-thuc-giay-to': 'document',
  'giay-to-ho-tich': 'certificate',
};

export function lifeEventIcon(id: string): IconName {
  return LIFE_EVENT_ICONS[id] ?? 'pin';
}
