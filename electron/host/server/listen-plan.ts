import type { KioskConfig } from '../config/kiosk-config-schema';
import { isLoopbackAddress } from './peer-policy';

/*
 * Where browser mode's server listens (issue 14, item 7). The citizen and staff faces are only ever
 * for the kiosk itself, so they stay on loopback; the lobby display for the ward network gets its own
 * listener that serves display routes only. Binding the faces to the kiosk's LAN address (what the
 * README once advised for the "lan" display) made them unreachable from the kiosk itself: such a
 * config now keeps the faces on 127.0.0.1 and puts the display on that LAN address.
 */

export interface Listener {
  readonly bindAddress: string;
  readonly port: number;
}

export interface ListenPlan {
  /** The faces' listener (citizen, staff, and the display for the kiosk itself). */
  readonly faces: Listener;
  /** The display-only listener for the ward network, or null. */
  readonly display: Listener | null;
}

type NetworkConfig = Pick<KioskConfig, 'network' | 'faces'>;

export const isWildcardAddress = (address: string): boolean => address === '0.0.0.0' || address === '::' || address === '::0';
const isLoopbackBind = (address: string): boolean => address === 'localhost' || isLoopbackAddress(address);

/** `port` overrides network.port (serve --port). */
export function listenPlan(config: NetworkConfig, port = config.network.port): ListenPlan {
  const { bindAddress, display } = config.network;
  const onLan = !isWildcardAddress(bindAddress) && !isLoopbackBind(bindAddress);
  const faces = { bindAddress: onLan ? '127.0.0.1' : bindAddress, port };
  if (config.faces.display.mode !== 'lan') return { faces, display: null };
  if (display) return { faces, display: { bindAddress: display.bindAddress, port: display.port ?? port } };
  return { faces, display: onLan ? { bindAddress, port } : null };
}

/** What `config check` warns about: valid settings that expose more, or less, than a technician expects. */
export function networkWarnings(config: NetworkConfig): string[] {
  const { bindAddress, display } = config.network;
  const warnings: string[] = [];
  const wildcard = (field: string, address: string) =>
    warnings.push(`${field}: ${address} listens on every network interface (Wi-Fi, a second card, a VPN); bind to the kiosk's LAN address instead`);
  if (isWildcardAddress(bindAddress)) {
    wildcard('network.bindAddress', bindAddress);
    if (config.faces.display.mode === 'lan' && !display) warnings.push('network.display: not set, so the display shares the faces\' listener; give it its own with network.display.bindAddress');
  }
  if (display && isWildcardAddress(display.bindAddress)) wildcard('network.display.bindAddress', display.bindAddress);
  if (display && config.faces.display.mode !== 'lan') warnings.push(`network.display: ignored, faces.display.mode is "${config.faces.display.mode}", not "lan"`);
  if (config.faces.display.mode === 'lan' && !display && isLoopbackBind(bindAddress)) {
    warnings.push('faces.display.mode: "lan" with no network.display.bindAddress: the ward network cannot reach the display; set network.display.bindAddress to the kiosk\'s LAN address');
  }
  return warnings;
}
