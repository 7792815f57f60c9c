export type { ByteLink } from './byte-link';
export * from './memory-link';
export * from './serial-link';
