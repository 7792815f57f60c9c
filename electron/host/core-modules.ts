import type { CoreModuleFactory } from './core-module';

// Every area's module, in start order. Each area adds its one line here.
export const coreModules: CoreModuleFactory[] = [];
