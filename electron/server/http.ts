// Small helpers for replies and request bodies. API bodies are JSON that
// carries bytes (shared/host/wireJson.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fromWireJson, toWireJson } from '../../shared/host/wireJson';
import { ApiError, type ApiErrorBody } from '../app/apiError';
import { NODE_BASE64 } from '../services/base64';

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(toWireJson(value, NODE_BASE64), 'utf8');
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

export function sendError(res: ServerResponse, error: ApiError): void {
  const body: ApiErrorBody = { error: { code: error.code, message: error.message } };
  if (error.status === 405) res.setHeader('Allow', 'GET, HEAD, POST');
  sendJson(res, error.status, body);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  const body = Buffer.from(`${text}\n`, 'utf8');
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
  res.end(body);
}

/** A request body over its method's limit: refused the moment it passes it, the rest never read. */
class BodyTooLarge extends ApiError {
  constructor(limit: number) {
    super(413, 'too-large', `The request is larger than this call takes (at most ${limit} bytes).`);
  }
}

/** Reads a JSON object body of at most `limit` bytes, stopping as soon as it passes the limit. */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new ApiError(415, 'unsupported-media-type', 'API calls send JSON (Content-Type: application/json).');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge(limit);
  const chunks = await readUpTo(req, limit);
  const size = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  let value: unknown;
  try {
    value = size === 0 ? {} : fromWireJson(Buffer.concat(chunks).toString('utf8'), NODE_BASE64);
  } catch {
    throw new ApiError(400, 'bad-request', 'The request body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Uint8Array) {
    throw new ApiError(400, 'bad-request', 'The request body must be a JSON object of named arguments.');
  }
  return value as Record<string, unknown>;
}

/**
 * The body's chunks, or BodyTooLarge the moment they pass `limit`: reading
 * stops there (the connection is closed after the refusal is sent), so a
 * client cannot make the server buffer more than a call can use.
 */
function readUpTo(req: IncomingMessage, limit: number): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stop();
        req.pause();
        reject(new BodyTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(chunks);
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
