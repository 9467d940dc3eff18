// Undo and redo: labels, redo after undo, a new edit clearing redo, the
// bounded history, listeners and reset; and undo restoring a file byte for
// byte, `__proto__` keys in extensions included.
import { describe, expect, it } from 'vitest';
import { readCjm, writeCjm, type JourneyMap } from '../../../../shared/format';
import { DEFAULT_HISTORY_LIMIT, History } from '../../../../shared/history/history';
import { ops } from '../../../../shared/ops';
import { addNotes, blankMap, historyOf, L, ok, S, TINY_PNG } from '../ops/fixtures';

describe('undo and redo', () => {
  it('walk back and forth through the steps, each with its label', () => {
    const h = historyOf();
    const states = [writeCjm(h.current)];
    ok(h, ops.addStage, { id: 'st-usage', title: 'Penggunaan' });
    states.push(writeCjm(h.current));
    ok(h, ops.addLane, { id: 'ln-support', kind: 'support', title: 'Sistem pendukung' });
    states.push(writeCjm(h.current));
    ok(h, ops.setReviewBy, { reviewBy: '2027-03-01' });
    states.push(writeCjm(h.current));

    expect([h.undoLabel, h.redoLabel]).toEqual(['map.setReviewBy', undefined]);
    expect(h.undo()).toBe(true);
    expect(writeCjm(h.current)).toBe(states[2]);
    expect([h.undoLabel, h.redoLabel]).toEqual(['lane.add', 'map.setReviewBy']);
    h.undo();
    h.undo();
    expect(writeCjm(h.current)).toBe(states[0]);
    expect([h.canUndo, h.canRedo, h.undoLabel, h.redoLabel]).toEqual([false, true, undefined, 'stage.add']);
    expect(h.undo()).toBe(false);
    expect(h.redo()).toBe(true);
    expect(writeCjm(h.current)).toBe(states[1]);
    h.redo();
    h.redo();
    expect(writeCjm(h.current)).toBe(states[3]);
    expect(h.redo()).toBe(false);
  });

  it('return to the very objects of earlier states where nothing changed', () => {
    const h = historyOf();
    addNotes(h, L.actions, S.awareness, ['n1']);
    const stages = h.current.stages;
    ok(h, ops.setNoteText, { id: 'n1', text: 'x' });
    h.undo();
    expect(h.current.stages).toBe(stages);
  });
});

describe('a new edit after undo', () => {
  it('clears what could have been redone', () => {
    const h = historyOf();
    ok(h, ops.addStage, { id: 'st-a', title: 'A' });
    ok(h, ops.addStage, { id: 'st-b', title: 'B' });
    h.undo();
    expect(h.canRedo).toBe(true);
    ok(h, ops.addStage, { id: 'st-c', title: 'C' });
    expect(h.canRedo).toBe(false);
    expect(h.redo()).toBe(false);
    expect(h.current.stages.map((s) => s.id).slice(-2)).toEqual(['st-a', 'st-c']);
  });

  it('but a refused edit does not', () => {
    const h = historyOf();
    ok(h, ops.addStage, { id: 'st-a', title: 'A' });
    h.undo();
    expect(h.apply(ops.addStage, { id: S.awareness, title: 'taken' }).ok).toBe(false);
    expect(h.canRedo).toBe(true);
  });
});

