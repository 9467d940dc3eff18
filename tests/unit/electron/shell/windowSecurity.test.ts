// The desktop window's security, checked from the real options, policy and
// handlers the main process uses (no Electron runtime needed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { denyPermissions, hardenContents } from '../../../../electron/shell/hardening';
import { fromAppPage } from '../../../../electron/shell/ipcHandlers';
import { CONTENT_SECURITY_POLICY, isExternalWebLink, secureWebPreferences } from '../../../../electron/shell/webPreferences';

const root = join(import.meta.dirname, '../../../..');

describe('window options', () => {
  const prefs = secureWebPreferences('/app/preload.cjs', true);
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['experimentalFeatures', false],
  ] as const)('%s is %s', (key, value) => {
    expect(prefs[key]).toBe(value);
  });

  it('devtools are off in production and on in development', () => {
    expect(secureWebPreferences('/p', true).devTools).toBe(false);
    expect(secureWebPreferences('/p', false).devTools).toBe(true);
  });

  it('the main process builds every window with these options and loads the app from its own scheme', () => {
    const main = readFileSync(join(root, 'electron/shell/windows.ts'), 'utf8');
    expect(main).toContain('...secureWebPreferences(');
    expect(main).toMatch(/contextIsolation: true,\s+sandbox: true,\s+nodeIntegration: false/);
    expect(main).toContain("loadURL('jejak://app/index.html')");
    expect(main).not.toMatch(/loadFile|file:\/\//);
  });
});

describe('content security policy', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
  it('allows nothing by default and only the app itself for scripts, styles, fonts and connections', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    for (const d of ['script-src', 'style-src', 'font-src', 'connect-src']) expect(directives.get(d)).toEqual(["'self'"]);
  });
  it('has no eval, no inline script, no remote host, no plugins, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });
  it('the page carries the same policy for browser mode', () => {
    const html = readFileSync(join(root, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    expect(meta).not.toMatch(/unsafe|https?:/);
    expect(meta).toContain("default-src 'none'");
  });
});

describe('navigation, new windows, links and permissions', () => {
  function fakeContents() {
    const handlers = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | null = null;
    return {
      handlers,
      open: (url: string) => openHandler!({ url }),
      on: (name: string, fn: (event: { preventDefault(): void }, url: string) => void) => handlers.set(name, fn),
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    };
  }
  const confirmText = (url: string) => ({ message: `Open ${url}?`, buttons: ['Cancel', 'Open'] as [string, string] });

  it('blocks navigation away from the app and webviews', () => {
    const contents = fakeContents();
    hardenContents(contents as never, { showMessageBox: vi.fn() } as never, { openExternal: vi.fn() } as never, confirmText);
    const prevented = (name: string, url: string) => {
      const event = { preventDefault: vi.fn() };
      contents.handlers.get(name)!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-navigate', 'jejak://app/index.html')).toBe(false);
    expect(prevented('will-attach-webview', '')).toBe(true);
  });

  it('never opens a window; web links open in the browser only after the person confirms', async () => {
    const contents = fakeContents();
    const openExternal = vi.fn();
    const answers = [0, 1];
    const showMessageBox = vi.fn(async () => ({ response: answers.shift() }));
    hardenContents(contents as never, { showMessageBox } as never, { openExternal } as never, confirmText);
    expect(contents.open('https://example.org/a')).toEqual({ action: 'deny' });
    expect(contents.open('https://example.org/b')).toEqual({ action: 'deny' });
    expect(contents.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(contents.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    await new Promise((r) => setTimeout(r, 10));
    expect(showMessageBox).toHaveBeenCalledTimes(2);
    expect(openExternal.mock.calls).toEqual([['https://example.org/b']]);
  });

  it('only http and https count as web links', () => {
    expect(['https://a.example', 'http://a.example'].every(isExternalWebLink)).toBe(true);
    expect(['file:///x', 'javascript:1', 'jejak://app/', 'smb://server/share', 'not a url'].some(isExternalWebLink)).toBe(false);
  });

  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    denyPermissions({ setPermissionRequestHandler: (fn: typeof request) => (request = fn), setPermissionCheckHandler: (fn: typeof check) => (check = fn) } as never);
    const granted: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) request!(null, permission, (ok) => granted.push(ok));
    expect(granted).toEqual([false, false, false, false]);
    expect(check!()).toBe(false);
  });

  it('answers IPC only from the app page', () => {
    const from = (url: string) => fromAppPage({ senderFrame: { url } } as never);
    expect(from('jejak://app/index.html')).toBe(true);
    expect(from('https://evil.example/')).toBe(false);
    expect(from('file:///index.html')).toBe(false);
    expect(from('jejak://other/index.html')).toBe(false);
  });
});
