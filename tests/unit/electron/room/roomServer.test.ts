// The room server on 127.0.0.1, spoken to as phones would: the page and
// nothing else over HTTP, the socket only from the room's own origin, a join
// by the room code, ops answered once however often they are sent, the note
// rate, removal, each phone's own view, and closing the room.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { RoomServer, type RoomServerOptions } from '../../../../electron/room/roomServer';
import { ROOM_LIMITS, type OpMessage, type Participant, type ServerMessage } from '../../../../shared/room';

const CODE = 'K7MPQ4';
const PAGE = new TextEncoder().encode('<!doctype html><title>Jejak room</title>');
const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
const open: RoomServer[] = [];
const phones: WebSocket[] = [];

afterEach(async () => {
  for (const phone of phones.splice(0)) phone.terminate();
  for (const room of open.splice(0)) await room.close();
});

async function room(options: Partial<RoomServerOptions> = {}): Promise<RoomServer> {
  const server = await RoomServer.open({
    host: '127.0.0.1',
    code: CODE,
    names: 'optional',
    random,
    asset: (path) => (path === 'index.html' ? { type: 'text/html; charset=utf-8', bytes: PAGE } : null),
    onOp: async () => ({ ok: true }),
    ...options,
  });
  open.push(server);
  return server;
}

function get(url: string, method = 'GET'): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A phone's socket, its messages queued as they arrive. */
class Phone {
  readonly heard: ServerMessage[] = [];
  private waiting: (() => void) | null = null;
  closedWith: number | null = null;

  constructor(readonly socket: WebSocket) {
    phones.push(socket);
    socket.on('message', (data) => {
      this.heard.push(JSON.parse(String(data)) as ServerMessage);
      this.waiting?.();
    });
    socket.on('close', (code) => {
      this.closedWith = code;
      this.waiting?.();
    });
  }

