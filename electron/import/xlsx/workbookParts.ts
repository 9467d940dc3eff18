// Which parts of a workbook hold the notes: the package's relationships name
// the workbook, the workbook lists its sheets by name and the workbook's
// relationships say where each sheet, the shared strings and the styles
// are. The sheet read is the one called Notes (in either language), else
// the first, as exceljs has it.
import { LANGUAGES, words } from '../../../shared/i18n/languages';
import { readXml } from './xml';
import { SheetRefused, type ZipEntry } from './zipEntries';

export interface WorkbookParts {
  sheet: ZipEntry;
  sharedStrings: ZipEntry | null;
  styles: ZipEntry | null;
  /** Dates count from 1904 (old Mac Excel), not 1900. */
  date1904: boolean;
}

interface Relationship {
  type: string;
  target: string;
}

const NOTES_NAMES = new Set(LANGUAGES.map((l) => words(l).sheets.sheetNames.notes.toLowerCase()));

export async function workbookParts(bytes: Uint8Array, entries: Map<string, ZipEntry>): Promise<WorkbookParts> {
  const part = (path: string | undefined): ZipEntry | null => (path === undefined ? null : (entries.get(path) ?? null));
  const packageRels = await relationships(bytes, entries, '');
  const bookPath = [...packageRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const book = part(bookPath);
  if (book === null) throw new SheetRefused({ code: 'bad-xlsx', detail: 'no workbook' });

  const sheets: { name: string; id: string }[] = [];
  let date1904 = false;
  await readXml(bytes, book, {
    open(name, attributes) {
      if (name === 'sheet') sheets.push({ name: attributes.name ?? '', id: relationshipId(attributes) });
      else if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
    },
  });
  const bookRels = await relationships(bytes, entries, bookPath);
  const byType = (suffix: string) => [...bookRels.values()].find((r) => r.type.endsWith(suffix))?.target;
  // Chart sheets are listed with the worksheets; only worksheets hold rows.
  const worksheets = sheets.flatMap((s) => {
    const rel = bookRels.get(s.id);
    const entry = rel?.type.endsWith('/worksheet') ? part(rel.target) : null;
    return entry ? [{ name: s.name, entry }] : [];
  });
  // A zip that opens but holds no sheet is some other zip renamed, not a workbook.
  if (worksheets.length === 0) throw new SheetRefused({ code: 'bad-xlsx', detail: 'no worksheets' });
  const notes = worksheets.find((s) => NOTES_NAMES.has(s.name.trim().toLowerCase())) ?? worksheets[0]!;
  return {
    sheet: notes.entry,
    sharedStrings: part(byType('/sharedStrings')) ?? part('xl/sharedStrings.xml'),
    styles: part(byType('/styles')) ?? part('xl/styles.xml'),
    date1904,
  };
}

/** The relationships of the part at `path` ('' for the package's own), by id, their targets as paths in the zip. */
async function relationships(bytes: Uint8Array, entries: Map<string, ZipEntry>, path: string): Promise<Map<string, Relationship>> {
  const slash = path.lastIndexOf('/');
  const folder = path.slice(0, slash + 1);
  const rels = entries.get(`${folder}_rels/${path.slice(slash + 1)}.rels`);
  const found = new Map<string, Relationship>();
  if (!rels) return found;
  await readXml(bytes, rels, {
    open(name, attributes) {
      if (name === 'Relationship' && attributes.Id && attributes.Target && attributes.TargetMode !== 'External') {
        found.set(attributes.Id, { type: attributes.Type ?? '', target: resolvePath(folder, attributes.Target) });
      }
    },
  });
  return found;
}

/** The sheet's relationship id: `r:id`, whatever the prefix. */
function relationshipId(attributes: Record<string, string>): string {
  const key = Object.keys(attributes).find((k) => k === 'id' || k.endsWith(':id'));
  return key === undefined ? '' : attributes[key]!;
}

/** A relationship's target as a path in the zip: absolute from the root, or relative to the part's folder. */
function resolvePath(folder: string, target: string): string {
  const parts: string[] = [];
  for (const piece of (target.startsWith('/') ? target.slice(1) : folder + target).split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}
