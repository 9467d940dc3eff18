// The text of an imported CSV or list, whatever saved it: UTF-8 with or
// without a byte-order mark (Jejak, Google Sheets, "CSV UTF-8" in Excel),
// UTF-16 with a mark (Excel's "Unicode Text"), or, when the bytes are not
// UTF-8, Windows-1252 (plain "CSV" from Excel on an Indonesian or English
// Windows). Bytes that are no text at all (a picture, a zip, an .xls) are
// told apart here, before a CSV parser makes nonsense of them.
export type DecodedText = { ok: true; text: string } | { ok: false };

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 0.25);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 0.25);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  let utf8: string | null = null;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // Not UTF-8: a Windows code page, or no text at all.
  }
  // Valid UTF-8 is text: binary files almost never are. A note may hold a
  // control character, and Jejak's own export writes it as it is, so only a
  // file that is mostly control characters (UTF-16 without its mark) is refused.
  if (utf8 !== null) return checked(utf8, 0.25);
  return checked(windows1252(body), 0.01);
}

/** 0x80–0x9F of Windows-1252 (the rest is Latin-1); undefined bytes stay as their C1 code. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Windows-1252, by hand: Node's TextDecoder reads the label as Latin-1
 * unless built with full ICU, which turns Excel's curly quotes and dashes
 * into control characters.
 */
function windows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b));
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

/**
 * Whether the first 64 KiB look like text: at most `share` of them NUL or
 * other control characters (tabs and line breaks are text). Text in a
 * Windows code page is held to 1 %: random bytes decode to something there.
 */
function checked(text: string, share: number): DecodedText {
  const sample = text.slice(0, 65_536);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 && share < 0.25) return { ok: false };
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f) control++;
  }
  return control <= sample.length * share ? { ok: true, text } : { ok: false };
}
