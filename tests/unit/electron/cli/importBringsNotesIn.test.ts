// jejak import SHEET (--into MAP | --new OUT): an exported sheet edited in a
// spreadsheet comes back (the edit applied, a new row added, a bad row
// listed by number and left out, nothing deleted unless asked); a typed list
// goes under its stages; --new makes a map shaped by the sheet.
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT, jejak, workspace, type Workspace } from './support/jejak';

let ws: Workspace;
beforeEach(() => {
  ws = workspace();
  ws.copy('samples/b2b-software-purchase.en.cjm', 'b2b.cjm');
});
afterEach(() => {
  expect(ws.temporaries()).toEqual([]);
  ws.remove();
});

interface MapFile {
  stages: { id: string; title: string }[];
  lanes: { id: string; title: string }[];
  notes: { id: string; text: string; stage: string; lane: string }[];
}
const read = (name: string) => JSON.parse(ws.bytes(name).toString('utf8')) as MapFile;
const run = (args: string[], env?: Record<string, string>) => jejak(['import', ...args], { cwd: ws.dir, env });

/** Edits an exported CSV as a person would in a spreadsheet: through Python's csv module, Excel-style (semicolons). */
function editCsv(name: string, script: string): void {
  execFileSync('/usr/bin/python3', ['-c', `
import csv, sys
path = sys.argv[1]
with open(path, encoding='utf-8-sig', newline='') as f:
    rows = list(csv.reader(f))
${script}
with open(path, 'w', encoding='utf-8-sig', newline='') as f:
    csv.writer(f, delimiter=';').writerows(rows)
`, ws.path(name)]);
}

describe('jejak import', () => {
  it('brings an edited sheet back into the map: edits applied, new rows added, a bad row listed, nothing deleted', () => {
    expect(jejak(['export', 'b2b.cjm', '--format', 'csv', '--out', 'notes.csv'], { cwd: ws.dir }).status).toBe(EXIT.ok);
    const before = read('b2b.cjm');
    editCsv('notes.csv', `
header = rows[0]
text = header.index('Text'); note_id = header.index('Id'); emotion = header.index('Emotion')
rows[1][text] = 'Edited in a spreadsheet 😀 dan bahasa Indonesia'
fresh = [''] * len(header); fresh[header.index('Stage')] = rows[1][header.index('Stage')]; fresh[header.index('Lane')] = rows[1][header.index('Lane')]; fresh[text] = 'A new note typed into the sheet'
junk = list(fresh); junk[text] = 'Junk row'; junk[emotion] = 'happy'
del rows[5]
rows.append(fresh); rows.append(junk)
`);
    const result = run(['notes.csv', '--into', 'b2b.cjm']);
    expect(result.status).toBe(EXIT.repairable);
    expect(result.stderr).toContain("emotion must be a whole number from -2 to 2, found 'happy'");
    expect(result.stderr).toMatch(/row \d+:/);
    expect(result.stdout).toMatch(/1 note changed, 1 added, 0 deleted, 1 row left out/);
    const after = read('b2b.cjm');
    expect(after.notes).toHaveLength(before.notes.length + 1);
    expect(after.notes.map((n) => n.text)).toContain('Edited in a spreadsheet 😀 dan bahasa Indonesia');
    expect(after.notes.map((n) => n.text)).toContain('A new note typed into the sheet');
    expect(jejak(['validate', 'b2b.cjm'], { cwd: ws.dir }).status).toBe(EXIT.ok);
  });

  it('deletes the notes a sheet leaves out only with --delete-missing', () => {
    jejak(['export', 'b2b.cjm', '--format', 'xlsx', '--out', 'notes.xlsx'], { cwd: ws.dir });
    execFileSync('/usr/bin/python3', ['-c', `
import openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb.worksheets[0]
ws.delete_rows(2, 3)
wb.save(sys.argv[1])
`, ws.path('notes.xlsx')]);
    const count = read('b2b.cjm').notes.length;
    expect(run(['notes.xlsx', '--into', 'b2b.cjm']).stdout).toContain('nothing to import');
    expect(read('b2b.cjm').notes).toHaveLength(count);
    const result = run(['notes.xlsx', '--into', 'b2b.cjm', '--delete-missing', '--lang', 'id']);
    expect(result.status).toBe(EXIT.ok);
    expect(result.stdout).toContain('0 catatan diubah, 0 ditambahkan, 3 dihapus');
    expect(read('b2b.cjm').notes).toHaveLength(count - 3);
  });

  it('puts a typed list under its stages', () => {
    const stages = read('b2b.cjm').stages;
    ws.write('wall.txt', `# ${stages[0]!.title}\n- Saw an ad on LinkedIn\n- Asked a peer\n\n${stages[1]!.title}:\n1. Compared three vendors\n`);
    const result = run(['wall.txt', '--into', 'b2b.cjm']);
    expect(result.status).toBe(EXIT.ok);
    const notes = read('b2b.cjm').notes;
    expect(notes.find((n) => n.text === 'Saw an ad on LinkedIn')?.stage).toBe(stages[0]!.id);
    expect(notes.find((n) => n.text === 'Compared three vendors')?.stage).toBe(stages[1]!.id);
  });

  it('makes a new map shaped by the sheet with --new, and refuses to replace one without --force', () => {
    jejak(['export', 'b2b.cjm', '--format', 'csv', '--out', 'notes.csv'], { cwd: ws.dir });
    expect(run(['notes.csv', '--new', 'copy.cjm']).status).toBe(EXIT.ok);
    const source = read('b2b.cjm');
    const copy = read('copy.cjm');
    expect(copy.notes.map((n) => n.text).sort()).toEqual(source.notes.map((n) => n.text).sort());
    expect(copy.stages.map((s) => s.title)).toEqual(source.stages.map((s) => s.title));
    expect(jejak(['validate', 'copy.cjm'], { cwd: ws.dir }).status).toBe(EXIT.ok);
    const again = run(['notes.csv', '--new', 'copy.cjm']);
    expect(again.status).toBe(EXIT.fatal);
    expect(again.stderr).toContain('already exists');
  });

  it('says plainly why a file cannot be read, and needs exactly one of --into and --new', () => {
    ws.write('junk.xlsx', 'this is not a workbook');
    const junk = run(['junk.xlsx', '--into', 'b2b.cjm']);
    expect(junk.status).toBe(EXIT.fatal);
    expect(junk.stderr).toMatch(/^junk\.xlsx: .+/);
    expect(junk.stderr).not.toMatch(/at .+\.js/);
    expect(run(['junk.xlsx']).status).toBe(EXIT.usage);
    expect(run(['junk.xlsx', '--into', 'b2b.cjm', '--new', 'x.cjm']).stderr).toContain('use either --into MAP or --new OUT');
  });
});
