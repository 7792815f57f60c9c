import { useEffect, useState } from 'react';
import { useConnected } from '../../app/client-context';
import { useI18n } from '../../i18n/i18n';
import './display.css';

/** Vietnamese date and time as people read it: "Thứ Hai, 23/11/2026 · 08:05". */
export function formatVietnameseDateTime(d: Date): string {
  const days = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getDay()]}, ${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} · ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The lobby screen. The slides and playlist arrive with the display issue; this shell shows the frame. */
export function DisplayFace({ wardName }: { wardName: string }) {
  const { t } = useI18n();
  const connected = useConnected();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 10_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div className="face display" data-testid="display-face">
      <header className="display-header">
        <span>{t('app.centreName')} · {wardName}</span>
        <span>{formatVietnameseDateTime(now)}</span>
        {!connected && <span className="display-offline" data-testid="display-offline">{t('display.offline')}</span>}
      </header>
      <main className="display-main">
        <h1 className="display-title">{t('display.title')}</h1>
      </main>
    </div>
  );
}
