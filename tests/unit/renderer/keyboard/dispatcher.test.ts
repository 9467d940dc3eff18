// The keyboard dispatcher: a key goes to the innermost layer first (the text
// being edited, a menu, a dialog, a cue, the bars, present mode, the board),
// each layer takes it, leaves it to the focused element or passes it on;
// Escape in a field closes what holds the field, or is the field's own.
import { afterEach, describe, expect, it } from 'vitest';
import { addKeyLayer, dispatchKey, type Area, type KeyLayer, type KeyOutcome, type KeyPress, type KeyRank } from '../../../../renderer/keyboard/dispatcher';

/** A stand-in for a DOM element: what it holds. */
class Box {
  constructor(private readonly inside: Box[] = []) {}
  contains(other: unknown): boolean {
    return other === this || this.inside.some((box) => box.contains(other));
  }
}

const key = (name: string): KeyPress => ({ key: name, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false });
const asElement = (box: Box | null): Area | null => box;

let removals: (() => void)[] = [];
afterEach(() => {
  for (const remove of removals) remove();
  removals = [];
});

/** A layer that records what it heard and answers `outcome` (Escape: `escape`). */
function layer(rank: KeyRank, heard: string[], name: string, outcome: KeyOutcome, options: { root?: Box; escape?: KeyOutcome } = {}): void {
  const entry: KeyLayer = {
    rank,
    root: () => asElement(options.root ?? null),
    key: (event) => {
      heard.push(`${name}:${event.key}`);
      return event.key === 'Escape' && options.escape ? options.escape : outcome;
    },
  };
  removals.push(addKeyLayer(entry));
}

describe('the keyboard dispatcher', () => {
  it('asks the innermost layer first and stops where a layer takes the key', () => {
    const heard: string[] = [];
    layer('board', heard, 'board', 'handled');
    layer('bar', heard, 'capture', 'pass', { escape: 'handled' });
    layer('cue', heard, 'timesUp', 'pass', { escape: 'handled' });
    expect(dispatchKey(key('Escape'), null, false)).toBe('handled');
    expect(heard).toEqual(['timesUp:Escape']);
    heard.length = 0;
    expect(dispatchKey(key('0'), null, false)).toBe('handled');
    expect(heard).toEqual(['timesUp:0', 'capture:0', 'board:0']);
  });

  it('hears a later layer of the same rank first (a dialog over a dialog)', () => {
    const heard: string[] = [];
    layer('dialog', heard, 'export', 'handled');
    layer('dialog', heard, 'fileDialog', 'handled');
    dispatchKey(key('Escape'), null, false);
    expect(heard).toEqual(['fileDialog:Escape']);
  });

  it('leaves a note being edited every key but what the text layers take, and its own Escape', () => {
    const heard: string[] = [];
    const note = new Box();
    layer('board', heard, 'board', 'handled');
    layer('cue', heard, 'timesUp', 'pass', { escape: 'handled' });
    layer('text', heard, 'fileKeys', 'pass');
    expect(dispatchKey(key('0'), asElement(note), true)).toBe('focus');
    expect(dispatchKey(key('Escape'), asElement(note), true)).toBe('focus');
    expect(heard).toEqual(['fileKeys:0', 'fileKeys:Escape']);
  });

  it('gives Escape in a field to the bar that holds it, before a cue further out', () => {
    const heard: string[] = [];
    const field = new Box();
    layer('cue', heard, 'timesUp', 'pass', { escape: 'handled' });
    layer('bar', heard, 'find', 'pass', { root: new Box([field]), escape: 'handled' });
    layer('bar', heard, 'capture', 'pass', { root: new Box(), escape: 'handled' });
    expect(dispatchKey(key('Escape'), asElement(field), true)).toBe('handled');
    expect(heard).toEqual(['find:Escape']);
  });

  it('keeps the board shortcuts of the text layers out of a field in a dialog', () => {
    const heard: string[] = [];
    const field = new Box();
    layer('text', heard, 'fileKeys', 'handled');
    layer('dialog', heard, 'palette', 'focus', { root: new Box([field]), escape: 'handled' });
    expect(dispatchKey(key('s'), asElement(field), true)).toBe('focus');
    expect(dispatchKey(key('Escape'), asElement(field), true)).toBe('handled');
    expect(heard).toEqual(['palette:Escape']);
  });

  it('forgets a layer once it is removed', () => {
    const heard: string[] = [];
    layer('board', heard, 'board', 'handled');
    const remove = addKeyLayer({ rank: 'menu', key: () => 'handled' });
    expect(dispatchKey(key('n'), null, false)).toBe('handled');
    expect(heard).toEqual([]);
    remove();
    dispatchKey(key('n'), null, false);
    expect(heard).toEqual(['board:n']);
  });
});
