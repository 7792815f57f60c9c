import { createCatalogueModule } from './catalogue/catalogue-module';
import type { CoreModuleFactory } from './core-module';
import { FileKeyProvider } from './staff/keys/key-provider';
import { staffKeyFile } from './staff/staff-services';
import { createStaffModule } from './staff/staff-module';
import { createIdentityModule } from './identity/identity-module';
import { createDisplayModule } from './display/display-module';
import { createHelpModule } from './help/help-module';
import { createMaintenanceModule } from './health/maintenance-module';
import { createPrintingModule } from './printing/printing-module';
import { createPortalHealthModule } from './portal-health/portal-health-module';

// Every area's module, in start order. Each area adds its one line here.
export const coreModules: CoreModuleFactory[] = [
  (ctx) => createMaintenanceModule(ctx), // self-healing: crash counter and maintenance mode (the shell records failures)
  (ctx) => createHelpModule(ctx), // "Gọi cán bộ hỗ trợ": in-memory open requests, no personal data
  (ctx) => createCatalogueModule(ctx),
  // In Electron the staff key file and the audit key are wrapped by the OS keystore (safeStorage); in browser mode they are 0600 files.
  (ctx) => createStaffModule(ctx, ctx.options.keyWrapper ? { keys: new FileKeyProvider(staffKeyFile(ctx.loaded.config), ctx.options.keyWrapper), auditKeyWrapper: ctx.options.keyWrapper } : {}),
  (ctx) => createIdentityModule(ctx),
  (ctx) => createPrintingModule(ctx), // the slip printer (phiếu hướng dẫn); its device joins device status
  (ctx) => createPortalHealthModule(ctx), // is the portal / VNeID answering? (portal.healthChecks)
  (ctx) => createDisplayModule(ctx), // display last-ish: it reads the catalogue and staff modules at start
];
