import type { z } from 'zod';
import type { Access, ApiResult, CallSpec, EventSpec } from './define';
import { catalogueCalls, catalogueEvents } from './catalogue';
import { deviceCalls, deviceEvents } from './devices';
import { displayCalls, displayEvents } from './display';
import { helpCalls, helpEvents } from './help';
import { identityCalls, identityEvents, simulatorCalls } from './identity';
import { kioskCalls } from './kiosk';
import { maintenanceCalls, maintenanceEvents } from './maintenance';
import { portalCalls } from './portal';
import { portalHealthCalls, portalHealthEvents } from './portal-health';
import { printingCalls } from './printing';
import { sessionCalls, sessionEvents } from './session';
import { staffCalls } from './staff';

/**
 * THE contract: every call and event between a face and the core. Both transports (Electron IPC and
 * the WebSocket of browser mode) carry exactly these, validated with these schemas on the core side.
 */
export const calls = {
  ...kioskCalls,
  ...deviceCalls,
  ...sessionCalls,
  ...identityCalls,
  ...catalogueCalls,
  ...simulatorCalls,
  ...portalCalls,
  ...maintenanceCalls,
  ...staffCalls,
  ...displayCalls,
  ...helpCalls,
  ...printingCalls,
  ...portalHealthCalls,
} satisfies Record<string, CallSpec>;

export const events = {
  ...deviceEvents,
  ...sessionEvents,
  ...maintenanceEvents,
  ...identityEvents,
  ...displayEvents,
  ...helpEvents,
  ...catalogueEvents,
  ...portalHealthEvents,
} satisfies Record<string, EventSpec>;

export type Calls = typeof calls;
export type Events = typeof events;
export type CallName = keyof Calls;
export type EventName = keyof Events;
export type CallInput<N extends CallName> = z.input<Calls[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Calls[N]['output']>;
export type EventPayload<E extends EventName> = z.output<Events[E]['payload']>;

export const isCallName = (name: string): name is CallName => Object.hasOwn(calls, name);
export const isEventName = (name: string): name is EventName => Object.hasOwn(events, name);

/** What a face holds: the same interface over IPC or WebSocket, so a screen never knows which. */
export interface KioskClient {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<ApiResult<CallOutput<N>>>;
  subscribe<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Connection state of the transport (the display shows "offline" while not connected). */
  onConnection(listener: (connected: boolean) => void): () => void;
}

/** Which accesses a face may use. Display connections (and anything from the LAN) get only 'display'. */
export const ACCESS_BY_FACE: Record<'citizen' | 'staff' | 'display', readonly Access[]> = {
  citizen: ['display', 'citizen'],
  staff: ['display', 'citizen', 'staff', 'admin'],
  display: ['display'],
};
