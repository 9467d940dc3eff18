// The Host's protocol table (shared/host/protocol.ts) and the JSON that
// carries bytes over HTTP (wireJson.ts): every argument is checked and a
// wrong one is named; bytes survive the trip; nothing a user wrote (a sheet's
// header "$bytes") can pass for bytes.
import { describe, expect, it } from 'vitest';
import { BadArgument } from '../../../../shared/host/argumentChecks';
import { checkArguments, methodsOver, PROTOCOL, PROTOCOL_METHODS } from '../../../../shared/host/protocol';
import { remoteHostMethods } from '../../../../shared/host/remoteHost';
import { fromWireJson, toWireJson, type Base64Codec } from '../../../../shared/host/wireJson';

const base64: Base64Codec = {
  encode: (bytes) => Buffer.from(bytes).toString('base64'),
  decode: (text) => new Uint8Array(Buffer.from(text, 'base64')),
};

describe('the protocol table', () => {
  it('names each method\'s parameters once, and carries over IPC all but the browser\'s folder listing, over HTTP all but the native dialogs', () => {
    for (const name of PROTOCOL_METHODS) expect(new Set(PROTOCOL[name].params).size, name).toBe(PROTOCOL[name].params.length);
    expect(PROTOCOL_METHODS.filter((m) => !methodsOver('ipc').includes(m))).toEqual(['listFolder']);
    expect(PROTOCOL_METHODS.filter((m) => !methodsOver('http').includes(m))).toEqual(['showOpenDialog', 'showSaveDialog']);
  });

  it('checks every argument and names the one that is wrong', () => {
    const bytes = new Uint8Array([1]);
    expect(checkArguments('save', { handle: 'abc_DEF-1', bytes })).toEqual({ handle: 'abc_DEF-1', bytes });
    const refused = (name: Parameters<typeof checkArguments>[0], raw: Record<string, unknown>) => {
      try {
        checkArguments(name, raw);
      } catch (error) {
        expect(error).toBeInstanceOf(BadArgument);
        return (error as Error).message;
      }
      throw new Error('not refused');
    };
    expect(refused('save', { handle: '/etc/passwd', bytes })).toBe('"handle" must be a file handle the host gave out.');
    expect(refused('save', { handle: 'h', bytes: 'text' })).toBe('"bytes" must be bytes.');
    expect(refused('saveAs', { folder: 'f', name: 'n', bytes, replace: 'yes' })).toBe('"replace" must be true or false.');
    expect(refused('listFolder', { folder: null, show: 'everything' })).toBe('"show" must be one of maps, images, sheets.');
    expect(refused('listFolder', { show: 'maps' })).toBe('"folder" must be a file handle the host gave out.');
    expect(refused('journal', { key: '../x', entry: null })).toBe('"key" must be 1–64 letters, digits, "-" or "_".');
    expect(refused('saveSettings', { settings: { language: 'fr' } })).toBe('"settings.language" must be one of en, id.');
    expect(refused('readImport', { source: { name: 'x.csv' } })).toBe('"source" must name a file by its handle, or carry its name and bytes.');
  });

  it('refuses bytes over a method\'s own limit', () => {
    const tooMany = new Uint8Array(PROTOCOL.save.maxRequestBytes);
    expect(() => checkArguments('save', { handle: 'h', bytes: tooMany })).toThrow(/at most 268435456 are taken/);
  });

  it('the remote host calls each method by name, its positional arguments named as the table says', async () => {
    const calls: [string, Record<string, unknown>][] = [];
    const remote = remoteHostMethods('http', async (method, args) => {
      calls.push([method, args]);
      return null;
    });
    await remote.saveAs('f', 'copy', new Uint8Array([7]), true);
    await remote.journal('k', null);
    expect(calls).toEqual([
      ['saveAs', { folder: 'f', name: 'copy', bytes: new Uint8Array([7]), replace: true }],
      ['journal', { key: 'k', entry: null }],
    ]);
    expect('showOpenDialog' in remote).toBe(false);
  });
});

describe('JSON that carries bytes', () => {
  it('round-trips Uint8Array and Node Buffers anywhere in a value', () => {
    const value = { ok: true, value: { bytes: new Uint8Array([0, 1, 254, 255]), list: [Buffer.from('hi')], name: 'x' } };
    const back = fromWireJson(toWireJson(value, base64), base64) as typeof value;
    expect(back.value.bytes).toEqual(new Uint8Array([0, 1, 254, 255]));
    expect(back.value.list[0]).toEqual(new Uint8Array(Buffer.from('hi')));
    expect(back.value.name).toBe('x');
    expect(fromWireJson(toWireJson(Buffer.from('top'), base64), base64)).toEqual(new Uint8Array(Buffer.from('top')));
    expect(fromWireJson(toWireJson(null, base64), base64)).toBeNull();
  });

  it('keeps a user\'s "$bytes" (a sheet header) as the text it is', () => {
    const row = { row: 2, cells: { $bytes: 'AQID', $$x: 'y', Text: 'z' } };
    const back = fromWireJson(toWireJson(row, base64), base64);
    expect(back).toEqual(row);
    expect(JSON.parse(toWireJson(row, base64))).toEqual({ row: 2, cells: { $$bytes: 'AQID', $$$x: 'y', Text: 'z' } });
  });
});
