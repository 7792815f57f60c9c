import { useEffect, useRef } from 'react';
import type { SearchHit } from '../../../../electron/api/catalogue';
import { restoreMarks } from '../keyboard/restore-marks';
import type { InputMode } from '../keyboard/telex';

/** The words the kiosk knows for these hits: their names and the citizen words they matched (both marked). */
export function phrasesOfHits(hits: readonly SearchHit[]): string[] {
  return hits.flatMap((h) => [h.name, ...h.why.citizenWords]);
}

/** The text up to the last whitespace: the words the citizen has finished. */
const finishedPart = (text: string): string => text.slice(0, text.length - /\S*$/u.exec(text)![0].length);

export interface MarkRestorationProps {
  readonly query: string;
  readonly onQuery: (q: string) => void;
  readonly mode: InputMode;
  /** The hits on screen now (an empty list when none are shown). */
  readonly hits: readonly SearchHit[];
}

/**
 * The search field's change handler, with the marks citizens leave out restored (restore-marks.ts) from
 * the hits on screen, in Telex mode only (in plain mode the citizen chose no accents):
 *  - when a change finishes a word (text typed at the end, ending in a space), at once: "dang kys "
 *    shows "đăng ký ";
 *  - when new hits arrive, for the words finished by then, as long as the citizen has been typing at
 *    the end: the search waits for a pause in typing, so a fast typist reaches the space before the
 *    hits do, and whether marks come back must not depend on typing speed.
 * An edit elsewhere in the text (a physical keyboard, the clear button) stops restoring on arrival until
 * the citizen types at the end again, so marks they removed on purpose are not put back behind their back.
 * The search then runs on the text as shown (it folds anyway); the on-screen keyboard reseeds its
 * composer from the new text, so Backspace removes one letter of what is shown.
 */
export function useMarkRestoration({ query, onQuery, mode, hits }: MarkRestorationProps): (next: string) => void {
  const typingAtEnd = useRef(false);
  const latest = useRef({ query, onQuery, mode });
  useEffect(() => {
    latest.current = { query, onQuery, mode };
  });

  useEffect(() => {
    const { query: text, onQuery: set, mode: m } = latest.current;
    if (!typingAtEnd.current || m !== 'telex' || hits.length === 0) return;
    const restored = restoreMarks(text, phrasesOfHits(hits));
    if (restored !== text) set(restored);
  }, [hits]);

  return (next: string) => {
    typingAtEnd.current = next.startsWith(finishedPart(query));
    const finishesWord = next.length > query.length && next.startsWith(query) && /\s$/u.test(next);
    onQuery(mode === 'telex' && finishesWord ? restoreMarks(next, phrasesOfHits(hits)) : next);
  };
}
