import type { Translate } from '../../i18n/i18n';
import { viDate } from '../staff/dates';

/** A kiosk.json target as both faces get it (api/staff TargetProgress, api/display DisplayTarget). */
export interface TargetFigure {
  readonly label: string;
  readonly targetCount: number;
  readonly achieved: number | null;
  readonly deadline: string;
}

/** Reached share in percent with one decimal (0 when the target is 0). */
export function targetPercent(achieved: number, of: number): number {
  return of > 0 ? Math.round((achieved / of) * 1000) / 10 : 0;
}

/**
 * "Công dân kích hoạt VNeID: 12 / 8000 người (0,2%) · hạn 31/12/2026": the one wording of a target, for the
 * staff dashboard and the lobby display alike (issue 13: the faces named and sourced it differently).
 */
export function targetText(t: Translate, x: TargetFigure): string {
  const deadline = viDate(x.deadline);
  return x.achieved === null
    ? `${x.label}: ${t('figures.targetNotMeasured', { target: x.targetCount, deadline })}`
    : `${x.label}: ${t('figures.target', { achieved: x.achieved, target: x.targetCount, percent: targetPercent(x.achieved, x.targetCount), deadline })}`;
}
