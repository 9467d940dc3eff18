// Fitting a title into a header: one line cut with an ellipsis, or a few
// wrapped lines with the last one cut.
import type { FontSpec } from './textMetrics';
import { measureText } from './textMetrics';
import { wrapTextCached } from './wrapText';

export function ellipsize(text: string, width: number, font: FontSpec): string {
  if (measureText(text, font) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && measureText(`${chars.join('').trimEnd()}…`, font) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

export function wrapLines(text: string, width: number, font: FontSpec, maxLines: number): string[] {
  const lines = wrapTextCached(text, width, font);
  if (lines.length <= maxLines) return [...lines];
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(`${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`, width, font);
  return kept;
}
