import { Button } from '../../design/Button';
import { useI18n } from '../../i18n/i18n';
import { Icon, type IconName } from './Icon';

export type Entry = 'identify' | 'find' | 'help';

/** The idle screen: big, calm, Vietnamese first, with the three ways in. */
export function AttractScreen({ onEnter }: { onEnter: (entry: Entry) => void }) {
  const { t } = useI18n();
  const entries: { key: Entry; label: string; hint: string; icon: IconName }[] = [
    { key: 'identify', label: t('attract.identify'), hint: t('attract.identifyHint'), icon: 'id-card' },
    { key: 'find', label: t('attract.find'), hint: t('attract.findHint'), icon: 'search' },
    { key: 'help', label: t('attract.help'), hint: t('attract.helpHint'), icon: 'raise-hand' },
  ];
  return (
    <section className="attract" data-testid="attract-screen">
      <h1 className="attract-headline">{t('attract.headline')}</h1>
      <p className="attract-sub">{t('attract.sub')}</p>
      <div className="attract-entries">
        {entries.map((e) => (
          <Button key={e.key} large variant={e.key === 'identify' ? 'primary' : 'secondary'} className="attract-entry" onClick={() => onEnter(e.key)} data-testid={`attract-${e.key}`}>
            <span className="attract-icon"><Icon name={e.icon} size={72} /></span>
            <span>
              <strong>{e.label}</strong>
              <br />
              <small>{e.hint}</small>
            </span>
          </Button>
        ))}
      </div>
    </section>
  );
}
