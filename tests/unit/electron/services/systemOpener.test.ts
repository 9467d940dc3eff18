// --open and "show in folder" start the platform's own opener with an
// argument vector, never through a shell; where there is no opener, nothing fails.
import { describe, expect, it } from 'vitest';
import { openerCommand, openInBrowser, showInFileManager } from '../../../../electron/services/systemOpener';

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

  it('does not throw where no opener exists', () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(() => openInBrowser(launch)).not.toThrow();
      expect(() => showInFileManager('/tmp')).not.toThrow();
    } finally {
      process.env.PATH = path;
    }
  });
});
