import { z } from 'zod';
import { defineCall } from './define';

/** Where the embedded portal sits in the kiosk window, in CSS pixels of the face. */
const Bounds = z.object({ x: z.number().int().min(0), y: z.number().int().min(0), width: z.number().int().min(100), height: z.number().int().min(100) });

/**
 * The official portal shown inside the kiosk (Electron only): an embedded view restricted to the
 * configured allowlist, in its own storage partition cleared at session end. In browser mode the core
 * answers `available: false` and the face offers the QR code for the citizen's phone instead.
 */
export const PortalStatus = z.object({
  available: z.boolean(),
  open: z.boolean(),
  /** Host currently shown (never the full URL, which may carry personal data in its query). */
  host: z.string().optional(),
});

export const portalCalls = {
  'portal.status': defineCall({ access: 'citizen', input: z.object({}), output: PortalStatus }),
  'portal.open': defineCall({ access: 'citizen', input: z.object({ url: z.url({ protocol: /^https$/ }), bounds: Bounds }), output: PortalStatus }),
  'portal.setBounds': defineCall({ access: 'citizen', input: z.object({ bounds: Bounds }), output: PortalStatus }),
  /** The face shows a dialog over the portal's place (a native view would cover it): hide, then show again. */
  'portal.setVisible': defineCall({ access: 'citizen', input: z.object({ visible: z.boolean() }), output: PortalStatus }),
  'portal.close': defineCall({ access: 'citizen', input: z.object({}), output: PortalStatus }),
  /** The on-screen keyboard typing into the portal's focused field (one key or a short text). */
  'portal.typeText': defineCall({ access: 'citizen', input: z.object({ text: z.string().max(200) }), output: z.object({}) }),
};
