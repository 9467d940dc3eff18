// Applies undo and redo patches by reference, with structural sharing: only
// the containers on a patch's path are copied. immer's own applyPatches
// deep-clones every value it sets, which at 50,000 notes makes undoing a
// move cost tens of milliseconds, and it copies by assignment, which turns an
// own `__proto__` key (data in an extension, docs/format.md) into a prototype
// change. Values in patches are never mutated, so sharing them is safe.
import type { Patch } from 'immer';

type Container = Record<string | number, unknown> | unknown[];

function defineData(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A shallow copy keeping the prototype (null for asset records) and every own key as data. */
function shallowCopy(container: Container): Container {
  if (Array.isArray(container)) return container.slice();
  const copy = Object.create(Object.getPrototypeOf(container)) as Record<string, unknown>;
  for (const key of Object.keys(container)) defineData(copy, key, container[key]);
  return copy;
}

function applyAt(container: Container, path: readonly (string | number)[], patch: Patch): Container {
  const copy = shallowCopy(container);
  const key = path[0]!;
  if (path.length > 1) {
    const child = (container as Record<string | number, unknown>)[key] as Container;
    defineData(copy, key, applyAt(child, path.slice(1), patch));
    return copy;
  }
  if (Array.isArray(copy)) {
    const index = key === '-' ? copy.length : Number(key);
    if (patch.op === 'add') copy.splice(index, 0, patch.value);
    else if (patch.op === 'remove') copy.splice(index, 1);
    else if (key === 'length') copy.length = Number(patch.value);
    else copy[index] = patch.value;
  } else if (patch.op === 'remove') {
    delete copy[key];
  } else {
    defineData(copy, key, patch.value);
  }
  return copy;
}

export function applyPatchesShared<T extends object>(base: T, patches: readonly Patch[]): T {
  let root = base as unknown as Container;
  for (const patch of patches) {
    // A patch with an empty path replaces the whole document.
    root = patch.path.length === 0 ? (patch.value as Container) : applyAt(root, patch.path, patch);
  }
  return root as unknown as T;
}

const pathKey = (patch: Patch) => patch.path.join('\u0000');

/**
 * Folds the patches of one more keystroke into a coalesced step. When they
 * only replace values the step already replaces (typing into one note),
 * the step keeps one patch per path and its first inverse, so a long
 * typing session stays one small step.
 */
export function foldPatches(step: { patches: Patch[]; inverse: Patch[] }, patches: Patch[], inverse: Patch[]): void {
  const replaced = new Map(step.patches.filter((p) => p.op === 'replace').map((p, i) => [pathKey(p), i] as const));
  const foldable = patches.every((p) => p.op === 'replace' && replaced.has(pathKey(p)));
  if (foldable) {
    step.patches = step.patches.slice();
    for (const p of patches) {
      const at = step.patches.findIndex((q) => q.op === 'replace' && pathKey(q) === pathKey(p));
      step.patches[at] = p;
    }
    return;
  }
  step.patches = step.patches.concat(patches);
  step.inverse = inverse.concat(step.inverse);
}
