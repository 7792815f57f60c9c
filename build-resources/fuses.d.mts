export declare const KIOSK_FUSES: Readonly<Record<string, boolean>>;
export declare const ASAR_INTEGRITY_PLATFORMS: readonly string[];
export declare function fuseConfigFor(
  platform: string,
  fuses: { FuseV1Options: Record<string, number | string>; FuseVersion: Record<string, number | string> },
): Record<string | number, unknown>;
