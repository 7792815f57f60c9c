import type { z } from 'zod';
import { calls, isCallName, type CallName, type CallOutput, type Calls } from '../../api/contract';
import type { Access, ApiResult } from '../../api/define';
import { ApiFailure } from './api-failure';

/** Who is calling: the accesses granted by the transport (face + token + origin) and a staff token if any. */
export interface CallContext {
  readonly grants: readonly Access[];
  /** Where the call came from, for the security log: "ipc:citizen", "ws:127.0.0.1". Never personal data. */
  readonly origin: string;
  readonly staffToken?: string;
}

export type Handler<N extends CallName> = (
  input: z.output<Calls[N]['input']>,
  ctx: CallContext,
) => CallOutput<N> | Promise<CallOutput<N>>;

export type Handlers = { [N in CallName]: Handler<N> };

export interface RefusalLog {
  refused(origin: string, name: string, code: string): void;
}

/**
 * Runs one call through the contract: unknown name, missing access and a payload that fails its schema
 * are refused before any handler runs; the output is parsed too, so a field the schema does not name
 * (personal data by mistake) is stripped rather than sent.
 */
export function createDispatcher(handlers: Partial<Handlers>, log?: RefusalLog) {
  return async function dispatch(name: string, input: unknown, ctx: CallContext): Promise<ApiResult<unknown>> {
    const refuse = (code: string, issues?: string[]): ApiResult<unknown> => {
      log?.refused(ctx.origin, name.slice(0, 100), code);
      return { ok: false, error: issues ? { code, issues } : { code } };
    };
    if (!isCallName(name)) return refuse('api.unknown-call');
    const spec = calls[name];
    if (!ctx.grants.includes(spec.access)) return refuse('api.forbidden');
    const handler = handlers[name] as Handler<CallName> | undefined;
    if (!handler) return refuse('api.not-available');
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      return refuse('api.invalid-input', parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`));
    }
    try {
      const output = await handler(parsed.data as never, ctx);
      return { ok: true, value: (spec.output as z.ZodType).parse(output) };
    } catch (e) {
      if (e instanceof ApiFailure) return { ok: false, error: e.issues ? { code: e.code, issues: e.issues } : { code: e.code } };
      // An unexpected failure is a bug: log the message (no payloads), answer with a generic code.
      console.error(`[core] call ${name} failed:`, (e as Error).message);
      return { ok: false, error: { code: 'api.internal' } };
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