describe('the bounded history', () => {
  it('keeps the last `limit` steps, dropping the oldest', () => {
    const h = new History(blankMap(), { limit: 3 });
    const states = [writeCjm(h.current)];
    for (let i = 0; i < 5; i++) {
      ok(h, ops.addStage, { id: `st-${i}`, title: `Stage ${i}` });
      states.push(writeCjm(h.current));
    }
    expect(h.depth).toBe(3);
    while (h.undo());
    expect(writeCjm(h.current)).toBe(states[2]);
    while (h.redo());
    expect(writeCjm(h.current)).toBe(states[5]);
  });

  it('counts a run of typing as one step against the limit', () => {
    const h = new History(blankMap(), { limit: 2 });
    const empty = writeCjm(h.current);
    ok(h, ops.addNote, { id: 'n1', lane: L.thoughts, stage: S.awareness });
    for (let i = 1; i <= 50; i++) ok(h, ops.setNoteText, { id: 'n1', text: 'x'.repeat(i) });
    h.seal();
    ok(h, ops.setEmotion, { ids: ['n1'], value: 1 });
    expect(h.depth).toBe(2);
    h.undo();
    h.undo();
    expect(writeCjm(h.current)).toBe(empty);
  });

  it('keeps at least one step, and 200 by default', () => {
    const one = new History(blankMap(), { limit: 0 });
    ok(one, ops.addStage, { id: 'st-a', title: 'A' });
    ok(one, ops.addStage, { id: 'st-b', title: 'B' });
    expect(one.depth).toBe(1);
    const unbounded = new History(blankMap());
    for (let i = 0; i < DEFAULT_HISTORY_LIMIT + 5; i++) ok(unbounded, ops.setType, { type: i % 2 ? 'current-state' : 'future-state' });
    expect(DEFAULT_HISTORY_LIMIT).toBe(200);
    expect(unbounded.depth).toBe(200);
  });
});

describe('listeners and reset', () => {
  it('hear every change, undo and redo, but not a refusal; reset starts the history again', () => {
    const h = historyOf();
    const heard: JourneyMap[] = [];
    const stop = h.subscribe((map) => heard.push(map));
    ok(h, ops.setTitle, { title: 'Baru' });
    h.apply(ops.setTitle, { title: '' });
    h.undo();
    h.redo();
    expect(heard).toHaveLength(3);
    expect(heard[2]).toBe(h.current);
    const other = blankMap('service-blueprint', 'id');
    h.reset(other);
    expect([h.current, h.canUndo, h.canRedo]).toEqual([other, false, false]);
    stop();
    ok(h, ops.setTitle, { title: 'Tidak terdengar' });
    expect(heard).toHaveLength(4);
  });
});

describe('undo restores the file exactly', () => {
  /** A map read from a file whose note carries an extension with keys named like Object.prototype's. */
  function mapWithTrickyExtension(): JourneyMap {
    const text = writeCjm(blankMap()).replace(
      '"notes": []',
      `"notes": [{"id": "n1", "lane": "${L.actions}", "stage": "${S.awareness}", "text": "a", "x-meta": {"__proto__": {"polluted": true}, "constructor": [1], "b": 2}}]`,
    );
    const read = readCjm(text);
    if (!read.ok || read.repairs.length > 0) throw new Error('fixture does not read cleanly');
    return read.map;
  }

  it.each([
    ['moving the note', (h: History) => ok(h, ops.moveNotes, { ids: ['n1'], lane: L.thoughts, stage: S.purchase })],
    ['deleting it', (h: History) => ok(h, ops.deleteNotes, { ids: ['n1'] })],
    ['deleting its stage', (h: History) => ok(h, ops.deleteStage, { id: S.awareness })],
    ['adding a note before it', (h: History) => ok(h, ops.addNote, { id: 'n0', lane: L.actions, stage: S.awareness, position: 0 })],
  ])('keeps an extension’s own __proto__ key after %s and undo (regression)', (_, edit) => {
    const h = new History(mapWithTrickyExtension());
    const before = writeCjm(h.current);
    expect(before).toContain('"__proto__": {');
    edit(h);
    const after = writeCjm(h.current);
    h.undo();
    expect(writeCjm(h.current)).toBe(before);
    h.redo();
    expect(writeCjm(h.current)).toBe(after);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(['constructor', '__proto__', 'toString', '0'])('undoes and redoes an asset with the id %s', (assetId) => {
    const h = historyOf();
    addNotes(h, L.touchpoints, S.awareness, ['n1']);
    const plain = writeCjm(h.current);
    ok(h, ops.setNoteImage, { id: 'n1', image: assetId, asset: TINY_PNG });
    const withImage = writeCjm(h.current);
    ok(h, ops.setNoteImage, { id: 'n1', image: null });
    h.undo();
    expect(writeCjm(h.current)).toBe(withImage);
    h.undo();
    expect(writeCjm(h.current)).toBe(plain);
    h.redo();
    h.redo();
    expect(writeCjm(h.current)).toBe(plain);
  });
});
