// The Host in browser mode: every call is a POST to the local server that
// served this page (electron/server), carrying the per-run token the page's
// own address holds. Dialogs are drawn by the page (listFolder), since a
// browser may not show native ones for local paths.
import type { Host } from '../../shared/host/host';
import { FALLBACK_LANGUAGE, languageNamedBy, type Language } from '../../shared/i18n/languages';
import { remoteHostMethods } from '../../shared/host/remoteHost';
import { fromWireJson, toWireJson, type Base64Codec } from '../../shared/host/wireJson';

/** The parts of window.location the host needs; a real Location fits. */
export interface PageLocation {
  readonly origin: string;
  readonly search: string;
}

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/**
 * A call the server refused (no token, a handle from an earlier run, a
 * malformed request) or could not be reached. Files that cannot be used are
 * not this: they come back as HostResult failures.
 */
export class HostRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'HostRequestError';
  }
}

/** The first of the browser's languages that Jejak speaks; English otherwise. */
export function browserLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const named = languageNamedBy(tag);
    if (named) return named;
  }
  return FALLBACK_LANGUAGE;
}

function navigatorLanguages(): readonly string[] {
  // Read through globalThis so this file also type-checks where there is no DOM (the Node tests).
  const nav = (globalThis as { navigator?: { languages?: readonly string[]; language?: string } }).navigator;
  if (nav?.languages && nav.languages.length > 0) return nav.languages;
  return nav?.language ? [nav.language] : [];
}

/** Base64 in the page: atob and btoa, through strings built in slices (one call per byte would be slow). */
const PAGE_BASE64: Base64Codec = {
  encode: (bytes) => {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  },
  decode: (text) => {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  },
};

export function createBrowserHost(location: PageLocation, fetchFn: Fetch = (input, init) => fetch(input, init)): Host {
  const token = new URLSearchParams(location.search).get('token');
  if (!token) {
    throw new HostRequestError('no-token', 'This page was opened without its access token: open the whole address that "jejak serve" printed.');
  }

  async function call<T>(method: string, args: Record<string, unknown> = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetchFn(`${location.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Jejak-Token': token! },
        body: toWireJson(args, PAGE_BASE64),
        credentials: 'omit',
        // Releasing a map's lock must reach the server even as the tab closes.
        keepalive: method === 'closeFile',
      });
    } catch (error) {
      throw new HostRequestError('unreachable', `Jejak's local server is not answering; is "jejak serve" still running? (${String(error)})`);
    }
    const body = await response.text().then((text) => fromWireJson(text, PAGE_BASE64)).catch(() => null);
    if (!response.ok) {
      const refused = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
      throw new HostRequestError(
        typeof refused?.code === 'string' ? refused.code : 'http-error',
        typeof refused?.message === 'string' ? refused.message : `The server refused the call ${method} (HTTP ${response.status}).`,
        response.status,
      );
    }
    return body as T;
  }

  return {
    kind: 'browser',
    dialogs: 'in-app',
    ...remoteHostMethods('http', (method, args) => call(method, args)),
    systemLanguage: () => browserLanguage(navigatorLanguages()),
  };
}
