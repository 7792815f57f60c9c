import { events, type EventName, type EventPayload } from '../../api/contract';
import type { Access } from '../../api/define';

type Listener = (name: EventName, payload: unknown) => void;

/**
 * Fan-out of core events to connected faces. Each subscriber declares its grants and receives only the
 * events its access allows (a LAN display never sees session events).
 */
export class EventHub {
  private readonly subscribers = new Set<{ grants: readonly Access[]; listener: Listener }>();

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const spec = events[name];
    const checked = spec.payload.parse(payload);
    for (const s of [...this.subscribers]) {
      if (s.grants.includes(spec.access)) s.listener(name, checked);
    }
  }

  subscribe(grants: readonly Access[], listener: Listener): () => void {
    const entry = { grants, listener };
    this.subscribers.add(entry);
    return () => this.subscribers.delete(entry);
  }
}
