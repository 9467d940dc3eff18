// A workbook part's XML as events, parsed as it inflates (with saxes, the
// SAX parser exceljs itself is built on), for the readers of the parts
// Jejak needs. Parsing goes chunk by chunk, so a reader that has what it
// wants (or has passed its budget) stops without parsing the rest.
import { SaxesParser } from 'saxes';
import { entryText, type ZipEntry } from './zipEntries';

export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** An element's name without its namespace prefix (`x:row` is `row`): some writers prefix every element. */
const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * Reads the part `entry` through `handlers`, element by element, until its
 * end or until `stop()` returns true (checked after each chunk). Malformed
 * XML throws, as a damaged workbook should.
 */
export async function readXml(bytes: Uint8Array, entry: ZipEntry, handlers: XmlHandlers, stop: () => boolean = () => false): Promise<void> {
  // Without namespaces, attributes are plain strings (xmlns included), which is all a workbook part needs.
  const parser = new SaxesParser({ xmlns: false });
  let failure: Error | null = null;
  parser.on('error', (error) => (failure ??= error));
  parser.on('opentag', (tag) => handlers.open?.(localName(tag.name), tag.attributes as Record<string, string>));
  parser.on('text', (text) => handlers.text?.(text));
  parser.on('closetag', (tag) => handlers.close?.(localName(tag.name)));
  for await (const chunk of entryText(bytes, entry)) {
    parser.write(chunk);
    if (failure) throw failure;
    if (stop()) return;
  }
  parser.close();
  if (failure) throw failure;
}
