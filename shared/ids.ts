// New ids for maps, stages, lanes, notes, personas and assets: a short kind
// prefix (readable in a file) and 12 random characters (72 bits).
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export type IdKind = 'map' | 'stage' | 'lane' | 'note' | 'persona' | 'asset';

const PREFIX: Record<IdKind, string> = { map: '', stage: 'st-', lane: 'ln-', note: 'nt-', persona: 'ps-', asset: 'as-' };

export function newId(kind: IdKind): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let id = PREFIX[kind];
  for (const b of bytes) id += ALPHABET[b & 63];
  return id;
}
