import type { ReactNode } from 'react';
import { Verdict } from './Verdict';

/**
 * One block of the content status ("Thủ tục hành chính", "Màn hình công cộng"): its title, the verdict
 * line, then its facts and problems. The test ids (`content-status-<area>`, `…-verdict`) are what the
 * tests and technicians' scripts look for.
 */
export function StatusBlock({ area, title, verdict, verdictText, children }: {
  area: 'procedures' | 'display';
  title: string;
  verdict: string;
  verdictText: string;
  children: ReactNode;
}) {
  return (
    <section className="content-status-block" data-testid={`content-status-${area}`} data-verdict={verdict} aria-labelledby={`content-status-${area}-title`}>
      <h3 id={`content-status-${area}-title`}>{title}</h3>
      <Verdict ok={verdict === 'clean'} text={verdictText} testId={`content-status-${area}-verdict`} />
      {children}
    </section>
  );
}

/** One labelled fact of a block, in its <dl>. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="content-status-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
