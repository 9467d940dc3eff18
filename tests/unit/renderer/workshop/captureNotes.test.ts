// Quick capture's adding: a line or a pasted batch becomes notes at the end
// of one cell, one undo step however many; a locked lane refuses it whole.
import { describe, expect, it } from 'vitest';
import { History } from '../../../../shared/history/history';
import { ops } from '../../../../shared/ops';
import { createMap } from '../../../../shared/templates';
import { captureLines, captureNotes } from '../../../../renderer/workshop/capture/captureNotes';

function setUp() {
  const map = createMap({ type: 'current-state', locale: 'en', now: '2026-11-23T09:00:00Z', id: 'm1' });
  const history = new History(map);
  const cell = { stage: map.stages[0]!.id, lane: map.lanes[1]!.id };
  const inCell = () => history.current.notes.filter((n) => n.stage === cell.stage && n.lane === cell.lane).map((n) => n.text);
  return { history, cell, inCell };
}

describe('quick capture: adding notes', () => {
  it('adds lines in order after the notes already in the cell, as one undo step', () => {
    const { history, cell, inCell } = setUp();
    expect(captureNotes(history, cell, ['Already here']).ok).toBe(true);
    const before = history.current;
    const result = captureNotes(history, cell, ['First', 'Second', 'Third']);
    expect(result.ok && result.ids.length).toBe(3);
    expect(inCell()).toEqual(['Already here', 'First', 'Second', 'Third']);
    if (result.ok) expect(history.current.notes.filter((n) => result.ids.includes(n.id)).map((n) => n.text)).toEqual(['First', 'Second', 'Third']);
    history.undo();
    expect(history.current).toEqual(before);
    history.undo();
    expect(inCell()).toEqual([]);
  });

  it('does not merge into the typing of a note just before', () => {
    const { history, cell, inCell } = setUp();
    history.apply(ops.addNote, { id: 'typed', lane: cell.lane, stage: cell.stage, text: 'Typ' });
    history.apply(ops.setNoteText, { id: 'typed', text: 'Typed' });
    captureNotes(history, cell, ['Captured']);
    expect(inCell()).toEqual(['Typed', 'Captured']);
    history.undo();
    expect(inCell()).toEqual(['Typed']);
  });

  it('is refused whole in a locked lane, with the reason', () => {
    const { history, cell } = setUp();
    const map = history.current;
    const locked = new History({ ...map, lanes: map.lanes.map((l) => (l.id === cell.lane ? { ...l, locked: true } : l)) });
    const result = captureNotes(locked, cell, ['One', 'Two']);
    expect(result).toMatchObject({ ok: false, refusal: { code: 'lane-locked' } });
    expect(locked.current.notes).toHaveLength(map.notes.length);
    expect(locked.canUndo).toBe(false);
  });

  it('takes the non-empty lines of pasted text, bullets and numbers dropped', () => {
    expect(captureLines('- Long queue\r\n\n  2. No Wi-Fi code \r• Card declined\n*  Asked twice\n   \n3) Happy')).toEqual(['Long queue', 'No Wi-Fi code', 'Card declined', 'Asked twice', 'Happy']);
    expect(captureLines('one line')).toEqual(['one line']);
    expect(captureLines('\n \n')).toEqual([]);
  });
});
