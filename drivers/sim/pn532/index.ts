export * from './faults';
export * from './virtual-pn532';
export { Pn532Core, type CommandOutcome, type Pn532CoreOptions } from './pn532-core';
export { ThrottledLink, wireTimeMs, type LinkThrottleOptions } from '../link-throttle';
export { EchoCard } from './echo-card';
