// The addresses a room could be opened on, read from interface tables as
// Linux, macOS and Windows report them. Only the tables are read: nothing
// connects to any of these addresses.
import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { networkKind, roomAddresses } from '../../../../electron/room/roomAddresses';

function v4(address: string, internal = false): NetworkInterfaceInfo {
  return { address, netmask: '255.255.255.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal, cidr: `${address}/24` };
}

function v6(address: string): NetworkInterfaceInfo {
  return { address, netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6', mac: '00:00:00:00:00:00', internal: false, cidr: `${address}/64`, scopeid: 0 };
}

describe('the addresses a room could be opened on', () => {
  it('offers a Linux laptop\'s Wi-Fi first, then Ethernet, and leaves out loopback, IPv6, link-local and containers', () => {
    const table = {
      lo: [v4('127.0.0.1', true)],
      enp0s31f6: [v4('10.0.0.12'), v6('fe80::1')],
      wlp2s0: [v4('192.168.1.23'), v6('fe80::2')],
      docker0: [v4('172.17.0.1')],
      'br-5d2f': [v4('172.18.0.1')],
      veth12ab: [v4('169.254.3.3')],
      eth1: [v4('169.254.10.20')],
      tailscale0: [v4('100.101.102.103')],
    };
    expect(roomAddresses(table)).toEqual([
      { address: '192.168.1.23', interfaceName: 'wlp2s0', kind: 'wifi' },
      { address: '10.0.0.12', interfaceName: 'enp0s31f6', kind: 'ethernet' },
    ]);
  });

  it('names a laptop sharing its connection as a hotspot, on each system', () => {
    expect(networkKind('ap0')).toBe('hotspot');
    expect(networkKind('uap0')).toBe('hotspot');
    expect(networkKind('bridge100')).toBe('hotspot');
    expect(networkKind('Local Area Connection* 10')).toBe('hotspot');
    const mac = { lo0: [v4('127.0.0.1', true)], en0: [v4('192.168.8.101')], en7: [v4('10.1.1.4')], bridge100: [v4('192.168.2.1')], utun3: [v4('10.8.0.2')] };
    expect(roomAddresses(mac).map((a) => [a.interfaceName, a.kind])).toEqual([
      ['en0', 'wifi'],
      ['bridge100', 'hotspot'],
      ['en7', 'ethernet'],
    ]);
  });

  it('reads Windows\' names', () => {
    const windows = {
      'Wi-Fi': [v4('192.168.43.17')],
      Ethernet: [v4('10.20.30.40')],
      'Local Area Connection* 2': [v4('192.168.137.1')],
      'vEthernet (WSL)': [v4('172.29.64.1')],
      'Loopback Pseudo-Interface 1': [v4('127.0.0.1', true)],
    };
    expect(roomAddresses(windows).map((a) => [a.interfaceName, a.kind, a.address])).toEqual([
      ['Wi-Fi', 'wifi', '192.168.43.17'],
      ['Local Area Connection* 2', 'hotspot', '192.168.137.1'],
      ['Ethernet', 'ethernet', '10.20.30.40'],
    ]);
  });

  it('offers nothing on a machine with no network, and keeps unknown interfaces last', () => {
    expect(roomAddresses({ lo: [v4('127.0.0.1', true)] })).toEqual([]);
    expect(roomAddresses({ usb0: [v4('192.168.42.129')], wlan0: [v4('192.168.0.5')] }).map((a) => a.kind)).toEqual(['wifi', 'other']);
    expect(roomAddresses({ wlan0: undefined })).toEqual([]);
  });
});
