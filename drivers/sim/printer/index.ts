export * from './escpos-decoder';
export * from './page-png';
export * from './run-virtual-printer';
export * from './virtual-printer';
