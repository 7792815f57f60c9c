import { z } from 'zod';
import { defineCall, defineEvent } from './define';

export const DeviceKind = z.enum(['card-reader', 'qr-scanner', 'printer']);

/**
 * One device's state for the status indicator and technicians. `problem` is a machine code
 * ("reader.unplugged", "reader.open-failed") that faces turn into words.
 */
export const DeviceStatus = z.object({
  kind: DeviceKind,
  /** "simulated", "serial /dev/ttyUSB0", "hid 0c2e:0b61", "keyboard-wedge". */
  description: z.string(),
  /** fault: connected but unable to work (a printer out of paper or with its cover open); `problem` says which. */
  state: z.enum(['ready', 'busy', 'disconnected', 'reconnecting', 'off', 'fault']),
  problem: z.string().optional(),
  /**
   * Something a technician should know while the device works, as a machine code: "reader.fast-baud-fallback"
   * (the fast serial link failed its check; the reader runs at the power-up speed).
   */
  notice: z.string().optional(),
  simulated: z.boolean(),
});
export type DeviceStatus = z.infer<typeof DeviceStatus>;

export const deviceCalls = {
  'devices.status': defineCall({ access: 'citizen', input: z.object({}), output: z.array(DeviceStatus) }),
};

export const deviceEvents = {
  'devices.changed': defineEvent({ access: 'citizen', payload: z.array(DeviceStatus) }),
};
