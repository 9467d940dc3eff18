// Map text written into Markdown so it renders as the same text, whatever a
// facilitator typed: no emphasis, links, headings, lists, code, maths or HTML
// appear that were not in the note. Markdown renderers pass raw HTML through,
// so `<` is always an entity: a note reading `<script>` stays text. A note's
// line breaks become <br> (the one tag the report writes itself), which
// works alike in paragraphs, list items and table cells.

/** Backslash-escaped anywhere: code, emphasis, links, strikethrough, maths, cell borders. */
const INLINE = /[\\`*_[\]~$|]/g;
/**
 * Only where a block could start, and only what would start one: a heading,
 * a quote, a list item or thematic break ("- x", "+ x", "---"), an ordered
 * item ("1. x"). "+1" or "-2" stay as they are.
 */
const BLOCK_START = /^(\s*)(#|>|[-+](?=[\s-]|$)|\d{1,9}(?=[.)](?:\s|$)))/;
/** `&` only where it would begin an entity such as &lt; or &#60;. */
const ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;

/** Text in a paragraph, list item, heading or table cell. */
export function mdText(text: string): string {
  const escaped = text
    .replace(/\r\n?/g, '\n')
    .replace(INLINE, (c) => `\\${c}`)
    .replace(ENTITY_START, '&amp;')
    .replace(/</g, '&lt;')
    .trim()
    .replace(BLOCK_START, (_, space: string, mark: string) => (/^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`))
    // An ATX heading drops trailing #s as its closing sequence.
    .replace(/#+$/, (hashes) => hashes.replace(/#/g, '\\#'));
  return escaped.split('\n').join('<br>');
}

/** A link destination: the picture's file name, relative, with anything Markdown would misread percent-encoded. */
export function mdLinkTarget(fileName: string): string {
  return encodeURIComponent(fileName).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** One GitHub-flavoured table: a cell per column on every row, `|` in text escaped by mdText. */
export function mdTable(head: string[], align: ('left' | 'right')[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => (cell === '' ? ' ' : cell)).join(' | ')} |`;
  const rule = `| ${align.map((a) => (a === 'right' ? '---:' : '---')).join(' | ')} |`;
  return [line(head), rule, ...rows.map((row) => line(head.map((_, i) => row[i] ?? '')))].join('\n');
}
