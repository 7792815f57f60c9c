/**
 * Charts without a chart library: horizontal bars in CSS, stacked bars in SVG. Every number is also
 * written as text beside its bar (screen readers, print, colour-blind readers).
 */

export interface Bar {
  readonly key: string;
  readonly label: string;
  readonly value: number;
}

/** Bars scaled to the largest value; an all-zero list draws empty tracks. */
export function BarList({ bars, testId }: { bars: readonly Bar[]; testId: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <ul className="chart-bars" data-testid={testId}>
      {bars.map((b) => (
        <li key={b.key} className="chart-bar" data-testid={`${testId}-${b.key}`}>
          <span className="chart-label">{b.label}</span>
          <span className="chart-track" aria-hidden="true">
            <span className="chart-fill" style={{ width: `${(b.value / max) * 100}%` }} />
          </span>
          <span className="chart-value">{b.value}</span>
        </li>
      ))}
    </ul>
  );
}

export interface Segment {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  /** CSS class giving the colour (chart-seg-completed, …). */
  readonly className: string;
}

/** One row per item, its segments stacked left to right in an SVG scaled to the largest total. */
export function StackedBars({ rows, testId }: { rows: readonly { key: string; label: string; segments: readonly Segment[] }[]; testId: string }) {
  const max = Math.max(1, ...rows.map((r) => r.segments.reduce((s, x) => s + x.value, 0)));
  const legend = rows[0]?.segments ?? [];
  return (
    <div className="chart-stacked" data-testid={testId}>
      {rows.map((r) => {
        let x = 0;
        const total = r.segments.reduce((s, seg) => s + seg.value, 0);
        return (
          <div key={r.key} className="chart-bar" data-testid={`${testId}-${r.key}`}>
            <span className="chart-label">{r.label}</span>
            <svg className="chart-svg" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={`${r.label}: ${r.segments.map((s) => `${s.label} ${s.value}`).join(', ')}`}>
              <rect x="0" y="0" width="100" height="10" className="chart-svg-track" />
              {r.segments.map((s) => {
                const w = (s.value / max) * 100;
                const rect = w > 0 ? <rect key={s.key} x={x} y="0" width={w} height="10" className={s.className}><title>{`${s.label}: ${s.value}`}</title></rect> : null;
                x += w;
                return rect;
              })}
            </svg>
            <span className="chart-value">{total}</span>
          </div>
        );
      })}
      <div className="chart-legend">
        {legend.map((s) => (
          <span key={s.key} className="chart-legend-item"><svg viewBox="0 0 10 10" className="chart-swatch" aria-hidden="true"><rect width="10" height="10" className={s.className} /></svg>{s.label}</span>
        ))}
      </div>
    </div>
  );
}

/** A progress bar towards a target (capped at 100 % drawn, the real percentage written). */
export function Progress({ value, of, testId, label }: { value: number; of: number; testId: string; label: string }) {
  const pct = of > 0 ? (value / of) * 100 : 0;
  return (
    <div className="chart-progress" data-testid={testId}>
      <div className="chart-progress-label">{label}</div>
      <div className="chart-track" role="progressbar" aria-valuemin={0} aria-valuemax={of} aria-valuenow={value} aria-label={label}>
        <span className="chart-fill" style={{ width: `${Math.min(100, pct)}%` }} />
      </div>
    </div>
  );
}
