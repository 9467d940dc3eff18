// --open starts the platform's own opener; where there is none, nothing fails.
import { describe, expect, it } from 'vitest';
import { browserCommand, openBrowser } from '../../../../electron/server/openBrowser';

const url = 'http://127.0.0.1:4321/?token=abc_DEF-123';

describe('openBrowser', () => {
  it('xdg-open on Linux and the BSDs, open on macOS, start through cmd on Windows', () => {
    expect(browserCommand(url, 'linux')).toEqual(['xdg-open', [url]]);
    expect(browserCommand(url, 'freebsd')).toEqual(['xdg-open', [url]]);
    expect(browserCommand(url, 'darwin')).toEqual(['open', [url]]);
    expect(browserCommand(url, 'win32')).toEqual(['cmd', ['/c', 'start', '""', url]]);
  });

  it('does not throw where no opener exists', () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(() => openBrowser(url)).not.toThrow();
    } finally {
      process.env.PATH = path;
    }
  });
});
