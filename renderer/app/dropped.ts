// What a file dropped onto the window is, by its name: a map to open, a
// picture Jejak exported (its map inside), or a sheet or list to import.
export type DroppedKind = 'map' | 'picture' | 'import';

export function droppedKind(name: string): DroppedKind | null {
  const extension = /\.([^.]+)$/.exec(name.toLowerCase())?.[1] ?? '';
  if (extension === 'cjm') return 'map';
  if (extension === 'png' || extension === 'svg') return 'picture';
  if (extension === 'csv' || extension === 'xlsx' || extension === 'txt' || extension === 'md') return 'import';
  return null;
}
