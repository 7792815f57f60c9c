export * from './frame';
export * from './frame-parser';
export * from './wake-up';
export * from './status';
export * from './commands';
export * from './channel';
export * from './target';
export * from './reader';
