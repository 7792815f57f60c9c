import type { MessageKey } from '../../i18n/messages-vi';

/** Screen names a help request may carry (HelpScreen in electron/api/help.ts) that have words. */
export const HELP_SCREENS = [
  'attract', 'consent', 'identify', 'find', 'list', 'procedure', 'essential', 'checklist', 'guide', 'outcome', 'finish',
] as const;
export type KnownHelpScreen = (typeof HELP_SCREENS)[number];

/** The message key that words a screen name; unknown names (a newer kiosk) read as "other". */
export function helpScreenKey(screen: string): MessageKey {
  return (HELP_SCREENS as readonly string[]).includes(screen) ? (`help.screen.${screen}` as MessageKey) : 'help.screen.other';
}

/** hh:mm of an ISO time, in the kiosk's local time. */
export function clockTime(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
