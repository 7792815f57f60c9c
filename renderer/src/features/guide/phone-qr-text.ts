import type { OnlineEntry } from '../../../../electron/api/content';
import type { Language } from '../../../../electron/api/kiosk';
import type { Translate } from '../../i18n/i18n';
import { localized } from '../procedures/localized';

/**
 * Whether an address opens only a site's home page: nothing after the host (path "/" or empty, no
 * query, no fragment). Deep links to procedure pages are not confirmed facts (domain doc
 * vneid-and-portal.md), so the shipped pack mostly carries home pages, and a QR code to one must not
 * promise "the exact procedure page".
 */
export function isSiteHome(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.pathname === '/' || u.pathname === '') && u.search === '' && u.hash === '';
  } catch {
    return false;
  }
}

/** The procedure a guide is for, as the phone hint names it. */
export interface GuideProcedure {
  /** National procedure code, e.g. "1.004194": the portal's search finds a procedure by it. */
  readonly code: string;
  readonly name: string;
  readonly nameEn?: string;
}

/**
 * What the guide's phone QR says under the code: for a site's home page, open the site on the phone
 * and search the procedure by its code (and name); for a deeper address, undefined, so PhoneQr keeps
 * its "opens the procedure's page" hint.
 */
export function guidePhoneHint(t: Translate, language: Language, entry: Pick<OnlineEntry, 'label' | 'labelEn'> & { url: string }, procedure: GuideProcedure): string | undefined {
  if (!isSiteHome(entry.url)) return undefined;
  return t('guide.phoneHintHome', {
    site: localized(language, entry.label, entry.labelEn),
    code: procedure.code,
    name: localized(language, procedure.name, procedure.nameEn),
  });
}
