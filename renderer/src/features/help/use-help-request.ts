import { useCallback, useState } from 'react';
import type { HelpRequest } from '../../../../electron/api/help';
import { useClient } from '../../app/client-context';
import type { KnownHelpScreen } from './help-screens';

export type HelpAnswer = { readonly request: HelpRequest; readonly alreadyOpen: boolean } | { readonly failed: true };

/** The citizen's "Gọi cán bộ hỗ trợ": sends the request (kiosk, time, screen name only) and keeps the answer to show. */
export function useHelpRequest() {
  const client = useClient();
  const [answer, setAnswer] = useState<HelpAnswer | null>(null);
  const request = useCallback(async (screen: KnownHelpScreen) => {
    const r = await client.call('help.request', { screen });
    setAnswer(r.ok ? r.value : { failed: true });
  }, [client]);
  const dismiss = useCallback(() => setAnswer(null), []);
  return { answer, request, dismiss };
}
