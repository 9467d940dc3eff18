// Moving items within an ordered list: the index is where the item lands
// once moved, clamped to the list.
export function moveItem<T>(list: T[], from: number, to: number): void {
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from === target) return;
  const [item] = list.splice(from, 1);
  list.splice(target, 0, item!);
}

export function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined || !Number.isFinite(index)) return length;
  return Math.max(0, Math.min(length, Math.trunc(index)));
}
