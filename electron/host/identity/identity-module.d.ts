import type { CoreContext, CoreModule } from '../core-module';
/**
 * Identification at the citizen face: scans and card taps go to the current citizen session (starting
 * one when the citizen arrives with a card), never to logs. Personal data lives in the session's
 * CitizenIdentity and goes with the session's wipe.
 */
export declare function createIdentityModule(ctx: CoreContext): Promise<CoreModule>;
