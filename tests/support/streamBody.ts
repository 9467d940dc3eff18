// Streams a request body of `total` bytes to one of browser mode's Host calls,
// in 64 KiB chunks without a declared length, stopping as soon as the server
// answers: how a test (and the bench) sees whether a body is refused as it
// arrives rather than after the server has buffered it.
import { request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface StreamedReply {
  status: number;
  body: string;
  /** Bytes sent before the answer came. */
  sent: number;
  ms: number;
}

export function streamBody(port: number, token: string, method: string, total: number): Promise<StreamedReply> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const start = performance.now();
    const req = request(
      { host: '127.0.0.1', port, path: `/api/${method}`, method: 'POST', headers: { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json', 'X-Jejak-Token': token } },
      (res) => {
        answered = true;
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, sent, ms: performance.now() - start }));
        res.on('error', reject);
      },
    );
    req.on('error', () => {
      // The server closing the connection after its refusal is expected; the answer has come (or comes) by then.
      if (!answered) resolve({ status: 0, body: '', sent, ms: performance.now() - start });
    });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    req.write('{"x":"');
    pump();
  });
}
