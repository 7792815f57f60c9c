import { useCallback, useEffect, useRef, useState } from 'react';
import type { DisplayFeed } from '../../../../electron/api/display';
import { useClient, useConnected, useEvent } from '../../app/client-context';

/**
 * The latest display feed. Fetched on every (re)connection, since pushes sent while disconnected are
 * lost; replaced on each 'display.feedChanged'. While the core is unreachable the last feed stays, so
 * the screen keeps looping what it had.
 */
export function useDisplayFeed(onFeed?: (feed: DisplayFeed) => void): { feed: DisplayFeed | null; connected: boolean } {
  const client = useClient();
  const connected = useConnected();
  const [feed, setFeed] = useState<DisplayFeed | null>(null);
  const revision = useRef<string | null>(null);
  const onFeedRef = useRef(onFeed);
  onFeedRef.current = onFeed;

  const accept = useCallback((next: DisplayFeed) => {
    if (next.revision === revision.current) return;
    revision.current = next.revision;
    setFeed(next);
    onFeedRef.current?.(next);
  }, []);

  useEvent('display.feedChanged', accept);

  useEffect(() => {
    if (!connected) return;
    let live = true;
    void client.call('display.feed', {}).then((r) => {
      if (live && r.ok) accept(r.value);
    });
    return () => {
      live = false;
    };
  }, [client, connected, accept]);

  return { feed, connected };
}