  static async connect(server: RoomServer, origin = server.address): Promise<Phone> {
    const socket = new WebSocket(`${server.address.replace('http', 'ws')}/room`, { origin });
    const phone = new Phone(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return phone;
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The next message heard (waits for it). */
  async next(): Promise<ServerMessage> {
    while (this.heard.length === 0) {
      if (this.closedWith !== null) throw new Error(`closed with ${this.closedWith}`);
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
    return this.heard.shift()!;
  }

  async closed(): Promise<number> {
    while (this.closedWith === null) await new Promise<void>((resolve) => (this.waiting = resolve));
    return this.closedWith;
  }

  async join(name: string | null, extra: object = {}): Promise<ServerMessage> {
    this.send({ type: 'join', code: CODE, name, language: 'id', ...extra });
    return this.next();
  }
}

const addNote = (id: string, noteId = `nt-${id}`): OpMessage => ({ type: 'op', id, op: 'note.add', args: { id: noteId, stage: 'st-1', lane: 'ln-1', text: 'Antrean panjang' } });

describe('the room server', () => {
  it('serves the participant page at / and at the join address, and nothing else', async () => {
    const server = await room();
    expect(server.joinAddress).toBe(`${server.address}/join/${CODE}`);
    expect(server.address).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    for (const path of ['/', `/join/${CODE}`]) {
      const page = await get(`${server.address}${path}`);
      expect([page.status, page.body]).toEqual([200, '<!doctype html><title>Jejak room</title>']);
      expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    }
    for (const path of ['/api/openFile', '/../etc/passwd', '/room', '/favicon.ico']) expect((await get(`${server.address}${path}`)).status, path).toBe(404);
    expect((await get(`${server.address}/`, 'POST')).status).toBe(405);
  });

  it('opens the socket only for the room\'s own page', async () => {
    const server = await room();
    await expect(Phone.connect(server, 'http://evil.example')).rejects.toThrow(/403/);
    await expect(Phone.connect(server, 'http://127.0.0.1:1')).rejects.toThrow(/403/);
    const socket = new WebSocket(`${server.address.replace('http', 'ws')}/elsewhere`, { origin: server.address });
    phones.push(socket);
    await expect(new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))).rejects.toThrow(/404/);
    await Phone.connect(server);
  });

  it('lets phones join with the room code, and turns a wrong code away', async () => {
    let changes = 0;
    const server = await room({ onPeopleChanged: () => changes++ });
    const wrong = await Phone.connect(server);
    wrong.send({ type: 'join', code: 'K7MPQ5', name: 'Eve', language: 'en' });
    expect(await wrong.next()).toEqual({ type: 'refused', reason: 'bad-code' });
    expect(await wrong.closed()).toBe(4003);
    const rina = await Phone.connect(server);
    const welcome = await rina.join('Rina');
    expect(welcome).toMatchObject({ type: 'welcome', participant: 'pt-1', name: 'Rina' });
    expect(server.people()).toEqual([{ id: 'pt-1', number: 1, name: 'Rina' }]);
    expect(changes).toBe(1);
    // A second join on the same socket takes no second seat.
    expect(await rina.join('Rina again')).toEqual({ type: 'refused', reason: 'bad-message' });
    expect(server.people()).toHaveLength(1);
  });

  it('answers what it cannot read, or an op before a join, with bad-message; a message over the cap closes the socket', async () => {
    const server = await room();
    const phone = await Phone.connect(server);
    phone.send(addNote('m1'));
    expect(await phone.next()).toEqual({ type: 'refused', reason: 'bad-message' });
    await phone.join(null);
    for (const hostile of ['{', '[]', '{"type":"op","id":"m1","op":"note.delete","args":{}}', '{"type":"join","__proto__":{}}']) {
      phone.send(hostile);
      expect(await phone.next(), hostile).toEqual({ type: 'refused', reason: 'bad-message' });
    }
    phone.send('x'.repeat(ROOM_LIMITS.maxMessageBytes + 1));
    expect(await phone.closed()).toBe(1009);
  });

  it('applies an op once however often it is sent, and answers each resend alike', async () => {
    const applied: [string, string][] = [];
    const server = await room({
      onOp: async (participant: Participant, op: OpMessage) => {
        applied.push([participant.id, op.id]);
        return op.op === 'vote.add' ? { ok: false, reason: 'no-dots-left' } : { ok: true };
      },
    });
    const phone = await Phone.connect(server);
    const welcome = await phone.join('Rina');
    if (welcome.type !== 'welcome') throw new Error('not welcomed');
    phone.send(addNote('m1'));
    phone.send(addNote('m1'));
    expect([await phone.next(), await phone.next()]).toEqual([
      { type: 'ack', id: 'm1', ok: true },
      { type: 'ack', id: 'm1', ok: true },
    ]);
    phone.send({ type: 'op', id: 'm2', op: 'vote.add', args: { note: 'nt-9' } });
    expect(await phone.next()).toEqual({ type: 'ack', id: 'm2', ok: false, reason: 'no-dots-left' });
    // Back after a lost network, as the same participant: the resend is still answered, not applied.
    phone.socket.terminate();
    const again = await Phone.connect(server);
    expect(await again.join('Rina', { resume: { participant: 'pt-1', secret: welcome.secret } })).toMatchObject({ type: 'welcome', participant: 'pt-1' });
    again.send(addNote('m1'));
    expect(await again.next()).toEqual({ type: 'ack', id: 'm1', ok: true });
    expect(applied).toEqual([
      ['pt-1', 'm1'],
      ['pt-1', 'm2'],
    ]);
  });

  it('keeps each participant to 30 notes a minute', async () => {
    let now = 1_000_000;
    const server = await room({ now: () => now });
    const phone = await Phone.connect(server);
    await phone.join('Bayu');
    for (let i = 0; i < ROOM_LIMITS.notesPerMinute; i++) {
      phone.send(addNote(`m${i}`));
      expect(await phone.next()).toEqual({ type: 'ack', id: `m${i}`, ok: true });
    }
    phone.send(addNote('late'));
    expect(await phone.next()).toEqual({ type: 'ack', id: 'late', ok: false, reason: 'too-fast' });
    now += 60_001;
    phone.send(addNote('late'));
    expect(await phone.next()).toEqual({ type: 'ack', id: 'late', ok: true });
  });

  it('removes someone: their phone is told and let go, and their secret no longer lets them back', async () => {
    const server = await room();
    const phone = await Phone.connect(server);
    const welcome = await phone.join('Eko');
    if (welcome.type !== 'welcome') throw new Error('not welcomed');
    expect(server.remove('pt-1')).toBe(true);
    expect(await phone.next()).toEqual({ type: 'refused', reason: 'removed' });
    expect(await phone.closed()).toBe(4001);
    const back = await Phone.connect(server);
    expect(await back.join('Eko', { resume: { participant: 'pt-1', secret: welcome.secret } })).toEqual({ type: 'refused', reason: 'removed' });
    expect(server.people()).toEqual([]);
  });

  it('sends each phone its own view, and tells everyone when the room closes', async () => {
    const server = await room();
    const rina = await Phone.connect(server);
    const bayu = await Phone.connect(server);
    await rina.join('Rina');
    await bayu.join('Bayu');
    server.share((p) => ({ writing: null, voting: null, ownNotes: [{ id: `nt-${p.id}`, stage: 'st-1', lane: 'ln-1', text: `${p.name}'s`, faceDown: true }], presented: null, timer: null }));
    expect(await rina.next()).toMatchObject({ type: 'state', view: { ownNotes: [{ id: 'nt-pt-1', text: "Rina's" }] } });
    expect(await bayu.next()).toMatchObject({ type: 'state', view: { ownNotes: [{ id: 'nt-pt-2', text: "Bayu's" }] } });
    // A phone that never answers the closing handshake (asleep, off the network) does not hold the room open.
    const asleep = await Phone.connect(server);
    await asleep.join('Tidur');
    (asleep.socket as unknown as { _socket: { pause(): void } })._socket.pause();
    const address = server.address;
    await server.close();
    open.splice(open.indexOf(server), 1);
    expect(await rina.next()).toEqual({ type: 'closed' });
    expect(await rina.closed()).toBe(1001);
    // Nothing listens any more.
    await expect(get(address)).rejects.toThrow(/ECONNREFUSED/);
  });
});
