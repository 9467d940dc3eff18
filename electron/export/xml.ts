// Text and numbers written into SVG. Map text is anybody's typing: it may hold
// markup characters, control characters XML 1.0 cannot carry at all (not
// even as &#1;), or a lone UTF-16 surrogate a JSON escape let in. Any of
// those would make the file unreadable, so they are escaped or replaced here,
// in the one place every SVG writer goes through.

// C0 controls other than tab, LF and CR, and the two non-characters: XML 1.0
// has no way to write them. The layout gives them no ink, so they are left out.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Tab, LF and CR measure as spaces in the layout and canvas draws them as
// spaces; written as spaces they draw the same under xml:space="preserve"
// (the parser would otherwise fold CR LF into one character).
const LINE_WHITESPACE = /[\t\n\r]/g;

// Every attribute Jejak writes is in double quotes, so the apostrophe needs no escape.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Map text made safe for XML character data or an attribute value in double quotes. */
export function xmlText(value: string): string {
  return value
    .replace(FORBIDDEN, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(LINE_WHITESPACE, ' ')
    .replace(/[&<>"]/g, (c) => ENTITIES[c]!);
}

/** A coordinate: three decimals are a thousandth of a board pixel, far below what any output resolves. */
export function num(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
