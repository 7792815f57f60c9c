/**
 * Elementary files of the eMRTD (ICAO 9303-10 §3.10–3.12, cccd.md "Files"): file identifier (FID) for
 * SELECT and short file identifier (SFI) for READ BINARY with implicit selection.
 */
export type DataGroupName = `DG${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16}`;
export type EmrtdFileName = 'CardAccess' | 'COM' | 'SOD' | DataGroupName;

export interface EmrtdFile {
  readonly name: EmrtdFileName | 'other';
  /** 2-byte file identifier, e.g. 0x0101 for DG1. */
  readonly fid: number;
  /** Short file identifier (1–30), e.g. 0x01 for DG1; undefined when the file has none. */
  readonly sfi?: number;
}

const table: EmrtdFile[] = [
  { name: 'CardAccess', fid: 0x011c, sfi: 0x1c },
  { name: 'COM', fid: 0x011e, sfi: 0x1e },
  { name: 'SOD', fid: 0x011d, sfi: 0x1d },
  ...Array.from({ length: 16 }, (_, i) => ({ name: `DG${i + 1}` as DataGroupName, fid: 0x0101 + i, sfi: i + 1 })),
];

export const EMRTD_FILES: ReadonlyMap<EmrtdFileName, EmrtdFile> = new Map(
  table.map((f) => [f.name as EmrtdFileName, f]),
);

export const fileByName = (name: EmrtdFileName): EmrtdFile => {
  const f = EMRTD_FILES.get(name);
  if (f === undefined) throw new RangeError(`unknown eMRTD file ${name}`);
  return f;
};

/** LDS 1.7 tag of each data group in EF.COM's tag list (ICAO 9303-10 Table 30): DG1 = 61, DG13 = 6D… */
export const DATA_GROUP_TAGS: ReadonlyMap<number, DataGroupName> = new Map([
  [0x61, 'DG1'], [0x75, 'DG2'], [0x63, 'DG3'], [0x76, 'DG4'], [0x65, 'DG5'], [0x66, 'DG6'], [0x67, 'DG7'],
  [0x68, 'DG8'], [0x69, 'DG9'], [0x6a, 'DG10'], [0x6b, 'DG11'], [0x6c, 'DG12'], [0x6d, 'DG13'],
  [0x6e, 'DG14'], [0x6f, 'DG15'], [0x70, 'DG16'],
]);

/**
 * DG3 (fingerprints) is protected by Terminal Authentication; on VN cards reading it answers 6982 and
 * kills the SM session (cccd.md), so this driver never asks for it.
 */
export const isDg3 = (file: EmrtdFile): boolean => file.fid === 0x0103 || (file.name === 'other' && file.sfi === 0x03);
