/*
 * Line icons drawn as inline SVG (24×24, stroke = currentColor), so they keep the text's contrast and
 * need no emoji font: kiosk images and Debian's Chromium often have none, and tofu boxes confuse people.
 */
const PATHS = {
  'id-card': 'M4 5h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z M8 9a2 2 0 1 1 0 4a2 2 0 1 1 0-4z M5 16c1-2 5-2 6 0 M14 10h5 M14 14h4',
  search: 'M11 4a7 7 0 1 1 0 14a7 7 0 1 1 0-14z M16.5 16.5L21 21',
  'raise-hand': 'M12 2.5a2.5 2.5 0 1 1 0 5a2.5 2.5 0 1 1 0-5z M12 9v6 M12 15l-3 6 M12 15l3 6 M12 10.5l6-6 M12 10.5l-5 2',
  qr: 'M3 3h7v7H3z M14 3h7v7h-7z M3 14h7v7H3z M14 14h3v3h-3z M18 18h3v3h-3z M6 6h1v1H6z M17 6h1v1h-1z M6 17h1v1H6z',
  'card-on-reader': 'M5 3h14a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z M12 13v4 M9 15l3 3 3-3 M3 20h18',
  baby: 'M12 3a4 4 0 1 1 0 8a4 4 0 1 1 0-8z M6 21c0-4 3-7 6-7s6 3 6 7 M10.5 7h.01 M13.5 7h.01',
  candle: 'M9 10h6v11H9z M12 3c2 2 2 4 0 5c-2-1-2-3 0-5z M12 8v2',
  rings: 'M9 9a5 5 0 1 1 0 10a5 5 0 1 1 0-10z M15 9a5 5 0 1 1 0 10a5 5 0 1 1 0-10z M10 5l2-2 2 2-2 2z',
  house: 'M3 11l9-7 9 7 M5 10v10h14V10 M10 20v-6h4v6',
  key: 'M8 8a4 4 0 1 1 0 8a4 4 0 1 1 0-8z M12 12h9 M18 12v3 M21 12v2',
  bed: 'M3 6v13 M3 15h18v4 M21 15v-3a3 3 0 0 0-3-3h-7v6 M7 9a2 2 0 1 1 0 4a2 2 0 1 1 0-4z',
  suitcase: 'M4 7h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1z M9 7V4h6v3 M3 12h18',
  document: 'M6 3h9l4 4v14H6z M14 3v5h5 M9 13h7 M9 17h5',
  certificate: 'M4 4h16v16H4z M8 9h8 M8 13h5 M16 15a2 2 0 1 1 0 4a2 2 0 1 1 0-4z',
  pin: 'M12 21s-6-6-6-11a6 6 0 0 1 12 0c0 5-6 11-6 11z M12 8a2 2 0 1 1 0 4a2 2 0 1 1 0-4z',
} as const;

export type IconName = keyof typeof PATHS;

/** A decorative icon (aria-hidden): the text beside it carries the meaning. Size in px. */
export function Icon({ name, size = 48 }: { name: IconName; size?: number }) {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
