import type { CatalogueRef } from '../../../../electron/api/catalogue';
import type { ChecklistTicks } from '../checklist/ChecklistScreen';
import type { KnownHelpScreen } from '../help/help-screens';
import type { BrowseFilter } from '../procedures/BrowseTiles';
import type { FindTab } from '../procedures/FindScreen';

/** The citizen's screens after the attract screen (null = attract). Each names what it needs to show. */
export type Screen =
  /** `returnTo`: where the identify screen that follows "Đồng ý" leads back to. */
  | { readonly name: 'consent'; readonly returnTo: Screen | null }
  | { readonly name: 'identify'; readonly returnTo: Screen | null }
  | { readonly name: 'find'; readonly tab: FindTab }
  | { readonly name: 'list'; readonly filter: BrowseFilter }
  | { readonly name: 'procedure'; readonly code: string }
  | { readonly name: 'essential'; readonly n: number }
  | { readonly name: 'checklist'; readonly code: string }
  | { readonly name: 'guide'; readonly code: string; readonly step: number }
  | { readonly name: 'outcome'; readonly code: string }
  /** `code`: the procedure just guided (its slip can be printed here), null when none. */
  | { readonly name: 'finish'; readonly helpCalled: boolean; readonly code: string | null };

/**
 * The face's navigation and the little it remembers for the citizen (search text, ticks): renderer
 * state only, dropped with the whole flow on wipe (the face remounts it).
 */
export interface FlowState {
  readonly screen: Screen | null;
  /** Screens to go back to, most recent last. */
  readonly history: readonly Screen[];
  readonly query: string;
  readonly ticks: Readonly<Record<string, ChecklistTicks>>;
}

export type FlowAction =
  | { readonly type: 'go'; readonly screen: Screen }
  /** Same place, new details (a guide step, a tab): "back" does not stop at every step. */
  | { readonly type: 'replace'; readonly screen: Screen }
  | { readonly type: 'back' }
  | { readonly type: 'query'; readonly query: string }
  | { readonly type: 'ticks'; readonly code: string; readonly ticks: ChecklistTicks }
  /** The citizen chose a case on the procedure page (null: choose again): the checklist and guide follow it. */
  | { readonly type: 'case'; readonly code: string; readonly caseIndex: number | null };

export const START: FlowState = { screen: null, history: [], query: '', ticks: {} };

/** Longest history kept: a citizen wandering for an hour must not grow memory without bound. */
const MAX_HISTORY = 30;

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'go':
      if (state.screen === null) return { ...state, screen: action.screen, history: [] };
      return { ...state, screen: action.screen, history: [...state.history, state.screen].slice(-MAX_HISTORY) };
    case 'replace':
      return { ...state, screen: action.screen };
    case 'back': {
      if (state.history.length === 0) return state;
      return { ...state, screen: state.history[state.history.length - 1]!, history: state.history.slice(0, -1) };
    }
    case 'query':
      return { ...state, query: action.query };
    case 'ticks':
      return { ...state, ticks: { ...state.ticks, [action.code]: action.ticks } };
    case 'case': {
      // Another case has other papers: what was ticked for the previous one no longer applies.
      const before = state.ticks[action.code];
      if (before && before.caseIndex === action.caseIndex) return state;
      return { ...state, ticks: { ...state.ticks, [action.code]: { caseIndex: action.caseIndex, have: [] } } };
    }
  }
}

/** Where a catalogue result leads. */
export function screenForRef(ref: CatalogueRef): Screen {
  return ref.kind === 'procedure' ? { name: 'procedure', code: ref.code } : { name: 'essential', n: ref.n };
}

/** The machine name of a screen for a help request (no personal data: never a code or a query). */
export function helpScreenName(screen: Screen | null): KnownHelpScreen {
  return screen === null ? 'attract' : screen.name;
}

/** The case the citizen chose for a procedure (index in its `documents`), null when none yet. */
export function chosenCaseOf(state: FlowState, code: string): number | null {
  return state.ticks[code]?.caseIndex ?? null;
}

/** The procedure a screen is about, for the end-of-guide count and the finish screen. */
export function procedureOf(screen: Screen | null): string | null {
  if (!screen) return null;
  return 'code' in screen ? screen.code : null;
}
