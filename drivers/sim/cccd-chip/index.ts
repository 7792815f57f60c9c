/** The virtual CCCD chip (card side of ICAO 9303 with VN card quirks) and a direct transceiver onto it. */
export { VirtualCccdChip } from './virtual-cccd-chip';
export { VirtualCardTransceiver } from './virtual-card-transceiver';
export { DEFAULT_CHIP_TIMING, DEFAULT_PACE } from './chip-options';
export type { ChipFaults, ChipPaceConfig, ChipTiming, VirtualCccdChipOptions } from './chip-options';
