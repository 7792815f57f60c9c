export type { ByteLink } from './byte-link';
export * from './memory-link';
export * from './serial-link';
export * from './tcp-link';
export * from './device-file-link';
