import type { DossierDocument } from '../../../../electron/api/content';
import { useI18n } from '../../i18n/i18n';
import { PhoneQr } from '../guide/PhoneQr';
import { whereToGet } from './where-to-get';

/**
 * One paper the citizen does not have yet and, in plain words, where to get it ("Lấy ở đâu: …"):
 * the pack's own answer first, the guess from the name otherwise (where-to-get.ts). When the pack
 * gives an official page to request it online, the same phone QR code as the guide's.
 */
export function MissingDocument({ doc, index }: { doc: DossierDocument; index: number }) {
  const { t, language } = useI18n();
  const where = whereToGet(doc, language);
  const vi = language === 'vi' ? undefined : 'vi';
  return (
    <li data-testid={`checklist-missing-${index}`}>
      <strong lang={vi}>{doc.name}</strong>
      <span className="result-sub checklist-where" data-testid={`checklist-where-${index}`} data-from={where.from}>
        <strong>{t('checklist.where')}</strong>{' '}
        {where.from === 'pack'
          ? <span lang={where.textLanguage === language ? undefined : where.textLanguage}>{where.text}</span>
          : t(`source.${where.source}`)}
      </span>
      {where.from === 'pack' && where.online && (
        <div className="checklist-online">
          <p>{t('checklist.online')}</p>
          <PhoneQr url={where.online} title={t('checklist.phoneTitle')} hint={t('checklist.phoneHint')} />
        </div>
      )}
    </li>
  );
}
