// The addresses a room could be opened on: this laptop's own IPv4 addresses
// on its networks (Wi-Fi, a hotspot it shares, Ethernet), with the network
// each belongs to, so the facilitator can pick the one the room's phones
// are on (docs/architecture.md, "The room"). Only read from the system's
// interface table: nothing here sends a packet anywhere.
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

export type NetworkKind = 'wifi' | 'hotspot' | 'ethernet' | 'other';

export interface RoomAddress {
  address: string;
  /** The interface's system name ("wlan0", "en0", "Wi-Fi"), shown beside the kind. */
  interfaceName: string;
  kind: NetworkKind;
}

type InterfaceTable = Record<string, NetworkInterfaceInfo[] | undefined>;

/**
 * Interfaces no phone in the room can reach: containers, virtual machines,
 * VPN tunnels. Their addresses are not offered.
 */
const VIRTUAL = /^(docker|br-|veth|virbr|vmnet|vboxnet|utun|tun|tap|zt|tailscale|wg|lxc|lxd|cni|flannel|podman|vEthernet)/i;

/** What kind of network an interface name says it is, by the names Linux, macOS and Windows give them. */
export function networkKind(name: string): NetworkKind {
  // A laptop sharing its connection: Linux's ap0/uap0, macOS's Internet Sharing bridge, Windows' Mobile hotspot adapter.
  if (/^(u?ap\d|bridge1\d\d$)|local area connection\*/i.test(name)) return 'hotspot';
  if (/^(wl|wlan|wlp|wifi)|wi-?fi|wireless|wlan/i.test(name)) return 'wifi';
  if (/^(eth|enp|eno|ens|enx|em\d)|ethernet/i.test(name)) return 'ethernet';
  // macOS names Wi-Fi and Ethernet alike (en0, en1…); en0 is the built-in Wi-Fi on every laptop Apple sells.
  if (/^en0$/.test(name)) return 'wifi';
  if (/^en\d+$/.test(name)) return 'ethernet';
  return 'other';
}

const ORDER: readonly NetworkKind[] = ['wifi', 'hotspot', 'ethernet', 'other'];

/** Link-local addresses (169.254.x.x) mean no network handed one out: no phone will find the laptop there. */
function isLinkLocal(address: string): boolean {
  return address.startsWith('169.254.');
}

/**
 * This laptop's addresses a room could listen on, the likeliest first:
 * Wi-Fi, then a hotspot it shares, then Ethernet, then the rest; loopback,
 * link-local, IPv6 and virtual interfaces left out.
 */
export function roomAddresses(table: InterfaceTable = networkInterfaces()): RoomAddress[] {
  const found: RoomAddress[] = [];
  for (const [interfaceName, infos] of Object.entries(table)) {
    if (VIRTUAL.test(interfaceName)) continue;
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' || info.internal || isLinkLocal(info.address)) continue;
      found.push({ address: info.address, interfaceName, kind: networkKind(interfaceName) });
    }
  }
  return found.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.interfaceName.localeCompare(b.interfaceName));
}
