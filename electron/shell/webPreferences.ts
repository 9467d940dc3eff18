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

/**
 * The page's Content-Security-Policy: only its own files, no remote content,
 * no eval, no plugins, no framing. Pictures in maps are data: URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** External links open in the system browser only when they are web addresses. */
export function isExternalWebLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}
