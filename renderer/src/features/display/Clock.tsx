import { useEffect, useState } from 'react';

const DAYS_VI = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Vietnamese date and time as people read it, on the ward's clock whatever the screen's own zone:
 * "Thứ Hai, 23/11/2026 · 08:05".
 */
export function formatVietnameseDateTime(d: Date, timeZone = 'Asia/Ho_Chi_Minh'): string {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(d)) p[part.type] = part.value;
  const weekday = new Date(Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day))).getUTCDay();
  return `${DAYS_VI[weekday]}, ${p.day}/${p.month}/${p.year} · ${p.hour}:${p.minute}`;
}

/** The on-screen clock; re-renders once a minute, on the minute. */
export function Clock({ timeZone }: { timeZone: string }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setTimeout(() => setNow(new Date()), 60_000 - (now.getTime() % 60_000) + 50);
    return () => clearTimeout(timer);
  }, [now]);
  return <time className="display-clock" dateTime={now.toISOString()}>{formatVietnameseDateTime(now, timeZone)}</time>;
}
