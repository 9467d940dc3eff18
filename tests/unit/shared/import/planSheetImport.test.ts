// Planning a sheet import: columns found by header in either language, rows
// with a known id update only what differs, rows without one become notes,
// rows that cannot be read are listed with every reason, nothing is
// deleted unless asked, and nothing the map could not hold gets through.
import { describe, expect, it } from 'vitest';
import { importProblemMessage, importProblemMessages, importSummaryMessage, planSheetImport, type ImportReason } from '../../../../shared/import';
import { counter, rows, smallMap } from './support';

const EN = ['Id', 'Stage', 'Lane', 'Lane kind', 'Text', 'Emotion', 'Votes', 'Tags', 'Evidence', 'Source', 'Owner', 'Priority', 'Due', 'Metric name', 'Metric value', 'Metric unit'];

function plan(headers: string[], values: (string | undefined)[][], options: Parameters<typeof planSheetImport>[2] = {}) {
  const sheet = rows(headers, ...values);
  return planSheetImport(smallMap(), sheet.rows, { headers: sheet.headers, newId: counter(), ...options });
}

describe('columns', () => {
  it('are found by header, in either language, whatever the case, spacing and order', () => {
    const p = plan(['  TEKS ', 'id', 'metric-value', 'Penanggung  Jawab', 'Comments'], [['Bingung soal ongkir 😡!', 'n3', '', 'Tim CX', 'ignored']]);
    expect(p.updates).toEqual([{ id: 'n3', at: 2, changes: { text: 'Bingung soal ongkir 😡!', owner: 'Tim CX' } }]);
    expect(p.ignoredColumns).toEqual(['Comments']);
    expect(p.problems).toEqual([]);
  });

  it('a row with something only in a column of its own is a blank row', () => {
    const p = plan(['Id', 'Stage', 'Lane', 'Text', 'Comments'], [['', '', '', '', 'a remark beside the table']]);
    expect(p.problems).toEqual([]);
    expect(p.additions).toEqual([]);
  });

  it('a sheet naming none of them is one problem on row 1, and nothing else happens', () => {
    const p = plan(['Name', 'Notes about it'], [['x', 'y']]);
    expect(p.problems).toEqual([{ at: 1, reason: { code: 'no-columns' } }]);
    expect(p.updates.length + p.additions.length).toBe(0);
    expect(importProblemMessages(p, 'en')[0]).toMatch(/^row 1: the first row names none of Jejak's columns/);
  });
});

describe('rows with a known id', () => {
  it('change only the fields whose cells differ; a row as exported changes nothing', () => {
    const p = plan(EN, [
      ['n4', 'Purchase', 'Opportunities', 'Opportunities', 'Show shipping cost early', '', '', '', 'Observed', 'Analytics', 'Growth', 'High', '2027-03-31', '', '', ''],
      ['n3', 'consideration', 'EMOTIONS', '', 'Bingung soal ongkir 😡', '-1', '3', 'ongkir,  wifi , ongkir', 'Asumsi', '', '', 'tinggi', '2027-01-05', '', '', ''],
    ]);
    expect(p.unchanged).toBe(1);
    expect(p.updates).toEqual([{ id: 'n3', at: 3, changes: { emotion: -1, votes: 3, tags: ['ongkir', 'wifi'], evidence: 'assumption', priority: 'high', due: '2027-01-05' } }]);
  });

  it('clear a field whose cell is emptied, and move a note to the stage and lane named (by title or id)', () => {
    const p = plan(['Id', 'Owner', 'Priority', 'Due', 'Stage', 'Lane'], [['n4', '', '', '', 'st-retention', 'thoughts']]);
    expect(p.updates).toEqual([{ id: 'n4', at: 2, changes: { owner: null, priority: null, due: null, stage: 'st-retention', lane: 'ln-thoughts' } }]);
  });

  it('keep a blank stage or lane as it is: a note is never left without a cell', () => {
    expect(plan(['Id', 'Stage', 'Lane', 'Text'], [['n1', '', ' ', 'Sees an Instagram ad']]).unchanged).toBe(1);
  });

  it('read the metric from three columns, keeping what the sheet has no column for', () => {
    const p = plan(['Id', 'Metric value'], [['n5', '70,5']], { decimalComma: true });
    expect(p.updates).toEqual([{ id: 'n5', at: 2, changes: { metric: { name: 'Drop-off', value: 70.5, unit: '%' } } }]);
    const cleared = plan(['Id', 'Metric name', 'Metric value', 'Metric unit'], [['n5', '', '', '']]);
    expect(cleared.updates[0]!.changes).toEqual({ metric: null });
    const added = plan(['Id', 'Metric name', 'Metric value'], [['n1', 'NPS', '-12']]);
    expect(added.updates[0]!.changes).toEqual({ metric: { name: 'NPS', value: -12 } });
  });

  it('in a locked lane are listed, not applied; an edit that only repeats the note is no edit', () => {
    const p = plan(['Id', 'Text'], [['n7', 'Changed']]);
    expect(p.problems).toEqual([{ at: 2, reason: { code: 'lane-locked', lane: 'Pain points' } }]);
    expect(plan(['Id', 'Text'], [['n7', 'Locked pain point ']]).problems).toEqual([]);
  });
});

describe('rows without a known id', () => {
  it('become new notes at the end of their cell; an unknown id is kept so that a second import adds nothing', () => {
    const p = plan(EN, [
      ['', 'Awareness', 'Actions', '', 'Googles "ongkir murah"', '', '', 'seo', 'Diamati', 'Wawancara', '', '', '', '', '', ''],
      ['nt-from-other-map', 'Retention', 'Opportunities', '', 'Loyalty programme', '', '2', '', '', '', 'CRM', 'Medium', '2027-06-30', '', '', ''],
    ]);
    expect(p.problems).toEqual([]);
    expect(p.additions).toEqual([
      { at: 2, note: { id: 'new-1', lane: 'ln-actions', stage: 'st-awareness', text: 'Googles "ongkir murah"', tags: ['seo'], evidence: 'observed', source: 'Wawancara' } },
      { at: 3, note: { id: 'nt-from-other-map', lane: 'ln-opportunities', stage: 'st-retention', text: 'Loyalty programme', votes: 2, owner: 'CRM', priority: 'medium', due: '2027-06-30' } },
    ]);
  });

  it('need a stage and a lane the map has, named unambiguously', () => {
    const map = smallMap();
    map.lanes = map.lanes.map((l) => (l.id === 'ln-thoughts' ? { ...l, title: 'Actions' } : l));
    const sheet = rows(['Stage', 'Lane', 'Text'], ['', 'Actions', 'no stage'], ['Awareness', '', 'no lane'], ['Awarness', 'Metrics', 'typo'], ['Awareness', 'actions', 'two lanes called Actions'], ['Awareness', 'ln-actions', 'by id it is clear']);
    const p = planSheetImport(map, sheet.rows, { headers: sheet.headers, newId: counter() });
    const reasons = p.problems.map((x) => [x.at, x.reason]);
    expect(reasons).toEqual([
      [2, { code: 'missing-stage' }],
      [2, { code: 'ambiguous-lane', name: 'Actions' }],
      [3, { code: 'missing-lane' }],
      [4, { code: 'unknown-stage', name: 'Awarness' }],
      [5, { code: 'ambiguous-lane', name: 'actions' }],
    ]);
    expect(p.additions.map((a) => a.note.text)).toEqual(['by id it is clear']);
  });

  it('go into a locked lane only by refusal, and never past 100,000 notes', () => {
    expect(plan(['Stage', 'Lane', 'Text'], [['Retention', 'Pain points', 'x']]).problems).toEqual([{ at: 2, column: 'lane', reason: { code: 'lane-locked', lane: 'Pain points' } }]);
    const map = smallMap();
    map.notes = [...map.notes, ...Array.from({ length: 100_000 - map.notes.length }, (_, i) => ({ id: `f${i}`, lane: 'ln-actions', stage: 'st-advocacy', text: '' }))];
    const sheet = rows(['Stage', 'Lane', 'Text'], ['Awareness', 'Actions', 'one too many']);
    expect(planSheetImport(map, sheet.rows, { headers: sheet.headers }).problems).toEqual([{ at: 2, reason: { code: 'map-full', limit: 100_000 } }]);
  });
});

describe('rows that cannot be read', () => {
  const cases: [string, string, ImportReason['code'], string][] = [
    ['Emotion', 'happy', 'invalid', "row 2: emotion must be a whole number from -2 to 2, found 'happy'"],
    ['Emotion', '3', 'invalid', "row 2: emotion must be a whole number from -2 to 2, found '3'"],
    ['Emotion', '1.5', 'invalid', "row 2: emotion must be a whole number from -2 to 2, found '1.5'"],
    ['Votes', '-1', 'invalid', "row 2: votes must be a whole number from 0 to 9,999, found '-1'"],
    ['Votes', '10000', 'invalid', "row 2: votes must be a whole number from 0 to 9,999, found '10000'"],
    ['Due', '31/12/2026', 'invalid', "row 2: due date must be a date written YYYY-MM-DD, such as 2027-03-31, found '31/12/2026'"],
    ['Due', '2026-02-30', 'invalid', "row 2: due date must be a date written YYYY-MM-DD, such as 2027-03-31, found '2026-02-30'"],
    ['Priority', 'urgent', 'invalid', "row 2: priority must be High, Medium or Low, found 'urgent'"],
    ['Evidence', 'maybe', 'invalid', "row 2: evidence must be Assumption, Observed or Measured, found 'maybe'"],
    ['Tags', Array.from({ length: 21 }, (_, i) => `t${i}`).join(','), 'invalid', 'row 2: tags must be at most 20 different tags of 1 to 40 characters, separated by commas, found'],
    ['Tags', 'x'.repeat(41), 'invalid', 'row 2: tags must be at most 20 different tags'],
    ['Text', 'x'.repeat(10_001), 'invalid', 'row 2: text must be at most 10,000 characters, found a text of 10,001 characters'],
    ['Owner', 'o'.repeat(101), 'invalid', 'row 2: owner must be at most 100 characters, found'],
    ['Source', 's'.repeat(501), 'invalid', 'row 2: source must be at most 500 characters, found'],
    ['Metric value', 'lots', 'invalid', "row 2: metric value must be a number, such as 42 or 3.5, found 'lots'"],
    ['Metric value', '3,5', 'invalid', "row 2: metric value must be a number, such as 42 or 3.5, found '3,5'"],
    ['Metric value', '12', 'metric-incomplete', 'row 2: a metric needs both a name and a value'],
    ['Id', 'not an id!', 'invalid', 'row 2: id must be an id of 1 to 64 letters, digits, "-" or "_", found \'not an id!\''],
  ];

  it.each(cases.map(([header, value, code, message]) => ({ header, value, code, message, shown: value.length > 30 ? `${value.slice(0, 12)}… (${value.length} characters)` : value })))(
    '$header "$shown" is listed with the reason, in English and Indonesian',
    ({ header, value, code, message }) => {
    const p = plan(['Stage', 'Lane', 'Text', header].filter((h, i, all) => all.indexOf(h) === i), [['Awareness', 'Actions', header === 'Text' ? value : 'a note', value].slice(0, header === 'Text' ? 3 : 4)]);
    expect(p.additions).toEqual([]);
    expect(p.problems.map((x) => x.reason.code)).toEqual([code]);
    expect(importProblemMessages(p, 'en')[0]!.startsWith(message)).toBe(true);
    const id = importProblemMessages(p, 'id')[0]!;
    expect(id).toMatch(/^baris 2: /);
    expect(id).not.toMatch(/undefined|must|found/);
    },
  );

  it('lists every problem of a row, and imports none of it', () => {
    const p = plan(['Id', 'Emotion', 'Due', 'Priority'], [['n3', 'happy', 'tomorrow', 'Tinggi']]);
    expect(p.problems.map((x) => x.column)).toEqual(['emotion', 'due']);
    expect(p.updates).toEqual([]);
    expect(importProblemMessages(p, 'id')).toEqual([
      "baris 2: emosi harus bilangan bulat dari -2 sampai 2, tetapi isinya 'happy'",
      "baris 2: tenggat harus tanggal berbentuk TTTT-BB-HH, misalnya 2027-03-31, tetapi isinya 'tomorrow'",
    ]);
  });

  it('an id given twice is listed on the second row, with the first', () => {
    const p = plan(['Id', 'Text'], [['n1', 'first'], ['n1', 'second']]);
    expect(p.updates.map((u) => u.changes.text)).toEqual(['first']);
    expect(importProblemMessage(p.problems[0]!, 'row', 'en')).toBe("row 3: the id 'n1' is already on row 2; a note can be in the sheet only once");
  });
});

describe('deleting', () => {
  it('never happens unless asked', () => {
    const p = plan(['Id', 'Text'], [['n1', 'Sees an Instagram ad']]);
    expect(p.deletions).toEqual([]);
  });

  it('when asked, deletes the notes no row names, but keeps private notes and those in locked lanes', () => {
    const p = plan(['Id', 'Text', 'Emotion'], [['n1', 'Sees an Instagram ad', ''], ['n3', 'x', 'happy']], { deleteMissing: true });
    // n3's row could not be read, but it names n3: n3 stays.
    expect(p.deletions).toEqual(['n2', 'n4', 'n5']);
    expect(p.keptMissing).toEqual(['n6', 'n7']);
    expect(importSummaryMessage(p, 'en')).toBe('0 notes changed, 0 new notes, 3 notes deleted, 1 unchanged, 1 row not imported');
    expect(importSummaryMessage(p, 'id')).toBe('0 catatan diubah, 0 catatan baru, 3 catatan dihapus, 1 tidak berubah, 1 baris tidak diimpor');
  });

  it('needs an Id column to know what is missing', () => {
    const p = plan(['Stage', 'Lane', 'Text'], [['Awareness', 'Actions', 'new']], { deleteMissing: true });
    expect(p.deletions).toEqual([]);
    expect(p.problems).toEqual([{ at: 1, reason: { code: 'no-id-column' } }]);
    expect(importProblemMessages(p, 'en')).toEqual(['row 1: the sheet has no Id column, so Jejak cannot tell which notes are missing from it; nothing was deleted']);
  });
});
