/**
 * Public surface of the ICAO 9303 chip-access layer (secure messaging, BAC, PACE, file reading,
 * access establishment). The reader facade and the simulator build on these exports; the LDS parsers
 * (./lds) and passive authentication (./pa) have their own modules.
 */
export { establishAccess } from './access/establish-access';
export type { AccessAttempt, AccessFailure, AccessGranted, AccessMethod, AccessOptions } from './access/establish-access';
export { EMRTD_AID } from './access/emrtd-aid';

export { openSmSession } from './sm/session';
export type { ExchangeOptions, SmSession } from './sm/session';
export type { SmKeys } from './sm/sm-keys';
export { isSessionLost } from './sm/sm-error';
export type { SmErrorCode, SmFailure } from './sm/sm-error';

export { readFile, readCardAccess, DEFAULT_CHUNK_SIZE } from './files/read-file';
export type { FileErrorCode, FileRead, ReadFileOptions } from './files/read-file';
export { DATA_GROUP_TAGS, EMRTD_FILES, fileByName } from './files/emrtd-files';
export type { DataGroupName, EmrtdFile, EmrtdFileName } from './files/emrtd-files';

export { performBac } from './bac/bac';
export type { BacOptions } from './bac/bac';
export { mrzCheckDigit, mrzInformation } from './bac/mrz-information';
export type { MrzKeyInput } from './bac/mrz-information';

export { performPace } from './pace/pace';
export type { PaceOptions, PaceParameters } from './pace/pace';
export type { PacePassword } from './pace/pace-compute';
export { ecDomainById, supportedDomainIds } from './pace/domain-parameters';
export { paceProtocolByOid } from './pace/pace-protocols';
export type { CardResponse, CommandApdu } from './apdu';
