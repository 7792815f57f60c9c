import type { Procedure } from '../../../../electron/api/content';
import { useI18n } from '../../i18n/i18n';
import { PhoneQr } from '../guide/PhoneQr';
import { localized } from './localized';
import { useCall } from './use-call';

/** The executing agencies as published, or the older single `agency` text; null when neither is known. */
export function agencyText(p: Pick<Procedure, 'executingAgencies' | 'agency'>): string | null {
  const names = (p.executingAgencies ?? []).map((a) => a.trim()).filter(Boolean);
  if (names.length > 0) return names.join('; ');
  return p.agency?.trim() || null;
}

/**
 * Where: for the ward's own procedures, the ward's centre (its name from the configuration's ward),
 * then who decides; online places of the kiosk layer; and the official page on the national portal as
 * a phone QR code (`source.page`), where the long published texts are.
 */
export function WherePart({ procedure: p }: { procedure: Procedure }) {
  const { t, language } = useI18n();
  const vi = language === 'vi' ? undefined : 'vi';
  const summary = useCall('kiosk.configSummary', p.atWard === false ? null : {});
  const centre = [t('app.centreName'), summary.value?.ward.name].filter(Boolean).join(' ');
  const agency = agencyText(p);
  return (
    <section className="procedure-part" data-testid="procedure-where">
      <h2>{t('page.where')}</h2>
      {p.atWard !== false && <p data-testid="where-centre">{t('page.whereCentre', { centre })}</p>}
      <p lang={vi} data-testid="where-agency">{agency ? t('page.handledBy', { agency }) : <span className="missing">{t('page.goUnknown')}</span>}</p>
      {p.where && <p lang={vi}>{t('procedure.where', { value: p.where })}</p>}
      {p.onlineEntries.length > 0 && (
        <p>{t('procedure.onlineAt', { places: p.onlineEntries.map((e) => localized(language, e.label, e.labelEn)).join(' · ') })}</p>
      )}
      <h3>{t('page.officialPage')}</h3>
      {p.source ? (
        <PhoneQr url={p.source.page} title={t('page.qrTitle')} hint={t('page.qrHint')} />
      ) : (
        <p className="missing" data-testid="no-official-page">{t('page.noOfficialPage', { code: p.code })}</p>
      )}
    </section>
  );
}
