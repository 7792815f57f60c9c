/** Replaced at bundle time by the package version; "dev" when run from source. */
declare const __KIOSK_VERSION__: string | undefined;
export const VERSION: string = typeof __KIOSK_VERSION__ === 'string' ? __KIOSK_VERSION__ : 'dev';
