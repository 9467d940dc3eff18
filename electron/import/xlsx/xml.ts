// A workbook part's XML as events, parsed as it inflates (with the SAX
// parser exceljs brings), for the readers of the parts Jejak needs.
import parseSax from 'exceljs/lib/utils/parse-sax.js';
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
 * end or until `stop()` returns true (checked after each chunk's events).
 */
export async function readXml(bytes: Uint8Array, entry: ZipEntry, handlers: XmlHandlers, stop: () => boolean = () => false): Promise<void> {
  for await (const events of parseSax(entryText(bytes, entry))) {
    for (const event of events) {
      if (event.eventType === 'opentag') handlers.open?.(localName(event.value.name), event.value.attributes);
      else if (event.eventType === 'closetag') handlers.close?.(localName(event.value.name));
      else handlers.text?.(event.value);
    }
    if (stop()) return;
  }
}
