import { useEffect, useState } from 'react';
import { useClient } from '../../../app/client-context';

/**
 * The catalogue's names of the procedures the dashboard lists by national code ("1.004194" alone tells
 * staff nothing). A code the pack no longer has keeps no name: the dashboard then shows the code.
 */
export function useProcedureNames(codes: readonly string[], language: 'vi' | 'en'): ReadonlyMap<string, string> {
  const client = useClient();
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const key = codes.join('|');
  useEffect(() => {
    let live = true;
    void Promise.all(codes.map((code) => client.call('catalogue.getProcedure', { code }).then((r) => {
      const p = r.ok ? r.value.procedure : null;
      return [code, p ? (language === 'en' && p.nameEn ? p.nameEn : p.name) : null] as const;
    }))).then((pairs) => {
      if (live) setNames(new Map(pairs.filter((p): p is readonly [string, string] => p[1] !== null)));
    });
    return () => {
      live = false;
    };
    // `key` stands for `codes` (a new array on every render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, key, language]);
  return names;
}
