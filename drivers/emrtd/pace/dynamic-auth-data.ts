import { err, ok, type Result } from '../../result';
import { encodeTlv, parseTlv, parseTlvList } from '../lds/tlv';

/**
 * Dynamic Authentication Data (template 7C) of GENERAL AUTHENTICATE (ICAO 9303-11 §4.4.4.2):
 * command tags 81 mapping data, 83 ephemeral public key, 85 terminal token; response tags 80 encrypted
 * nonce, 82 mapping data, 84 ephemeral public key, 86 chip token.
 */
export const encodeDynamicAuthData = (tag?: number, value?: Uint8Array): Uint8Array =>
  tag === undefined || value === undefined ? Uint8Array.of(0x7c, 0x00) : encodeTlv(0x7c, encodeTlv(tag, value));

/** Extracts one data object from a 7C template; "pace.malformed" when absent or not parseable. */
export const decodeDynamicAuthData = (data: Uint8Array, tag: number): Result<Uint8Array> => {
  const outer = parseTlv(data);
  if (!outer.ok || outer.value.tag !== 0x7c) return err('pace.malformed', 'response is not a 7C template');
  const inner = parseTlvList(outer.value.value);
  if (!inner.ok) return err('pace.malformed', `7C template content: ${inner.error.code}`);
  const found = inner.value.find((t) => t.tag === tag);
  if (found === undefined) return err('pace.malformed', `7C template has no tag ${tag.toString(16)}`);
  return ok(found.value.slice());
};
