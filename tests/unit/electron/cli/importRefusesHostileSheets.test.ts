// jejak import on sheets made to exhaust the memory (issue 12, point 8): a
// small workbook that inflates to 480 MiB, a workbook of 1.5 million cells,
// a sheet of a million rows as XLSX and as CSV. Each is refused with its
// reason (in the messages' language, and in --json), exit 2, no map written
// or changed, and the whole run (its worker thread included) stays far under
// the gigabytes these took before (a native out-of-memory crash, for one).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bombWorkbook, manyCellsWorkbook, rowsCsv, rowsWorkbook } from '../../../support/hostileSheets';
import { EXIT, jejak, workspace, type Workspace } from './support/jejak';

/** Generous: a correctness bound for the whole process (Node itself is some 50 MiB). */
const PEAK_MIB = 500;

let ws: Workspace;
beforeAll(() => {
  ws = workspace();
  ws.copy('samples/b2b-software-purchase.en.cjm', 'b2b.cjm');
  ws.write('bomb.xlsx', bombWorkbook());
  ws.write('cells.xlsx', manyCellsWorkbook());
  ws.write('rows.xlsx', rowsWorkbook());
  ws.write('rows.csv', rowsCsv());
});
afterAll(() => ws.remove());

const HOSTILE = [
  ['bomb.xlsx', "the workbook unpacks to more than 64 MB (in xl/worksheets/sheet1.xml), far more than a map's notes need, so Jejak did not unpack it; check that it is the right file"],
  ['cells.xlsx', 'this sheet has more than 1,000,000 cells; Jejak imports at most 1,000,000 (delete the columns Jejak does not use and try again)'],
  ['rows.xlsx', 'this sheet has more than 20,000 rows; Jejak imports at most 20,000'],
  ['rows.csv', 'this sheet has more than 20,000 rows; Jejak imports at most 20,000'],
] as const;

describe('jejak import of a sheet made to exhaust the memory', () => {
  it.each(HOSTILE)('%s: refused with its reason, nothing written, the memory bounded', (sheet, message) => {
    const before = ws.snapshot();
    const fresh = jejak(['import', sheet, '--new', 'fresh.cjm'], { cwd: ws.dir, measure: true });
    expect(fresh.status).toBe(EXIT.fatal);
    expect(fresh.stderr).toBe(`${sheet}: ${message}\n`);
    expect(fresh.peakMiB).toBeLessThan(PEAK_MIB);
    const into = jejak(['import', sheet, '--into', 'b2b.cjm'], { cwd: ws.dir, measure: true });
    expect(into.status).toBe(EXIT.fatal);
    expect(into.peakMiB).toBeLessThan(PEAK_MIB);
    expect(ws.snapshot()).toEqual(before);
    expect(ws.temporaries()).toEqual([]);
  });

  it('says why in Indonesian, and in --json', () => {
    const id = jejak(['import', 'rows.xlsx', '--new', 'fresh.cjm'], { cwd: ws.dir, env: { LANG: 'id_ID.UTF-8' } });
    expect(id.stderr).toBe('rows.xlsx: lembar kerja ini berisi lebih dari 20.000 baris; Jejak mengimpor paling banyak 20.000\n');
    const json = jejak(['import', 'bomb.xlsx', '--into', 'b2b.cjm', '--json'], { cwd: ws.dir });
    expect(json.status).toBe(EXIT.fatal);
    expect(json.json()).toEqual({ file: 'bomb.xlsx', status: 'unreadable', message: HOSTILE[0][1] });
  });
});
