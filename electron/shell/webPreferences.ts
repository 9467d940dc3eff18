// The desktop window's security settings, in one place so a test can check
// every item (issue: contextIsolation and sandbox on, nodeIntegration off,
// webSecurity on, no remote content, devtools off in production).
export function secureWebPreferences(preloadPath: string, packaged: boolean) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    devTools: !packaged,
    // A middle click may not open a link in a new window.
    disableBlinkFeatures: 'Auxclick',
  } as const;
}

export { CONTENT_SECURITY_POLICY } from '../contentSecurityPolicy';

/** External links open in the system browser only when they are web addresses. */
export function isExternalWebLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}
