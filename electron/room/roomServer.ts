// The room server: the participants' door into a workshop, a separate and
// smaller surface than browser mode's server (docs/architecture.md, "The
// room"). It serves only the participant page's files and the room's
// WebSocket, never a Host method or a file of the map's; a phone joins with
// the room code, sends ops that the facilitator's side applies (onOp), and
// hears back an ack per op and its own view of the room. Nothing listens
// until a room is opened, and close() stops it and disconnects everyone.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  RateLimit,
  readParticipantBytes,
  Replays,
  ROOM_LIMITS,
  Roster,
  type AckMessage,
  type NamePolicy,
  type OpMessage,
  type Participant,
  type ParticipantView,
  type RandomBytes,
  type ServerMessage,
} from '../../shared/room';

/** A file of the participant page, as the server sends it. */
export interface RoomAsset {
  type: string;
  bytes: Uint8Array;
}

export interface RoomServerOptions {
  /** The local address to listen on: the one the facilitator picked (tests: 127.0.0.1). */
  host: string;
  /** 0, or left out: a free port. */
  port?: number;
  code: string;
  names: NamePolicy;
  random: RandomBytes;
  /** The participant page's files by path ("index.html", "assets/page.js"); null when there is no such file. */
  asset(path: string): RoomAsset | null;
  /** Applies a participant's op to the facilitator's map; the answer goes back to the phone as its ack. */
  onOp(participant: Participant, op: OpMessage): Promise<{ ok: true } | { ok: false; reason: string }>;
  /** The room changed: someone joined, rejoined, left or was removed. */
  onPeopleChanged?(): void;
  now?: () => number;
}

/** A phone that has connected but not joined is let go after this long: a socket that says nothing holds nothing. */
const JOIN_WITHIN_MS = 15_000;
/** How long closing the room waits for phones to answer before it lets them go. */
const CLOSE_WITHIN_MS = 1_000;
/** Connections at once: everyone in a full room, each with a second tab, and then no more. */
const MAX_CONNECTIONS = ROOM_LIMITS.maxParticipants * 2;

