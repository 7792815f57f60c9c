import type { ContentPack } from '../../../api/content';
import { provinceKey } from '../portal/map-agencies';

/**
 * The part of a pack one ward shows: every national procedure plus its own province's procedures. A pack
 * carries every province's own variants, each tagged with its province; the ward's province comes from
 * `ward.province` of its configuration and is compared loosely ("Tỉnh Bắc Ninh" = "tỉnh Bắc Ninh").
 * Without a province every procedure is shown. Pure: returns the same pack when nothing is hidden.
 */
export function forWard(pack: ContentPack, province: string | undefined): ContentPack {
  if (!province) return pack;
  const mine = provinceKey(province);
  const procedures = pack.procedures.filter((p) => !p.province || provinceKey(p.province) === mine);
  return procedures.length === pack.procedures.length ? pack : { ...pack, procedures };
}

/** Whole days from the data's capture date (or the pack's date) to `now`; null for a date that cannot be read. */
export function dataAgeDays(pack: ContentPack, now: Date): number | null {
  const day = pack.manifest.capturedAt ?? pack.manifest.date;
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.max(0, Math.floor((now.getTime() - t) / 86_400_000));
}
