import { readFileSync } from 'node:fs';
import type { CoreContext, CoreModule } from '../core-module';
import { HealthMonitor } from './health-monitor';

/** Scheduled checks of the portal and VNeID entry points (`portal.healthChecks`; none in the demo). */
export function createPortalHealthModule(ctx: CoreContext): CoreModule & { monitor: HealthMonitor } {
  const entries = ctx.loaded.config.portal.healthChecks.map((c) => ({
    ...c,
    ca: c.caFile ? readFileSync(c.caFile, 'utf8') : undefined,
  }));
  const monitor = new HealthMonitor(entries, { onChange: (all) => ctx.events.emit('portalHealth.changed', all) });
  return {
    name: 'portal-health',
    monitor,
    handlers: { 'portalHealth.get': async () => monitor.all() },
    async start() { monitor.start(); },
    async stop() { monitor.stop(); },
  };
}