const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export class RoomServer {
  private readonly http: Server;
  private readonly sockets: WebSocketServer;
  private readonly roster: Roster;
  private readonly replays = new Replays();
  private readonly limits = new Map<string, RateLimit>();
  /** Ops being applied, by participant and message id: a resend that arrives meanwhile waits for the same answer. */
  private readonly inFlight = new Map<string, Promise<AckMessage>>();
  /** Which participant each joined socket speaks for. */
  private readonly joined = new Map<WebSocket, string>();
  private origin = '';

  private constructor(private readonly options: RoomServerOptions) {
    this.roster = new Roster(options.code, options.names, options.random);
    this.http = createServer((request, response) => this.serveFile(request, response));
    // No compression: a small message must not inflate into a large one.
    this.sockets = new WebSocketServer({ noServer: true, maxPayload: ROOM_LIMITS.maxMessageBytes, perMessageDeflate: false });
    this.http.on('upgrade', (request, socket, head) => this.upgrade(request, socket, head));
  }

  /** Opens a room: listening once this resolves, on `address` and `port`. */
  static async open(options: RoomServerOptions): Promise<RoomServer> {
    const server = new RoomServer(options);
    await new Promise<void>((resolve, reject) => {
      server.http.once('error', reject);
      server.http.listen(options.port ?? 0, options.host, () => resolve());
    });
    const { address, port } = server.http.address() as AddressInfo;
    server.origin = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
    return server;
  }

  /** The room's address, e.g. http://192.168.1.23:4821: what the join card shows. */
  get address(): string {
    return this.origin;
  }

  /** The address a phone opens to join: the room code is in it, so the QR code is all it takes. */
  get joinAddress(): string {
    return `${this.origin}/join/${this.options.code}`;
  }

  people(): Participant[] {
    return this.roster.present();
  }

  lockJoining(locked: boolean): void {
    this.roster.lockJoining(locked);
  }

  /** Takes someone out: their phones are told so and disconnected, and their secret no longer lets them back. */
  remove(participant: string): boolean {
    if (!this.roster.remove(participant)) return false;
    this.replays.forget(participant);
    this.limits.delete(participant);
    for (const [socket, id] of this.joined) {
      if (id !== participant) continue;
      this.send(socket, { type: 'refused', reason: 'removed' });
      socket.close(4001, 'removed');
    }
    this.options.onPeopleChanged?.();
    return true;
  }

  /** Sends each joined phone its own view of the room (never another's notes or dots). */
  share(viewOf: (participant: Participant) => ParticipantView): void {
    const people = new Map(this.roster.present().map((p) => [p.id, p]));
    for (const [socket, id] of this.joined) {
      const participant = people.get(id);
      if (participant) this.send(socket, { type: 'state', view: viewOf(participant) });
    }
  }

  /** Closes the room: every phone is told, then disconnected, and the port is let go. */
  async close(): Promise<void> {
    for (const socket of this.sockets.clients) {
      this.send(socket, { type: 'closed' });
      socket.close(1001, 'room closed');
    }
    const closed = new Promise<void>((resolve) => this.sockets.close(() => resolve()));
    // A phone asleep or off the network never answers the closing handshake: after a moment it is let go.
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, CLOSE_WITHIN_MS))]);
    for (const socket of this.sockets.clients) socket.terminate();
    await closed;
    await new Promise<void>((resolve) => {
      this.http.close(() => resolve());
      this.http.closeAllConnections();
    });
  }

  private serveFile(request: IncomingMessage, response: ServerResponse): void {
    if (request.method !== 'GET' && request.method !== 'HEAD') return this.answer(response, 405, 'Only pages are served here.');
    const path = new URL(request.url ?? '/', 'http://room').pathname;
    // The page is the same for "/" and for "/join/CODE": the page reads the code from its own address.
    const name = path === '/' || /^\/join\/[A-Za-z0-9]{1,16}$/.test(path) ? 'index.html' : path.slice(1);
    const asset = /^[A-Za-z0-9_.\/-]{1,200}$/.test(name) && !name.includes('..') ? this.options.asset(name) : null;
    if (!asset) return this.answer(response, 404, 'There is nothing here.');
    response.writeHead(200, { ...SECURITY_HEADERS, 'content-type': asset.type, 'content-length': asset.bytes.length });
    response.end(request.method === 'HEAD' ? undefined : asset.bytes);
  }

  private answer(response: ServerResponse, status: number, text: string): void {
    response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
    response.end(text);
  }

  /** Only the room's own page may open the socket: a page from elsewhere on the network is turned away. */
  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = new URL(request.url ?? '/', 'http://room').pathname;
    const refuse = (status: string) => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (path !== '/room') return refuse('404 Not Found');
    if (request.headers.origin !== this.origin) return refuse('403 Forbidden');
    if (this.sockets.clients.size >= MAX_CONNECTIONS) return refuse('503 Service Unavailable');
    this.sockets.handleUpgrade(request, socket, head, (ws) => this.connected(ws));
  }

  private connected(socket: WebSocket): void {
    const idle = setTimeout(() => {
      if (!this.joined.has(socket)) socket.close(4000, 'join first');
    }, JOIN_WITHIN_MS);
    socket.on('message', (data, isBinary) => void this.heard(socket, data, isBinary));
    socket.on('close', () => {
      clearTimeout(idle);
      if (this.joined.delete(socket)) this.options.onPeopleChanged?.();
    });
    socket.on('error', () => socket.terminate());
  }

  private async heard(socket: WebSocket, data: RawData, isBinary: boolean): Promise<void> {
    const read = isBinary ? null : readParticipantBytes(bytesOf(data));
    if (!read?.ok) return this.send(socket, { type: 'refused', reason: 'bad-message' });
    const message = read.message;
    if (message.type === 'ping') return;
    if (message.type === 'join') {
      // One socket, one seat: a second join would take another place and a fresh note rate.
      if (this.joined.has(socket)) return this.send(socket, { type: 'refused', reason: 'bad-message' });
      const outcome = this.roster.join(message);
      if (!outcome.ok) {
        this.send(socket, { type: 'refused', reason: outcome.reason });
        socket.close(4003, outcome.reason);
        return;
      }
      this.joined.set(socket, outcome.participant.id);
      this.send(socket, { type: 'welcome', participant: outcome.participant.id, secret: outcome.secret, name: outcome.participant.name });
      this.options.onPeopleChanged?.();
      return;
    }
    const id = this.joined.get(socket);
    const participant = id === undefined ? undefined : this.roster.present().find((p) => p.id === id);
    if (!participant) return this.send(socket, { type: 'refused', reason: 'bad-message' });
    this.send(socket, await this.ack(participant, message));
  }

  /** The answer to one op: the first answer again for a resend, else the facilitator's side's, within the note rate. */
  private ack(participant: Participant, op: OpMessage): Promise<AckMessage> {
    const before = this.replays.answered(participant.id, op.id);
    if (before) return Promise.resolve(before);
    const key = `${participant.id}\u0000${op.id}`;
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const answer = this.apply(participant, op).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, answer);
    return answer;
  }

  private async apply(participant: Participant, op: OpMessage): Promise<AckMessage> {
    if ((op.op === 'note.add' || op.op === 'note.edit') && !this.limitOf(participant.id).allow(this.now())) {
      // Not remembered: the same op sent again a little later is let through.
      return { type: 'ack', id: op.id, ok: false, reason: 'too-fast' };
    }
    let outcome: { ok: true } | { ok: false; reason: string };
    try {
      outcome = await this.options.onOp(participant, op);
    } catch {
      outcome = { ok: false, reason: 'not-applied' };
    }
    const ack: AckMessage = outcome.ok ? { type: 'ack', id: op.id, ok: true } : { type: 'ack', id: op.id, ok: false, reason: outcome.reason };
    this.replays.remember(participant.id, ack);
    return ack;
  }

  private limitOf(participant: string): RateLimit {
    let limit = this.limits.get(participant);
    if (!limit) this.limits.set(participant, (limit = new RateLimit(ROOM_LIMITS.notesPerMinute, 60_000)));
    return limit;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private send(socket: WebSocket, message: ServerMessage): void {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  }
}

function bytesOf(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
