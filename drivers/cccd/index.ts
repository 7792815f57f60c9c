// The CCCD's pure rules, shared by the QR parser and the chip reader.
export * from './calendar-date';
export * from './personal-id';
export * from './expiry-laws';
export * from './card-expiry';
export * from './chip-access';
