// Coalescing: typing into one note, however many keys, is one undo step;
// adding a note and typing its first words is one step; seal() (the editor
// closing) ends the run, and so does any other edit or an undo.
import { describe, expect, it } from 'vitest';
import { writeCjm } from '../../../../shared/format';
import { ops } from '../../../../shared/ops';
import { addNotes, historyOf, L, note, ok, S } from '../ops/fixtures';

/** Types `text` one character at a time, as the note editor reports it. */
function type(h: ReturnType<typeof historyOf>, id: string, text: string, from = ''): void {
  for (let i = 1; i <= text.length; i++) ok(h, ops.setNoteText, { id, text: from + text.slice(0, i) });
}

describe('typing into a note', () => {
  it('is one undo step however many keys', () => {
    const h = historyOf();
    addNotes(h, L.thoughts, S.awareness, ['n1']);
    const before = writeCjm(h.current);
    const depth = h.depth;
    type(h, 'n1', 'Apakah software ini bisa integrasi dengan sistem gudang?');
    expect(h.depth).toBe(depth + 1);
    expect(h.undoLabel).toBe('note.setText');
    h.undo();
    expect(writeCjm(h.current)).toBe(before);
  });

  it('redoes to the last text typed', () => {
    const h = historyOf();
    addNotes(h, L.thoughts, S.awareness, ['n1']);
    type(h, 'n1', 'Mahal 😬');
    const typed = writeCjm(h.current);
    h.undo();
    h.redo();
    expect(writeCjm(h.current)).toBe(typed);
    expect(note(h.current, 'n1').text).toBe('Mahal 😬');
  });

  it('makes one step per note: typing into another note is a new step', () => {
    const h = historyOf();
    addNotes(h, L.thoughts, S.awareness, ['n1', 'n2']);
    const start = writeCjm(h.current);
    type(h, 'n1', 'first');
    const afterFirst = writeCjm(h.current);
    type(h, 'n2', 'second');
    h.undo();
    expect(writeCjm(h.current)).toBe(afterFirst);
    h.undo();
    expect(writeCjm(h.current)).toBe(start);
  });
});

describe('adding a note and typing its first words', () => {
  it('is one step: one undo removes the note and its text', () => {
    const h = historyOf();
    const empty = writeCjm(h.current);
    ok(h, ops.addNote, { id: 'n1', lane: L.painPoints, stage: S.consideration });
    type(h, 'n1', 'Harga disembunyikan');
    expect(h.depth).toBe(1);
    expect(h.undoLabel).toBe('note.add');
    h.undo();
    expect(writeCjm(h.current)).toBe(empty);
    expect(h.canUndo).toBe(false);
    h.redo();
    expect(note(h.current, 'n1').text).toBe('Harga disembunyikan');
  });

  it('does not swallow typing into another note', () => {
    const h = historyOf();
    addNotes(h, L.painPoints, S.consideration, ['old']);
    const withOld = writeCjm(h.current);
    ok(h, ops.addNote, { id: 'n1', lane: L.painPoints, stage: S.consideration });
    ok(h, ops.setNoteText, { id: 'old', text: 'changed' });
    h.undo();
    h.undo();
    expect(writeCjm(h.current)).toBe(withOld);
  });
});

describe('seal()', () => {
  it('splits typing into the same note into two steps', () => {
    const h = historyOf();
    addNotes(h, L.thoughts, S.awareness, ['n1']);
    type(h, 'n1', 'Satu');
    const firstSession = writeCjm(h.current);
    h.seal();
    type(h, 'n1', ' dua', 'Satu');
    expect(note(h.current, 'n1').text).toBe('Satu dua');
    h.undo();
    expect(writeCjm(h.current)).toBe(firstSession);
  });

  it('ends the note-and-first-words step too', () => {
    const h = historyOf();
    ok(h, ops.addNote, { id: 'n1', lane: L.thoughts, stage: S.awareness });
    type(h, 'n1', 'ab');
    h.seal();
    type(h, 'n1', 'c', 'ab');
    expect(h.depth).toBe(2);
  });
});

describe('what else ends a run of typing', () => {
  it('another kind of edit in between', () => {
    const h = historyOf();
    addNotes(h, L.thoughts, S.awareness, ['n1']);
    type(h, 'n1', 'ab');
    ok(h, ops.setEmotion, { ids: ['n1'], value: 1 });
    const beforeMore = writeCjm(h.current);
    type(h, 'n1', 'c', 'ab');
    h.undo();
    expect(writeCjm(h.current)).toBe(beforeMore);
  });

  it('an undo: typing afterwards is a step of its own', () => {
    const h = historyOf();
    addNotes(h, L.thoughts, S.awareness, ['n1', 'n2']);
    type(h, 'n1', 'ab');
    type(h, 'n2', 'xy');
    h.undo();
    const afterUndo = writeCjm(h.current);
    type(h, 'n1', 'c', 'ab');
    h.undo();
    expect(writeCjm(h.current)).toBe(afterUndo);
    expect(note(h.current, 'n1').text).toBe('ab');
  });

  it('not a refused keystroke: the run goes on', () => {
    const h = historyOf();
    addNotes(h, L.thoughts, S.awareness, ['n1']);
    const before = writeCjm(h.current);
    type(h, 'n1', 'ab');
    expect(h.apply(ops.setNoteText, { id: 'n1', text: 'x'.repeat(10_001) }).ok).toBe(false);
    type(h, 'n1', 'c', 'ab');
    h.undo();
    expect(writeCjm(h.current)).toBe(before);
  });
});

describe('other typing that coalesces', () => {
  it('renaming a stage, a lane, the map title, goal and scenario: one step each', () => {
    const h = historyOf();
    const before = writeCjm(h.current);
    for (const t of ['K', 'Ke', 'Kes', 'Kesadaran']) ok(h, ops.renameStage, { id: S.awareness, title: t });
    for (const t of ['A', 'Ak', 'Aktivitas']) ok(h, ops.renameLane, { id: L.actions, title: t });
    for (const t of ['P', 'Pe', 'Peta']) ok(h, ops.setTitle, { title: t });
    for (const t of ['G', 'Go']) ok(h, ops.setGoal, { goal: t });
    for (const t of ['S', 'Sc']) ok(h, ops.setScenario, { scenario: t });
    expect(h.depth).toBe(5);
    for (let i = 0; i < 5; i++) h.undo();
    expect(writeCjm(h.current)).toBe(before);
  });

  it('editing one field of one persona; another field is another step', () => {
    const h = historyOf();
    ok(h, ops.addPersona, { id: 'ps-budi', name: 'B' });
    for (const name of ['Bu', 'Bud', 'Budi']) ok(h, ops.updatePersona, { id: 'ps-budi', fields: { name } });
    for (const quote of ['S', 'Sa', 'Saya']) ok(h, ops.updatePersona, { id: 'ps-budi', fields: { quote } });
    expect(h.depth).toBe(3);
    h.undo();
    expect(h.current.personas[0]).toEqual({ id: 'ps-budi', name: 'Budi' });
  });

  it('not field edits of notes: each is a step', () => {
    const h = historyOf();
    addNotes(h, L.emotions, S.awareness, ['n1']);
    const depth = h.depth;
    ok(h, ops.setEmotion, { ids: ['n1'], value: 1 });
    ok(h, ops.setEmotion, { ids: ['n1'], value: 2 });
    expect(h.depth).toBe(depth + 2);
  });
});
