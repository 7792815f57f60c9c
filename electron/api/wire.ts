import { z } from 'zod';
import { ApiError } from './define';

/** Largest message either side accepts, in bytes; larger frames are refused before parsing. */
export const MAX_MESSAGE_BYTES = 256 * 1024;

/** Face → core over the WebSocket (browser mode) or IPC (Electron). */
export const ClientMessage = z.discriminatedUnion('t', [
  z.object({ t: z.literal('call'), id: z.number().int().nonnegative(), name: z.string().max(100), input: z.unknown() }),
]);
export type ClientMessage = z.infer<typeof ClientMessage>;

/** Core → face. */
export const ServerMessage = z.discriminatedUnion('t', [
  z.object({
    t: z.literal('result'),
    id: z.number().int().nonnegative(),
    result: z.union([z.object({ ok: z.literal(true), value: z.unknown() }), z.object({ ok: z.literal(false), error: ApiError })]),
  }),
  z.object({ t: z.literal('event'), name: z.string(), payload: z.unknown() }),
]);
export type ServerMessage = z.infer<typeof ServerMessage>;
