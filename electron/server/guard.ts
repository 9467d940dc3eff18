// What every request must pass before anything is read or served. The
// server listens on 127.0.0.1, but any web page the user visits can still
// send requests to it: the Host check stops DNS rebinding (a hostile name
// resolved to 127.0.0.1), and the per-run token, which only the printed
// address carries, stops everything else. No CORS headers are ever sent, so
// no other origin may read a reply.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../contentSecurityPolicy';
import { ApiError } from '../app/apiError';

const TOKEN_HEADER = 'x-jejak-token';

/** 32 random bytes: 43 URL-safe characters, fit for a query string as they are. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export { CONTENT_SECURITY_POLICY };

/** Sent with every reply. no-referrer matters most: the page's address carries the token. */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
}

export class RequestGuard {
  private readonly hosts: Set<string>;
  private readonly origins: Set<string>;
  private readonly token: Buffer;

  constructor(port: number, token: string) {
    this.hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
    this.origins = new Set([...this.hosts].map((host) => `http://${host}`));
    this.token = Buffer.from(token, 'utf8');
  }

  /** Refuses a request addressed to any other name or port (DNS rebinding). */
  checkHost(req: IncomingMessage): void {
    const host = req.headers.host?.toLowerCase();
    if (host === undefined || !this.hosts.has(host)) {
      throw new ApiError(421, 'bad-host', 'This server answers only to its own address, 127.0.0.1 or localhost with its port.');
    }
  }

  /** Refuses an API call without this run's token, or sent from another origin. */
  checkApiCall(req: IncomingMessage): void {
    const sent = req.headers[TOKEN_HEADER];
    const given = Buffer.from(typeof sent === 'string' ? sent : '', 'utf8');
    if (given.length !== this.token.length || !timingSafeEqual(given, this.token)) {
      throw new ApiError(401, 'no-token', 'This call needs the access token from the address "jejak serve" printed.');
    }
    // The token already keeps other pages out; a foreign Origin is refused too, in case it leaked.
    const origin = req.headers.origin;
    if (origin !== undefined && !this.origins.has(origin.toLowerCase())) {
      throw new ApiError(403, 'bad-origin', 'Calls are accepted only from the board this server serves.');
    }
  }
}
