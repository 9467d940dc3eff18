// Packaging needs a download these machines cannot make, so the
// configuration is checked instead: fuses, file association, targets, icon.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const build = pkg.build;

describe('electron-builder configuration', () => {
  it('sets the fuses: no RunAsNode, NODE_OPTIONS or inspect; ASAR integrity; app only from the ASAR', () => {
    expect(build.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(build.asar).toBe(true);
  });

  it('packages Windows NSIS, macOS dmg, Linux AppImage and deb, with the product name and icon', () => {
    expect(build.productName).toBe('Jejak');
    expect(build.win.target).toEqual(['nsis']);
    expect(build.mac.target).toEqual(['dmg']);
    expect(build.linux.target).toEqual(['AppImage', 'deb']);
    for (const os of ['win', 'mac', 'linux']) expect(existsSync(join(root, build[os].icon))).toBe(true);
    const png = readFileSync(join(root, 'build/icon.png'));
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
  });

  it('associates .cjm files with the app', () => {
    expect(build.fileAssociations).toEqual([expect.objectContaining({ ext: 'cjm', role: 'Editor', mimeType: 'application/x-jejak-cjm' })]);
    expect(build.linux.mimeTypes).toContain('application/x-jejak-cjm');
  });

  it('ships the built shell, page and samples, and starts the shell', () => {
    expect(pkg.main).toBe('dist/shell/main.cjs');
    expect(build.files).toEqual(expect.arrayContaining(['dist/shell/**/*', 'dist/renderer/**/*', 'shared/samples/*.cjm']));
    expect(pkg.scripts.dist).toContain('electron-builder');
  });

  it('ships the PNG worker, and keeps outside the archive what must be real files (fonts Skia opens, its native module, the worker)', async () => {
    expect(build.files).toContain('dist/export/**/*');
    expect(build.asarUnpack).toEqual(expect.arrayContaining(['node_modules/@napi-rs/**', 'dist/export/**', 'node_modules/@expo-google-fonts/inter/400Regular/*.ttf']));
    const { onDisk } = await import('../../../../electron/export/fonts');
    expect(onDisk('/opt/Jejak/resources/app.asar/node_modules/@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf')).toBe(
      '/opt/Jejak/resources/app.asar.unpacked/node_modules/@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
    );
    expect(onDisk('C:\\Program Files\\Jejak\\resources\\app.asar\\dist\\export\\pngBandWorker.mjs')).toBe('C:\\Program Files\\Jejak\\resources\\app.asar.unpacked\\dist\\export\\pngBandWorker.mjs');
    expect(onDisk('/work/jejak/node_modules/a.ttf')).toBe('/work/jejak/node_modules/a.ttf');
  });

  it('ships the exports\' and imports\' worker inside the archive, where the libraries it requires are', () => {
    expect(build.files).toContain('dist/worker/**/*');
    expect(build.asarUnpack.some((pattern: string) => pattern.startsWith('dist/worker'))).toBe(false);
  });

  it('leaves Electron’s download script unapproved, so npm install works offline', () => {
    expect(pkg.allowScripts.electron).toBe(false);
  });
});
