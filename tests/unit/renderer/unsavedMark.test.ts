// The unsaved mark follows the history: an edit sets it, undoing back to
// what was saved clears it, a save clears it, typing after a save sets it.
import { describe, expect, it } from 'vitest';
import type { Host } from '../../../shared/host/host';
import { ops } from '../../../shared/ops';
import { createMap } from '../../../shared/templates';
import { Session } from '../../../renderer/app/session';

const map = () => createMap({ type: 'current-state', locale: 'en', now: '2026-11-23T09:00:00Z', id: 'm1' });
const source = { handle: 'h1', name: 'map.cjm', folder: '/maps', writable: true };

function fakeHost(saved: string[]): Host {
  // The map crosses to the host as the bytes of its file.
  return { save: async (_handle: string, bytes: Uint8Array) => (saved.push(new TextDecoder().decode(bytes)), { ok: true, value: { modifiedAt: '2026-11-23T10:00:00Z' } }) } as unknown as Host;
}

describe('the unsaved mark', () => {
  it('is set by an edit and cleared by undoing back to the opened map', () => {
    const session = new Session(map(), source, true);
    expect(session.dirty).toBe(false);
    session.history.apply(ops.setTitle, { title: 'Changed' });
    expect(session.dirty).toBe(true);
    session.history.undo();
    expect(session.dirty).toBe(false);
    session.history.redo();
    expect(session.dirty).toBe(true);
  });

  it('is cleared by a save, set again by typing after it, and cleared by undoing to the save', async () => {
    const saved: string[] = [];
    const session = new Session(map(), source, true);
    session.history.apply(ops.addNote, { id: 'nt-1', lane: 'ln-actions', stage: 'st-awareness', text: 'Sea' });
    expect(await session.save(fakeHost(saved), new Date('2026-11-23T10:00:00Z'))).toEqual({ ok: true });
    expect(session.dirty).toBe(false);
    expect(saved[0]).toContain('"updatedAt": "2026-11-23T10:00:00.000Z"');
    // Typing on into the same note after the save is a new step.
    session.history.apply(ops.setNoteText, { id: 'nt-1', text: 'Search' });
    expect(session.dirty).toBe(true);
    session.history.undo();
    expect(session.dirty).toBe(false);
    expect(session.map.notes[0]!.text).toBe('Sea');
  });

  it('keeps the time of the last save in what an unchanged map writes (a version saved after a save, a second Ctrl+S)', async () => {
    const saved: string[] = [];
    const session = new Session(map(), source, true);
    // Opened and not changed: written as it was opened.
    expect(new TextDecoder().decode(session.bytesToSave(new Date('2026-11-23T09:30:00Z')))).toContain('"updatedAt": "2026-11-23T09:00:00Z"');
    session.history.apply(ops.setTitle, { title: 'Changed' });
    await session.save(fakeHost(saved), new Date('2026-11-23T10:00:00Z'));
    expect(session.file.modifiedAt).toBe('2026-11-23T10:00:00Z');
    // Later, unchanged: still the save's time, not the time the map was created or opened.
    const later = new TextDecoder().decode(session.bytesToSave(new Date('2026-11-24T08:00:00Z')));
    expect(later).toContain('"updatedAt": "2026-11-23T10:00:00.000Z"');
    // Undoing into the save's past is a change again: dated when it is saved.
    session.history.undo();
    expect(new TextDecoder().decode(session.bytesToSave(new Date('2026-11-24T08:00:00Z')))).toContain('"updatedAt": "2026-11-24T08:00:00.000Z"');
  });

  it('is set from the start for a map never saved (a new map, a repaired copy)', () => {
    const session = new Session(map(), { ...source, handle: null, writable: false }, false);
    expect(session.dirty).toBe(true);
  });

  it('a save without a place to save asks for one', async () => {
    const session = new Session(map(), { ...source, writable: false }, true);
    expect(await session.save(fakeHost([]))).toEqual({ ok: false, needsLocation: true });
  });

  it('a reload of what someone else saved is one step: saved, and undoable back into the earlier history', async () => {
    const session = new Session(map(), source, true);
    session.history.apply(ops.setTitle, { title: 'Mine' });
    await session.save(fakeHost([]), new Date('2026-11-23T10:00:00Z'));
    const theirs = { ...session.map, title: 'Theirs' };
    session.reload(theirs);
    expect(session.map.title).toBe('Theirs');
    expect(session.base).toBe(theirs);
    expect(session.dirty).toBe(false);
    session.history.undo();
    expect(session.map.title).toBe('Mine');
    expect(session.dirty).toBe(true);
    session.history.undo();
    expect(session.map.title).not.toBe('Mine');
    session.history.redo();
    session.history.redo();
    expect(session.map.title).toBe('Theirs');
    expect(session.dirty).toBe(false);
  });
});
