import type { CatalogueRef } from '../../../../electron/api/catalogue';
import type { EssentialService } from '../../../../electron/api/content';
import { useI18n } from '../../i18n/i18n';
import { localized } from './localized';
import { useCall } from './use-call';

/**
 * Where a row of the 25 leads: the procedure page when the service is one procedure (a procedure the
 * ward does not handle says so and where to go, issue 12), else the service sheet, which lists the
 * procedures it covers.
 */
export function essentialRef(s: EssentialService): CatalogueRef {
  return s.code ? { kind: 'procedure', code: s.code } : { kind: 'essentialService', n: s.n };
}

/** The 25 essential online public services (Directive 24/CT-TTg: online only since 1 Oct 2025). */
export function EssentialList({ onOpen }: { onOpen: (ref: CatalogueRef) => void }) {
  const { t, language } = useI18n();
  const { value, error } = useCall('catalogue.essentialServices', {});
  if (!value) return <p role={error ? 'alert' : 'status'}>{t(error ? 'find.error' : 'find.loading')}</p>;
  return (
    <>
      {value.sample && <p className="notice">{t('find.sample')}</p>}
      <ol className="result-list" data-testid="essential-services">
        {value.services.map((s) => (
          <li key={s.n}>
            <button type="button" className="result" onClick={() => onOpen(essentialRef(s))} data-testid={`essential-${s.n}`}>
              <span className="result-name"><span className="essential-n">{s.n}.</span> {localized(language, s.name, s.nameEn)}</span>
              <span className="result-sub">{localized(language, s.description, s.descriptionEn)}</span>
              {!s.atWard && <span className="badges"><span className="badge badge-muted">{t('badge.notAtWard')}</span></span>}
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
