// Keyboard-wedge scanner input: a burst detector and the hook that keeps scans out of text fields.
export { DEFAULT_WEDGE_CONFIG, WedgeBurstDetector, type WedgeConfig, type WedgeDecision } from './burst-detector';
export { useWedgeScanner, type UseWedgeScannerOptions } from './use-wedge-scanner';
export { useWedgeSettings } from './use-wedge-settings';
export { retractTypedText } from './retract-typed-text';
