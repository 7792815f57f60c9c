import type { TargetProgress } from '../../api/staff';

/**
 * The figures that the staff dashboard and the lobby display both show, each defined once (issue 13: the
 * display said "3 lượt công dân được hỗ trợ tuần này" while the dashboard said 1 for the same week, and
 * the display's monthly target came from display.json while the staff targets came from kiosk.json).
 */

/**
 * "Lượt công dân được hỗ trợ" (times a citizen was helped): kiosk sessions that served a citizen
 * (identified, guided to a procedure, or ended with an outcome) plus staff-assisted cases. It counts
 * visits, not people: one citizen helped twice counts twice (the dashboard also shows distinct people).
 */
export function citizensHelped(counts: { readonly servedKioskSessions: number; readonly assistedCases: number }): number {
  return counts.servedKioskSessions + counts.assistedCases;
}

/** The indicator of kiosk.json's `targets` that both faces show as the VNeID activation target. */
export const ACTIVATION_TARGET_INDICATOR = 'vneid-activated';

/** The activation target as the dashboard computes it (kiosk.json, population × percent); null when none is configured. */
export function activationTarget(targets: readonly TargetProgress[]): TargetProgress | null {
  return targets.find((t) => t.indicator === ACTIVATION_TARGET_INDICATOR) ?? null;
}
