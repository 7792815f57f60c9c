import type { Language } from '../../../../electron/api/kiosk';
import { formatVietnameseDateTime } from '../display/Clock';
import { viDate } from '../staff/dates';

/** An ISO instant on the ward's clock: "Thứ Bảy, 14/03/2026 · 08:59" (English drops the Vietnamese weekday). */
export function formatWhen(iso: string, language: Language): string {
  const text = formatVietnameseDateTime(new Date(iso));
  return language === 'vi' ? text : text.slice(text.indexOf(', ') + 2);
}

/** A pack's manifest date "2026-03-14" as people write it: "14/03/2026". */
export const formatDay = (date: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? viDate(date) : date);
