// The page's Content-Security-Policy, one for browser mode's server and the
// desktop window: only the app's own files, no remote content, no eval or
// inline script, no plugins, no framing. Pictures in maps are data: URLs.
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
