// A persona's initials, wherever a persona without a photo is drawn (the
// board's persona strip, the exports, the personas panel): the first letter
// of each of the first two words of the name, by code point so that an
// emoji or a letter outside the basic plane is never cut in half.
export function personaInitials(name: string): string {
  const firsts = name
    .trim()
    .split(/\s+/)
    .map((word) => [...word][0] ?? '');
  return firsts.slice(0, 2).join('').toUpperCase();
}
