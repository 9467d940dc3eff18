// exceljs's own SAX step (saxes underneath), which Jejak's workbook reader
// uses so as to parse XML with the parser exceljs brings rather than a
// package of its own. exceljs ships no types for it: this is its shape in
// exceljs 4.x (lib/utils/parse-sax.js): chunks in, the events of each chunk out.
declare module 'exceljs/lib/utils/parse-sax.js' {
  interface SaxTag {
    name: string;
    attributes: Record<string, string>;
  }
  type SaxEvent = { eventType: 'opentag'; value: SaxTag } | { eventType: 'closetag'; value: SaxTag } | { eventType: 'text'; value: string };
  export default function parseSax(chunks: AsyncIterable<string | Uint8Array>): AsyncGenerator<SaxEvent[]>;
}
