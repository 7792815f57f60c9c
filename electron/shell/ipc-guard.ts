import { ACCESS_BY_FACE, calls, isCallName } from '../api/contract';
import type { Access } from '../api/define';
import { MAX_MESSAGE_BYTES } from '../api/wire';
import { isAppUrl } from './navigation-policy';

/** The shell's windows: the citizen's kiosk (with the staff face behind its gesture), the lobby display, the staff desk screen. */
export type WindowRole = 'kiosk' | 'display' | 'staff';

export type IpcDecision =
  | { ok: true; grants: readonly Access[]; input: unknown }
  | { ok: false; code: 'ipc.foreign-sender' | 'ipc.unknown-call' | 'ipc.forbidden' | 'ipc.too-large' | 'ipc.invalid-input'; issues?: string[] };

/**
 * Checks one IPC call before the core sees it (VS Code's ipcMain pattern): the sending frame must be
 * the app's own top-level page in a window we created, the call must exist in the contract and be
 * allowed for that window, and the payload must pass the call's schema.
 */
export function guardIpcCall(
  sender: { frameUrl: string | undefined; isMainFrame: boolean; role: WindowRole | undefined },
  name: unknown,
  input: unknown,
): IpcDecision {
  if (!sender.role || !sender.isMainFrame || !sender.frameUrl || !isAppUrl(sender.frameUrl)) {
    return { ok: false, code: 'ipc.foreign-sender' };
  }
  if (typeof name !== 'string' || !isCallName(name)) return { ok: false, code: 'ipc.unknown-call' };
  const grants = sender.role === 'display' ? ACCESS_BY_FACE.display : ACCESS_BY_FACE.staff;
  const spec = calls[name];
  if (!grants.includes(spec.access)) return { ok: false, code: 'ipc.forbidden' };
  let size: number;
  try {
    size = JSON.stringify(input ?? {}).length;
  } catch {
    return { ok: false, code: 'ipc.invalid-input' };
  }
  if (size > MAX_MESSAGE_BYTES) return { ok: false, code: 'ipc.too-large' };
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success) {
    return { ok: false, code: 'ipc.invalid-input', issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`) };
  }
  return { ok: true, grants, input: parsed.data };
}
