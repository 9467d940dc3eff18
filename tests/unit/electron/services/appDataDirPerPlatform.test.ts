// Jejak's own data folder: JEJAK_DATA_DIR if set, else where each platform
// keeps an application's settings; created if missing.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appDataDir, appDataPath } from '../../../../electron/services/appDataDir';

const home = '/home/sari';

describe('appDataDir', () => {
  it('JEJAK_DATA_DIR wins everywhere', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(appDataPath({ env: { JEJAK_DATA_DIR: '/data/jejak', XDG_CONFIG_HOME: '/x', APPDATA: 'C:\\A' }, platform, home })).toBe('/data/jejak');
    }
  });

  it('Windows: %APPDATA%\\Jejak', () => {
    expect(appDataPath({ env: { APPDATA: 'C:\\Users\\Sari\\AppData\\Roaming' }, platform: 'win32', home: 'C:\\Users\\Sari' })).toBe(
      'C:\\Users\\Sari\\AppData\\Roaming\\Jejak',
    );
    expect(appDataPath({ env: {}, platform: 'win32', home: 'C:\\Users\\Sari' })).toBe('C:\\Users\\Sari\\AppData\\Roaming\\Jejak');
  });

  it('macOS: ~/Library/Application Support/Jejak', () => {
    expect(appDataPath({ env: { XDG_CONFIG_HOME: '/x' }, platform: 'darwin', home })).toBe('/home/sari/Library/Application Support/Jejak');
  });

  it('elsewhere: $XDG_CONFIG_HOME/jejak, else ~/.config/jejak; a relative XDG_CONFIG_HOME is ignored', () => {
    expect(appDataPath({ env: { XDG_CONFIG_HOME: '/cfg' }, platform: 'linux', home })).toBe('/cfg/jejak');
    expect(appDataPath({ env: {}, platform: 'linux', home })).toBe('/home/sari/.config/jejak');
    expect(appDataPath({ env: { XDG_CONFIG_HOME: '' }, platform: 'freebsd', home })).toBe('/home/sari/.config/jejak');
    expect(appDataPath({ env: { XDG_CONFIG_HOME: 'relative' }, platform: 'linux', home })).toBe('/home/sari/.config/jejak');
  });

  it('creates the folder and its parents', () => {
    const base = mkdtempSync(join(tmpdir(), 'jejak-data-'));
    try {
      const dir = appDataDir({ env: { XDG_CONFIG_HOME: join(base, 'a', 'b') }, platform: 'linux', home: base });
      expect(dir).toBe(join(base, 'a', 'b', 'jejak'));
      expect(existsSync(dir)).toBe(true);
      expect(appDataDir({ env: { XDG_CONFIG_HOME: join(base, 'a', 'b') }, platform: 'linux', home: base })).toBe(dir);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
