// Text from a map put into HTML or SVG markup: whatever a facilitator typed
// (`<script>`, quotes, ampersands) stays text. Characters XML 1.0 cannot
// carry at all (C0 controls other than tab, LF and CR, the two
// non-characters, a lone UTF-16 surrogate a JSON escape let in) become
// U+FFFD, so an inline SVG stays well-formed and a reader sees that
// something was there.
const MARKUP = /[&<>"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Safe in element content and in double- or single-quoted attribute values. */
export function escapeMarkup(text: string): string {
  return text.replace(FORBIDDEN, '\uFFFD').replace(MARKUP, (c) => ENTITIES[c]!);
}
