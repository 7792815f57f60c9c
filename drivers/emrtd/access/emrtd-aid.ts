/** eMRTD LDS1 application identifier (ICAO 9303-10 §3.10.1; cccd.md): A0 00 00 02 47 10 01. */
export const EMRTD_AID = Uint8Array.of(0xa0, 0x00, 0x00, 0x02, 0x47, 0x10, 0x01);
