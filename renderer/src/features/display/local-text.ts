import type { LocalText } from '../../../../electron/api/display';
import type { Language } from '../../../../electron/api/kiosk';

/** The text in the display language; Vietnamese when no English version was written. */
export const pick = (text: LocalText, language: Language): string => (language === 'en' && text.en ? text.en : text.vi);
