// --open and "show in folder" start the platform's own opener with an
// argument vector, never through a shell; where there is no opener, nothing
// fails, and "show in folder" says it showed nothing, so the page can say
// where the file is. The openers started here are scripts in a temporary
// folder: no test opens a file manager.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canShowFolders, openerCommand, openInBrowser, showInFileManager } from '../../../../electron/services/systemOpener';

const launch = 'http://127.0.0.1:4321/launch/abc_DEF-123';

describe('the system opener', () => {
  it('is xdg-open on Linux and the BSDs, open on macOS, Explorer on Windows', () => {
    expect(openerCommand(launch, 'linux')).toEqual(['xdg-open', [launch]]);
    expect(openerCommand(launch, 'freebsd')).toEqual(['xdg-open', [launch]]);
    expect(openerCommand(launch, 'darwin')).toEqual(['open', [launch]]);
    expect(openerCommand(launch, 'win32')).toEqual(['explorer.exe', [launch]]);
  });

  it('hands a folder with shell characters over as one argument (no cmd /c start to run "calc")', () => {
    const folder = 'C:\\Users\\rina\\R&calc';
    const [command, args] = openerCommand(folder, 'win32');
    expect(command).toBe('explorer.exe');
    expect(args).toEqual([folder]);
    expect([command, ...args]).not.toContain('cmd');
    expect([command, ...args]).not.toContain('/c');
  });

  it('does not throw where no opener exists, and says it showed nothing', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(() => openInBrowser(launch)).not.toThrow();
    } finally {
      process.env.PATH = path;
    }
    expect(await showInFileManager('/tmp', { platform: 'linux', env: { DISPLAY: ':0', PATH: '/nonexistent' } })).toBe(false);
  });

  it('shows no folder where it is switched off or there is no desktop to show it on', () => {
    expect(canShowFolders({ platform: 'linux', env: { DISPLAY: ':0', JEJAK_FILE_MANAGER: 'none' } })).toBe(false);
    expect(canShowFolders({ platform: 'darwin', env: { JEJAK_FILE_MANAGER: 'none' } })).toBe(false);
    expect(canShowFolders({ platform: 'linux', env: {} })).toBe(false);
    expect(canShowFolders({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } })).toBe(true);
    expect(canShowFolders({ platform: 'darwin', env: {} })).toBe(true);
    expect(canShowFolders({ platform: 'win32', env: {} })).toBe(true);
  });

  it("takes the opener's exit code as its answer: 0 shown, anything else not", async () => {
    const bin = mkdtempSync(join(tmpdir(), 'jejak-opener-'));
    try {
      const opener = (code: number) => {
        writeFileSync(join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > "${join(bin, 'asked')}"\nexit ${code}\n`);
        chmodSync(join(bin, 'xdg-open'), 0o755);
      };
      const env = { DISPLAY: ':0', PATH: `${bin}:/usr/bin:/bin` };
      opener(0);
      expect(await showInFileManager('/srv/maps/R&calc', { platform: 'linux', env })).toBe(true);
      expect(readFileSync(join(bin, 'asked'), 'utf8')).toBe('/srv/maps/R&calc');
      opener(3);
      expect(await showInFileManager('/srv/maps', { platform: 'linux', env })).toBe(false);
      opener(0);
      expect(await showInFileManager('/srv/maps', { platform: 'linux', env: { ...env, JEJAK_FILE_MANAGER: 'none' } })).toBe(false);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
