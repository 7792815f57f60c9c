import { useEffect, useRef, type ReactNode } from 'react';

/** A modal dialog that takes focus (for screen readers and keyboards) and labels itself. */
export function Dialog({ title, children, actions }: { title: string; children: ReactNode; actions: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="alertdialog" aria-modal="true" aria-label={title} tabIndex={-1} ref={ref}>
        <h2>{title}</h2>
        {children}
        <div className="actions">{actions}</div>
      </div>
    </div>
  );
}
