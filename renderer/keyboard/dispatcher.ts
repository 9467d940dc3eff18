// The one keyboard dispatcher: every key goes first to the innermost thing
// that has it, then outwards. Features register layers by how inner they
// are: the text being edited, an open menu, a dialog, a transient cue (the
// timer's "Time's up"), the popovers and bars, present mode, the board.
// Each layer takes a key, leaves it to the focused element, or passes it on.
// One capture-phase listener on the window hands it every key (install.ts).

export type KeyRank = 'text' | 'menu' | 'dialog' | 'cue' | 'bar' | 'present' | 'board';

const INNERMOST_FIRST: readonly KeyRank[] = ['text', 'menu', 'dialog', 'cue', 'bar', 'present', 'board'];

/** Layers that own the keyboard while they are open: no board shortcut runs from a field inside them. */
const MODAL: ReadonlySet<KeyRank> = new Set(['menu', 'dialog']);

/**
 * What a layer did with a key: `handled` (nothing else hears it and the
 * browser does nothing with it), `focus` (no layer further out hears it; the
 * focused field or button does), `pass` (the next layer out has it).
 */
export type KeyOutcome = 'handled' | 'focus' | 'pass';

/** What the layers read of a key (a KeyboardEvent has it all). */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** What a layer draws, or has the focus: anything that knows what it holds (a DOM element does). */
export interface Area {
  contains(other: Area | null): boolean;
}

export interface KeyLayer {
  rank: KeyRank;
  /** What the layer draws (a dialog, a bar): Escape in a text field inside it is the layer's. */
  root?(): Area | null;
  key(event: KeyPress): KeyOutcome;
  /** Every key released, whichever layer had it pressed (space held pans the board). */
  keyUp?(event: KeyPress): void;
}

interface Registered {
  layer: KeyLayer;
  /** Later registrations of the same rank are further in (a dialog opened over another). */
  order: number;
}

const registered: Registered[] = [];
let next = 0;

/** Adds a layer until the returned function is called. */
export function addKeyLayer(layer: KeyLayer): () => void {
  const entry = { layer, order: next++ };
  registered.push(entry);
  return () => {
    const at = registered.indexOf(entry);
    if (at >= 0) registered.splice(at, 1);
  };
}

function innermostFirst(): KeyLayer[] {
  return [...registered]
    .sort((a, b) => INNERMOST_FIRST.indexOf(a.layer.rank) - INNERMOST_FIRST.indexOf(b.layer.rank) || b.order - a.order)
    .map((r) => r.layer);
}

/** The layer whose element holds `element` most closely (a field's dialog, bar or popover). */
function holderOf(element: Area, layers: readonly KeyLayer[]): KeyLayer | null {
  let best: { layer: KeyLayer; root: Area } | null = null;
  for (const layer of layers) {
    const root = layer.root?.();
    if (root?.contains(element) && (!best || best.root.contains(root))) best = { layer, root };
  }
  return best?.layer ?? null;
}

/** Where a key goes; `typing`: `focus` is a field that takes typing (isTextField). */
export function dispatchKey(event: KeyPress, focus: Area | null, typing: boolean): KeyOutcome {
  const layers = innermostFirst();
  if (focus && typing) {
    // Text being typed comes first. In a menu or a dialog only Escape leaves
    // the field (to close what holds it); elsewhere the text layers may take
    // a few shortcuts (Save commits the field first), and Escape closes the
    // bar or popover that holds the field. A field on its own (a note, the
    // inspector's) has its own Escape.
    const holder = holderOf(focus, layers);
    if (!holder || !MODAL.has(holder.rank)) {
      for (const layer of layers.filter((l) => l.rank === 'text')) {
        const outcome = layer.key(event);
        if (outcome !== 'pass') return outcome;
      }
    }
    if (event.key === 'Escape' && holder) return holder.key(event);
    return 'focus';
  }
  for (const layer of layers) {
    if (layer.rank === 'text') continue;
    const outcome = layer.key(event);
    if (outcome !== 'pass') return outcome;
  }
  return 'pass';
}

/** A key let go: every layer that follows keys held hears it. */
export function releaseKey(event: KeyPress): void {
  for (const { layer } of registered) layer.keyUp?.(event);
}
