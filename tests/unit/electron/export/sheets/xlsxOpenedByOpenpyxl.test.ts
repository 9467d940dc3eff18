// The XLSX export opened by openpyxl (Debian's python3): six sheets in
// order with names in the export's language, frozen and filterable header
// rows, set column widths, due dates stored as dates, the action list by
// priority with the votes each action was made from, the emotion means per
// stage and persona, the metrics (fields and metrics lanes' notes), text
// (Indonesian, emoji, would-be formulas) stored as plain strings, private
// notes absent.
import { describe, expect, it } from 'vitest';
import { exportXlsx } from '../../../../../electron/export/xlsx';
import { mapForExport } from '../../../../../shared/export/mapForExport';
import type { JourneyMap, Note } from '../../../../../shared/format';
import { FORMULAS, hiddenLaneTexts, INDONESIAN_AND_EMOJI, python, sample, SAMPLES, SECRET, sheetOptions, trickyMap, writeTemp } from './support';

interface Sheet {
  name: string;
  freeze: string | null;
  filter: string | null;
  widths: Record<string, number | null>;
  rows: { value: unknown; type: string }[][];
}

const OPEN = `
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
def cell(c):
    v = c.value
    if isinstance(v, datetime.datetime): v = {'datetime': v.isoformat()}
    return {'value': v, 'type': c.data_type}
out = []
for ws in wb.worksheets:
    out.append({
        'name': ws.title,
        'freeze': ws.freeze_panes,
        'filter': ws.auto_filter.ref,
        'widths': {k: d.width for k, d in ws.column_dimensions.items()},
        'rows': [[cell(c) for c in row] for row in ws.iter_rows()],
    })
print(json.dumps(out))
`;

async function openXlsx(map: JourneyMap, language: 'en' | 'id', includeHidden = false): Promise<Sheet[]> {
  const path = writeTemp('map.xlsx', await exportXlsx(map, sheetOptions('xlsx', language, includeHidden)));
  return python<Sheet[]>(OPEN, path);
}

const values = (sheet: Sheet) => sheet.rows.map((row) => row.map((c) => c.value));

