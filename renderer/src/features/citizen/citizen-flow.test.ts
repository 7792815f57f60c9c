import { describe, expect, it } from 'vitest';
import { chosenCaseOf, flowReducer, helpScreenName, screenForRef, START, type FlowState } from './citizen-flow';

const run = (...actions: Parameters<typeof flowReducer>[1][]): FlowState => actions.reduce(flowReducer, START);

describe('citizen flow', () => {
  it('goes forward and back, the attract screen not being part of the history', () => {
    const s = run(
      { type: 'go', screen: { name: 'find', tab: 'lifeEvents' } },
      { type: 'go', screen: { name: 'list', filter: { kind: 'lifeEvent', id: 'thue-tro' } } },
      { type: 'go', screen: { name: 'procedure', code: '1.004194' } },
    );
    expect(s.screen).toEqual({ name: 'procedure', code: '1.004194' });
    const back = run(...[
      { type: 'go', screen: { name: 'find', tab: 'lifeEvents' } },
      { type: 'go', screen: { name: 'procedure', code: '1.004194' } },
      { type: 'back' },
    ] as const);
    expect(back.screen).toEqual({ name: 'find', tab: 'lifeEvents' });
    expect(back.history).toEqual([]);
    expect(flowReducer(back, { type: 'back' })).toBe(back);
  });

  it('replaces in place for guide steps and tabs, so back leaves the guide', () => {
    const s = run(
      { type: 'go', screen: { name: 'procedure', code: '1.004194' } },
      { type: 'go', screen: { name: 'guide', code: '1.004194', step: 0 } },
      { type: 'replace', screen: { name: 'guide', code: '1.004194', step: 1 } },
      { type: 'replace', screen: { name: 'guide', code: '1.004194', step: 2 } },
      { type: 'back' },
    );
    expect(s.screen).toEqual({ name: 'procedure', code: '1.004194' });
  });

  it('keeps search text and ticks, and bounds the history', () => {
    let s = run({ type: 'query', query: 'tạm trú' }, { type: 'ticks', code: '1.004194', ticks: { caseIndex: 0, have: [1] } });
    expect(s.query).toBe('tạm trú');
    expect(s.ticks['1.004194']).toEqual({ caseIndex: 0, have: [1] });
    for (let i = 0; i < 100; i++) s = flowReducer(s, { type: 'go', screen: { name: 'essential', n: i } });
    expect(s.history.length).toBeLessThanOrEqual(30);
  });

  it('maps results to screens and screens to help names without personal data', () => {
    expect(screenForRef({ kind: 'procedure', code: '1.001193' })).toEqual({ name: 'procedure', code: '1.001193' });
    expect(screenForRef({ kind: 'essentialService', n: 7 })).toEqual({ name: 'essential', n: 7 });
    expect(helpScreenName(null)).toBe('attract');
    expect(helpScreenName({ name: 'guide', code: '1.004194', step: 2 })).toBe('guide');
  });

  it('keeps the case chosen on the procedure page for the checklist and guide; another case drops the ticks', () => {
    let s = run({ type: 'case', code: '1.004222', caseIndex: 1 }, { type: 'ticks', code: '1.004222', ticks: { caseIndex: 1, have: [0] } });
    expect(chosenCaseOf(s, '1.004222')).toBe(1);
    expect(chosenCaseOf(s, '1.000894')).toBeNull();
    expect(flowReducer(s, { type: 'case', code: '1.004222', caseIndex: 1 })).toBe(s); // same case: ticks kept
    s = flowReducer(s, { type: 'case', code: '1.004222', caseIndex: 2 });
    expect(s.ticks['1.004222']).toEqual({ caseIndex: 2, have: [] });
    s = flowReducer(s, { type: 'case', code: '1.004222', caseIndex: null });
    expect(chosenCaseOf(s, '1.004222')).toBeNull();
  });
});
