import { z } from 'zod';
import { defineCall, defineEvent } from './define';

/*
 * "Gọi cán bộ hỗ trợ": the citizen asks for a person; the staff face sees the request and says it is
 * taken. No personal data on purpose: which kiosk, when, and the name of the screen the citizen was on.
 */

/** Machine name of the citizen's screen ("procedure", "guide", "identify" …), shown in words on the staff face. */
export const HelpScreen = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(40);
export type HelpScreen = z.infer<typeof HelpScreen>;

export const HelpRequest = z.object({
  /** Per core run, counting up from 1; not stored. */
  id: z.number().int().positive(),
  /** Which kiosk asked (its configured ward name): never personal data. */
  kiosk: z.string(),
  screen: HelpScreen,
  requestedAt: z.iso.datetime(),
});
export type HelpRequest = z.infer<typeof HelpRequest>;

const StaffToken = z.string().min(20).max(100);
const OpenRequests = z.object({ requests: z.array(HelpRequest) });

export const helpCalls = {
  /** The citizen pressed "Gọi cán bộ hỗ trợ". A second press while one is open updates its screen. */
  'help.request': defineCall({
    access: 'citizen',
    input: z.object({ screen: HelpScreen }),
    output: z.object({ request: HelpRequest, alreadyOpen: z.boolean() }),
  }),
  /** Open requests, oldest first. */
  'help.requests': defineCall({ access: 'staff', input: z.object({ token: StaffToken }), output: OpenRequests }),
  /** A staff member is on the way: the request leaves the open list. Unknown ids are ignored. */
  'help.acknowledge': defineCall({
    access: 'staff',
    input: z.object({ token: StaffToken, id: z.number().int().positive() }),
    output: OpenRequests,
  }),
};

export const helpEvents = {
  /** The open requests changed (new, acknowledged or expired). */
  'help.changed': defineEvent({ access: 'staff', payload: OpenRequests }),
};
