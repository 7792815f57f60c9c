import type { CoreContext, CoreModule } from '../core-module';
import { authorise } from '../staff/staff-auth';
import type { StaffServices } from '../staff/staff-services';
import { HelpRequests, type HelpRequestsOptions } from './help-requests';

/**
 * What the help area uses of the staff module (ctx.module('staff')): its services, to check that the
 * token is a signed-in session of any role (staff, volunteer, admin). Without a staff module (unit
 * tests, a kiosk without the staff area) the transport's 'staff' grant is the only check.
 */
export interface StaffForHelp {
  readonly services?: StaffServices;
}

export interface HelpModule extends CoreModule {
  readonly name: 'help';
  readonly requests: HelpRequests;
}

/** "Gọi cán bộ hỗ trợ": the 'help.*' handlers over an in-memory list, with 'help.changed' pushes to staff faces. */
export function createHelpModule(ctx: CoreContext, options: Partial<HelpRequestsOptions> = {}): HelpModule {
  const requests = new HelpRequests({ kiosk: ctx.loaded.config.ward.name, ...options });
  const staff = () => ctx.module('staff') as (CoreModule & StaffForHelp) | undefined;
  const announce = () => ctx.events.emit('help.changed', { requests: requests.list() });
  const checkStaff = (token: string) => {
    const services = staff()?.services;
    if (services) authorise(services, token);
  };

  return {
    name: 'help',
    requests,
    handlers: {
      'help.request': ({ screen }) => {
        const result = requests.request(screen);
        announce();
        return result;
      },
      'help.requests': ({ token }) => {
        checkStaff(token);
        if (requests.expire()) announce();
        return { requests: requests.list() };
      },
      'help.acknowledge': ({ token, id }) => {
        checkStaff(token);
        if (requests.acknowledge(id)) announce();
        return { requests: requests.list() };
      },
    },
  };
}
