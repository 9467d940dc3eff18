// A paper wall typed up after the workshop: one note per line, a stage's
// name on its own line switches stage, bullets are typing. Tried with both
// samples' stage names (English and Indonesian), applied as one undo step.
import { describe, expect, it } from 'vitest';
import { readCjm, writeCjm, type JourneyMap } from '../../../../shared/format';
import { History } from '../../../../shared/history/history';
import { importProblemMessages, parsePlainList } from '../../../../shared/import';
import { ops } from '../../../../shared/ops';
import { sample, SAMPLES } from '../../electron/export/sheets/support';
import { counter, smallMap } from './support';

function cellTexts(map: JourneyMap, stage: string, lane: string): string[] {
  return map.notes.filter((n) => n.stage === stage && n.lane === lane).map((n) => n.text);
}

describe.each([SAMPLES.en, SAMPLES.id])('a typed-up wall for %s', (file) => {
  it('puts each line under its stage, marked however people mark headings', () => {
    const map = sample(file);
    const [a, b, c, d, e, f] = map.stages.map((s) => s.title);
    // Headings as people type them: plain, upper case, with a colon, as a Markdown heading, in bold.
    const list = [
      a,
      '- Lihat iklan Instagram 📱',
      '* Tanya teman lewat WhatsApp',
      '',
      `${b!.toUpperCase()}:`,
      '• Membandingkan tiga vendor',
      '1. Unduh whitepaper',
      '2) Minta harga, "hubungi sales"',
      `# ${c}`,
      'Menunggu persetujuan direktur 😩',
      `## ${d} ##`,
      '   indented note   ',
      `**${e}**`,
      '3.5% drop-off at the form',
      f!,
    ].join('\r\n');
    const plan = parsePlainList(list, map, { newId: counter() });
    expect(plan.problems).toEqual([]);
    const lane = map.lanes.find((l) => !l.hidden && !l.locked)!.id;
    const by = (i: number) => plan.additions.filter((x) => x.note.stage === map.stages[i]!.id).map((x) => x.note.text);
    expect(by(0)).toEqual(['Lihat iklan Instagram 📱', 'Tanya teman lewat WhatsApp']);
    expect(by(1)).toEqual(['Membandingkan tiga vendor', 'Unduh whitepaper', 'Minta harga, "hubungi sales"']);
    expect(by(2)).toEqual(['Menunggu persetujuan direktur 😩']);
    expect(by(3)).toEqual(['indented note']);
    expect(by(4)).toEqual(['3.5% drop-off at the form']);
    expect(by(5)).toEqual([]);
    expect(plan.additions.every((x) => x.note.lane === lane)).toBe(true);
    expect(plan.additions.map((x) => x.at)).toEqual([2, 3, 6, 7, 8, 10, 12, 14]);

    const history = new History(map);
    const before = writeCjm(map);
    expect(history.apply(ops.importNotes, { plan })).toEqual({ ok: true, value: { updated: 0, added: 8, deleted: 0 } });
    expect(history.depth).toBe(1);
    const read = readCjm(writeCjm(history.current));
    expect(read.ok && read.repairs).toEqual([]);
    // New notes go after the notes already in their cell.
    const first = cellTexts(history.current, map.stages[0]!.id, lane);
    expect(first.slice(-2)).toEqual(['Lihat iklan Instagram 📱', 'Tanya teman lewat WhatsApp']);
    expect(first.slice(0, -2)).toEqual(cellTexts(map, map.stages[0]!.id, lane));
    history.undo();
    expect(writeCjm(history.current)).toBe(before);
  });
});

describe('a plain list', () => {
  it('puts lines before any stage name in the first stage, or the stage the caller names, in the lane the caller names', () => {
    const map = smallMap();
    expect(parsePlainList('one\ntwo', map, { newId: counter() }).additions.map((a) => [a.note.stage, a.note.lane, a.note.text])).toEqual([
      ['st-awareness', 'ln-actions', 'one'],
      ['st-awareness', 'ln-actions', 'two'],
    ]);
    const chosen = parsePlainList('one\nRetention\ntwo', map, { stage: 'st-purchase', lane: 'ln-opportunities', newId: counter() });
    expect(chosen.additions.map((a) => [a.note.stage, a.note.lane])).toEqual([
      ['st-purchase', 'ln-opportunities'],
      ['st-retention', 'ln-opportunities'],
    ]);
  });

  it('lists a "#" heading that names no stage, with the lines under it, instead of filing them elsewhere', () => {
    const plan = parsePlainList('# Awareness\na\n# Onboarding\nb\nc\n# Retention\nd', smallMap(), { newId: counter() });
    expect(plan.additions.map((a) => a.note.text)).toEqual(['a', 'd']);
    expect(importProblemMessages(plan, 'en')).toEqual(["line 3: no stage is called 'Onboarding'; the 2 lines under it were not imported"]);
    expect(importProblemMessages(plan, 'id')).toEqual(["baris 3: tidak ada tahap bernama 'Onboarding'; 2 baris di bawahnya tidak diimpor"]);
  });

  it('treats an unmarked line that is no stage as a note, and skips blank lines and bare bullets', () => {
    const plan = parsePlainList('Onboarding:\n\n- \n   \n*\n1.', smallMap(), { newId: counter() });
    expect(plan.additions.map((a) => a.note.text)).toEqual(['Onboarding:']);
  });

  it('refuses a locked lane, and a line longer than a note can be', () => {
    expect(parsePlainList('x', smallMap(), { lane: 'ln-pain-points' }).problems).toEqual([{ at: 0, reason: { code: 'lane-locked', lane: 'Pain points' } }]);
    const long = parsePlainList(`ok\n${'x'.repeat(10_001)}`, smallMap(), { newId: counter() });
    expect(long.additions).toHaveLength(1);
    expect(importProblemMessages(long, 'en')).toEqual(['line 2: text must be at most 10,000 characters, found a text of 10,001 characters']);
  });

  it('says so when every lane is hidden or locked', () => {
    const map = smallMap();
    map.lanes = map.lanes.map((l) => ({ ...l, locked: true }));
    expect(importProblemMessages(parsePlainList('x', map), 'en')).toEqual(['every lane is hidden or locked, so there is no lane to put the notes in']);
  });
});
