export * from './escpos-commands';
export * from './escpos-printer';
export * from './mono-bitmap';
export * from './printer-status';
