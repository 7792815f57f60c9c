// The simulated QR scanner: product code, used by the demo configuration, tests and `kiosk sim scanner`.
export { DEMO_PAYLOADS, type DemoPayloadName } from './demo-payloads';
export { DAMAGE_KINDS, damagePayload, stripVietnameseMarks, type DamageKind } from './wedge-damage';
export { SimulatedScanner, type EmitOptions, type SimulatedScannerOptions } from './simulated-scanner';
export { createInProcessScanner } from './in-process-scanner';
export { runPtyScannerSim, type PtyScannerSimOptions } from './pty-scanner-sim';