describe('XLSX opened by openpyxl', () => {
  it('has Notes, Actions, Personas, Stages, Emotions and Metrics in that order, named in the export language', async () => {
    expect((await openXlsx(sample(SAMPLES.en), 'en')).map((s) => s.name)).toEqual(['Notes', 'Actions', 'Personas', 'Stages', 'Emotions', 'Metrics']);
    expect((await openXlsx(sample(SAMPLES.id), 'id')).map((s) => s.name)).toEqual(['Catatan', 'Rencana tindakan', 'Persona', 'Tahap', 'Emosi', 'Metrik']);
  });

  it('freezes and filters every header row and sets column widths', async () => {
    const sheets = await openXlsx(sample(SAMPLES.en), 'en');
    for (const sheet of sheets) {
      expect(sheet.freeze, sheet.name).toBe('A2');
      expect(sheet.filter, sheet.name).toMatch(/^A1:[A-Z]+\d+$/);
      expect(Object.keys(sheet.widths).length, sheet.name).toBeGreaterThan(0);
      expect(sheet.rows[0]!.every((c) => c.type === 's' && typeof c.value === 'string' && c.value !== '')).toBe(true);
    }
    const notes = sheets[0]!;
    expect(notes.filter).toBe(`A1:P${notes.rows.length}`);
    expect(notes.widths.E).toBe(60);
    expect(notes.widths.A).toBeGreaterThan(10);
  });

  it('lists one row per note with numbers as numbers and due dates as real dates', async () => {
    const map = sample(SAMPLES.id);
    const [notes] = await openXlsx(map, 'id');
    expect(notes!.rows).toHaveLength(map.notes.length + 1);
    expect(values(notes!)[0]).toEqual(['Id', 'Tahap', 'Lajur', 'Jenis lajur', 'Teks', 'Emosi', 'Suara', 'Tag', 'Bukti', 'Sumber', 'Penanggung jawab', 'Prioritas', 'Tenggat', 'Nama metrik', 'Nilai metrik', 'Satuan metrik']);
    const due = map.notes.find((n) => n.due)!;
    const row = notes!.rows.find((r) => r[0]!.value === due.id)!;
    expect(row[12]).toEqual({ value: { datetime: `${due.due}T00:00:00` }, type: 'd' });
    const dueCells = notes!.rows.slice(1).map((r) => r[12]!).filter((c) => c.value !== null);
    expect(dueCells).toHaveLength(map.notes.filter((n) => n.due).length);
    expect(dueCells.every((c) => c.type === 'd')).toBe(true);
    const scored = map.notes.find((n) => n.emotion !== undefined)!;
    expect(notes!.rows.find((r) => r[0]!.value === scored.id)![5]).toEqual({ value: scored.emotion, type: 'n' });
    const metric = map.notes.find((n) => n.metric)!;
    expect(notes!.rows.find((r) => r[0]!.value === metric.id)![14]).toEqual({ value: metric.metric!.value, type: 'n' });
  });

  it('stores Indonesian text, emoji and would-be formulas as plain strings, never as formulas', async () => {
    const [notes, ...rest] = await openXlsx(trickyMap(), 'en');
    const text = (id: string) => notes!.rows.find((r) => r[0]!.value === id)![4]!;
    expect(text('nt-indo')).toEqual({ value: INDONESIAN_AND_EMOJI, type: 's' });
    // openpyxl reads a string cell "=SUM(1)" as a string; only a formula cell has type "f".
    FORMULAS.forEach((formula, i) => {
      const cell = text(`nt-formula-${i}`);
      expect(cell.type).toBe('s');
      // XML keeps no bare carriage return: a reader sees a line feed, the line break a spreadsheet shows.
      expect(cell.value).toBe(formula.startsWith('\r') ? `\n${formula.slice(1)}` : formula);
    });
    for (const sheet of [notes!, ...rest]) expect(sheet.rows.flat().some((c) => c.type === 'f')).toBe(false);
  });

  it('lists the actions high, medium, low, then no priority, with owner and due date', async () => {
    const map = sample(SAMPLES.en);
    const notes = map.notes.map((n, i) => (n.lane === 'ln-opportunities' ? { ...n, priority: (['low', 'high', undefined, 'medium'] as const)[i % 4] } : n));
    const [, actions] = await openXlsx({ ...map, notes: notes.map((n) => (n.priority === undefined ? (({ priority: _, ...rest }) => rest)(n) : n)) }, 'en');
    expect(values(actions!)[0]).toEqual(['Priority', 'Action', 'Stage', 'Lane', 'Owner', 'Due', 'Votes', 'Made from', 'Evidence', 'Id']);
    const priorities = actions!.rows.slice(1).map((r) => r[0]!.value);
    const rank = (p: unknown) => ['High', 'Medium', 'Low', null].indexOf(p as string | null);
    expect(priorities.map(rank)).toEqual([...priorities.map(rank)].sort((a, b) => a - b));
    expect(new Set(priorities)).toEqual(new Set(['High', 'Medium', 'Low', null]));
    const opportunities = map.notes.filter((n) => n.lane === 'ln-opportunities' || n.owner || n.due || n.priority);
    expect(actions!.rows).toHaveLength(opportunities.length + 1);
    const withDue = actions!.rows.slice(1).filter((r) => r[5]!.value !== null);
    expect(withDue.length).toBeGreaterThan(0);
    expect(withDue.every((r) => r[5]!.type === 'd')).toBe(true);
    // Within one priority, the earliest due date first.
    for (const p of ['High', 'Medium', 'Low']) {
      const dates = actions!.rows.slice(1).filter((r) => r[0]!.value === p && r[5]!.value !== null).map((r) => (r[5]!.value as { datetime: string }).datetime);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('gives each action the votes of the note it was made from, kept when that note’s votes are cleared or it is deleted', async () => {
    const map = sample(SAMPLES.en);
    const pain = map.notes.find((n) => n.lane === 'ln-pain-points' && (n.votes ?? 0) > 1)!;
    map.notes.push(
      { id: 'nt-made', lane: 'ln-opportunities', stage: pain.stage, text: 'Fix it', madeFrom: { note: pain.id, votes: 5 } },
      { id: 'nt-made-voted', lane: 'ln-opportunities', stage: pain.stage, text: 'Fix it twice', votes: 2, madeFrom: { note: 'nt-deleted', votes: 4 } },
    );
    // The room cleared its votes after the opportunities were made.
    pain.votes = 0;
    const [, actions] = await openXlsx(map, 'en');
    const [head, ...rows] = values(actions!);
    const row = (id: string) => rows.find((r) => r[head!.indexOf('Id')] === id)!;
    expect([row('nt-made')[head!.indexOf('Votes')], row('nt-made')[head!.indexOf('Made from')]]).toEqual([5, pain.text]);
    // Its own votes and those it came from; the note it came from is gone, its words with it.
    expect([row('nt-made-voted')[head!.indexOf('Votes')], row('nt-made-voted')[head!.indexOf('Made from')]]).toEqual([6, null]);
    // An action made from nothing shows its own votes, as before.
    const plain = map.notes.find((n) => n.lane === 'ln-opportunities' && !n.madeFrom)!;
    expect(row(plain.id)[head!.indexOf('Votes')]).toBe(plain.votes ?? 0);
  });

  it('lists the metrics: each metric field, then each note of a metrics lane as written, in the order of the wall', async () => {
    const map = trickyMap();
    const stage = map.stages[0]!.id;
    map.lanes.push({ id: 'ln-figures', kind: 'metrics', title: 'Target metrics' });
    map.notes.push(
      { id: 'nt-nps', lane: 'ln-figures', stage, text: 'NPS 40 by June', evidence: 'measured', source: 'Survey' },
      { id: 'nt-csat', lane: 'ln-figures', stage, text: 'Satisfaction', metric: { name: 'CSAT', value: 4.5, unit: '/5' } },
      { id: 'nt-blank', lane: 'ln-figures', stage, text: '   ' },
      { id: 'nt-private', lane: 'ln-figures', stage, text: `${SECRET} figure`, hidden: true },
    );
    const sheets = await openXlsx(map, 'en');
    const metrics = values(sheets[5]!);
    expect(metrics[0]).toEqual(['Metric', 'Value', 'Unit', 'Stage', 'Lane', 'Note', 'Evidence', 'Source', 'Id']);
    const stageTitle = map.stages[0]!.title;
    const added = new Set(['nt-nps', 'nt-csat', 'nt-blank', 'nt-private']);
    const ours = metrics.slice(1).filter((r) => added.has(r[8] as string));
    expect(ours).toEqual([
      ['Target metrics', 'NPS 40 by June', null, stageTitle, 'Target metrics', null, 'Measured', 'Survey', 'nt-nps'],
      ['CSAT', 4.5, '/5', stageTitle, 'Target metrics', 'Satisfaction', null, null, 'nt-csat'],
    ]);
    expect(sheets[5]!.rows.find((r) => r[8]!.value === 'nt-csat')![1]!.type).toBe('n');
  });

  it('puts the mean emotion per stage per persona in Emotions, to two decimals, blank where no score', async () => {
    const map = sample(SAMPLES.en);
    const notes: Note[] = map.notes.filter((n) => !(n.lane === 'ln-emotions-david' && n.stage === 'st-onboarding'));
    notes.push({ id: 'nt-third-a', lane: 'ln-emotions-maya', stage: 'st-awareness', text: 'a', emotion: 1 }, { id: 'nt-third-b', lane: 'ln-emotions-maya', stage: 'st-awareness', text: 'b', emotion: 2 });
    const edited = { ...map, notes };
    const sheets = await openXlsx(edited, 'en');
    const emotions = values(sheets[4]!);
    expect(emotions[0]).toEqual(['Stage', 'Maya Chen', 'David Okafor']);
    expect(emotions.slice(1).map((r) => r[0])).toEqual(map.stages.map((s) => s.title));
    const mean = (lane: string, stage: string) => {
      const scores = notes.filter((n) => n.lane === lane && n.stage === stage && n.emotion !== undefined).map((n): number => n.emotion!);
      return scores.length === 0 ? null : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
    };
    map.stages.forEach((stage, i) => {
      expect(emotions[i + 1]![1]).toBe(mean('ln-emotions-maya', stage.id));
      expect(emotions[i + 1]![2]).toBe(mean('ln-emotions-david', stage.id));
    });
    expect(emotions[map.stages.findIndex((s) => s.id === 'st-onboarding') + 1]![2]).toBeNull();
    // Awareness for Maya now has a mean that needs the rounding.
    expect(String(emotions[1]![1]).replace(/^-/, '').split('.')[1]?.length ?? 0).toBeLessThanOrEqual(2);
  });

  it('lists personas and stages', async () => {
    const map = sample(SAMPLES.id);
    const sheets = await openXlsx(map, 'id');
    const personas = values(sheets[2]!);
    expect(personas[0]!.slice(0, 4)).toEqual(['Nama', 'Peran', 'Usia', 'Persona utama']);
    expect(personas.slice(1).map((r) => r[0])).toEqual(map.personas.map((p) => p.name));
    const stages = values(sheets[3]!);
    expect(stages[0]).toEqual(['No.', 'Tahap', 'Catatan', 'Tertutup (belum dibuka)', 'Poin hambatan', 'Peluang', 'Asumsi', 'Rata-rata emosi', 'Id']);
    expect(stages.slice(1).map((r) => r[1])).toEqual(map.stages.map((s) => s.title));
    expect(stages.slice(1).map((r) => r[2])).toEqual(map.stages.map((s) => map.notes.filter((n) => n.stage === s.id).length));
  });

  it('leaves out hidden notes and hidden lanes in every sheet, unless asked to include them', async () => {
    const map = trickyMap();
    map.notes.push({ id: 'nt-secret-action', lane: 'ln-opportunities', stage: 'st-awareness', text: `${SECRET} action`, owner: 'Rina', hidden: true });
    const everything = JSON.stringify(await openXlsx(map, 'en'));
    expect(everything).not.toContain(SECRET);
    for (const hidden of hiddenLaneTexts(map)) expect(everything).not.toContain(JSON.stringify(hidden).slice(1, -1));
    expect((await openXlsx(map, 'en'))[0]!.rows).toHaveLength(mapForExport(map, false).notes.length + 1);
    // The Stages sheet counts the face-down notes of shown lanes per stage, as the board shows their cards.
    const stages = values((await openXlsx(map, 'en'))[3]!);
    const column = stages[0]!.indexOf('Face down (not revealed)');
    const faceDown = map.notes.filter((n) => n.hidden && !map.lanes.find((l) => l.id === n.lane)!.hidden);
    expect(faceDown.length).toBeGreaterThan(0);
    expect(stages.slice(1).map((r) => r[column])).toEqual(map.stages.map((s) => faceDown.filter((n) => n.stage === s.id).length));
    const shown = await openXlsx(map, 'en', true);
    expect(shown[0]!.rows).toHaveLength(map.notes.length + 1);
    expect(JSON.stringify(shown)).toContain(SECRET);
    expect(values(shown[3]!).slice(1).every((r) => r[column] === 0)).toBe(true);
  });
});
