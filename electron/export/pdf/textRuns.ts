// A PDF font draws only the glyphs it has, with no fallback: a line is cut
// into runs, each drawn with the font that has its characters. Inter draws
// the text; Noto Emoji draws emoji with their joiners, skin tones and
// variation selectors (so "👨‍👩‍👧" stays one glyph and pdftotext gives the
// sequence back). Invisible characters neither font has are left out rather
// than drawn as boxes. Spaces belong to Inter, whose widths the layout used.
import type { Coverage } from './pdfFonts';

export interface TextRun {
  text: string;
  emoji: boolean;
}

const VS16 = 0xfe0f;

export function textRuns(text: string, inter: Coverage, emoji: Coverage, zeroWidth: (cp: number) => boolean): TextRun[] {
  if (allInter(text, inter)) return [{ text, emoji: false }];
  const runs: TextRun[] = [];
  let current: TextRun | undefined;
  const cps = [...text];
  for (let i = 0; i < cps.length; i++) {
    const char = cps[i]!;
    const cp = char.codePointAt(0)!;
    let useEmoji: boolean;
    if (cps[i + 1]?.codePointAt(0) === VS16 && emoji.has(cp)) useEmoji = true;
    else if (inter.has(cp)) useEmoji = false;
    else if (emoji.has(cp)) useEmoji = true;
    else if (zeroWidth(cp)) continue;
    else useEmoji = false;
    if (!current || current.emoji !== useEmoji) {
      current = { text: '', emoji: useEmoji };
      runs.push(current);
    }
    current.text += char;
  }
  return runs;
}

function allInter(text: string, inter: Coverage): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return false;
    if (!inter.has(c)) return false;
  }
  return true;
}
