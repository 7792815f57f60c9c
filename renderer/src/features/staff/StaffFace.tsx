import { useI18n } from '../../i18n/i18n';

/** The staff face's entry. Staff accounts and sign-in arrive with the staff issue; until then it says so. */
export function StaffFace({ wardName }: { wardName: string }) {
  const { t } = useI18n();
  return (
    <div className="face staff">
      <header className="topbar">
        <span className="title">{t('staff.title')} · {wardName}</span>
      </header>
      <main>
        <section className="card" data-testid="staff-sign-in">
          <h1>{t('staff.signIn')}</h1>
          <p className="notice">{t('staff.notBuilt')}</p>
        </section>
      </main>
    </div>
  );
}
