// jejak info FILE: title, type, locale, counts, the emotion per stage as a
// small text curve, the review date and whether it has passed; --json too.
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT, jejak, lines, workspace, type Workspace } from './support/jejak';

let ws: Workspace;
beforeEach(() => {
  ws = workspace();
});
afterEach(() => ws.remove());

function run(args: string[], env?: Record<string, string>) {
  const before = ws.snapshot();
  const result = jejak(['info', ...args], { cwd: ws.dir, env });
  expect(ws.snapshot()).toEqual(before);
  return result;
}

/** small.cjm with its review date changed (or removed, with null). */
function withReviewBy(name: string, reviewBy: string | null): void {
  const text = ws.bytes('small.cjm').toString('utf8');
  writeFileSync(ws.path(name), text.replace('  "reviewBy": "2020-01-31",\n', reviewBy === null ? '' : `  "reviewBy": "${reviewBy}",\n`));
}

/** Whether a review date has passed today, by the local calendar as the command reads it. */
function overdue(reviewBy: string): boolean {
  return reviewBy < today();
}

function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** A curve row: the stage, a scale from -2 to +2 with one dot (or none), the value. */
const CURVE_ROW = /^ {2}\S.* {2}-2 [·┆●]{17} \+2 {2}(?:[+− ]\d\.\d|no score|belum ada nilai)$/;

describe('jejak info', () => {
  it('the small map, exactly (English)', () => {
    ws.copy('small.cjm');
    const result = run(['small.cjm']);
    expect(result.status).toBe(EXIT.ok);
    expect(result.stderr).toBe('');
    expect(lines(result.stdout)).toEqual([
      'Title: Renewing a library card',
      'Type: Current state (current-state)',
      'Language: en',
      '1 persona, 3 stages, 2 lanes, 4 notes, 5 votes',
      'Review by: 2020-01-31 (overdue)',
      '',
      'Emotion per stage ("Feelings"), mean from -2 to +2:',
      '  Online form  -2 ······●·┆········ +2  −0.5',
      '  At the desk  -2 ················· +2  no score',
      '  Back home    -2 ········┆·······● +2  +2.0',
    ]);
  });

  it('the small map in Indonesian, by --lang and by LANG', () => {
    ws.copy('small.cjm');
    for (const result of [run(['small.cjm', '--lang', 'id']), run(['small.cjm'], { LANG: 'id_ID.UTF-8' })]) {
      expect(result.status).toBe(EXIT.ok);
      expect(lines(result.stdout)).toEqual([
        'Judul: Renewing a library card',
        'Jenis: Kondisi saat ini (current-state)',
        'Bahasa: en',
        '1 persona, 3 tahap, 2 lajur, 4 catatan, 5 suara',
        'Tinjau paling lambat: 2020-01-31 (sudah lewat)',
        '',
        'Emosi per tahap ("Feelings"), rata-rata dari -2 sampai +2:',
        '  Online form  -2 ······●·┆········ +2  −0.5',
        '  At the desk  -2 ················· +2  belum ada nilai',
        '  Back home    -2 ········┆·······● +2  +2.0',
      ]);
    }
  });

  it('a review date in the future is not yet due; none at all is said so', () => {
    ws.copy('small.cjm');
    withReviewBy('future.cjm', '2999-12-31');
    withReviewBy('none.cjm', null);
    expect(lines(run(['future.cjm']).stdout)[4]).toBe('Review by: 2999-12-31 (not yet due)');
    expect(lines(run(['future.cjm', '--lang', 'id']).stdout)[4]).toBe('Tinjau paling lambat: 2999-12-31 (belum jatuh tempo)');
    expect(lines(run(['none.cjm']).stdout)[4]).toBe('Review by: no review date set');
    expect(lines(run(['none.cjm', '--lang', 'id']).stdout)[4]).toBe('Tinjau paling lambat: belum ada tanggal tinjauan');

    const past = run(['small.cjm', '--json']).json() as { reviewBy: string | null; overdue: boolean };
    const future = run(['future.cjm', '--json']).json() as { reviewBy: string | null; overdue: boolean };
    const none = run(['none.cjm', '--json']).json() as { reviewBy: string | null; overdue: boolean };
    expect(past).toMatchObject({ reviewBy: '2020-01-31', overdue: true });
    expect(future).toMatchObject({ reviewBy: '2999-12-31', overdue: false });
    expect(none).toMatchObject({ reviewBy: null, overdue: false });
  });

  it('a review date of today is not yet overdue', () => {
    ws.copy('small.cjm');
    withReviewBy('today.cjm', today());
    expect(lines(run(['today.cjm']).stdout)[4]).toBe(`Review by: ${today()} (not yet due)`);
  });

  it('the English sample: counts, review date, one curve per persona', () => {
    ws.copy('samples/b2b-software-purchase.en.cjm');
    const result = run(['b2b-software-purchase.en.cjm']);
    expect(result.status).toBe(EXIT.ok);
    const out = lines(result.stdout);
    expect(out.slice(0, 4)).toEqual([
      'Title: Buying spend-management software: procurement manager at a logistics firm',
      'Type: Current state (current-state)',
      'Language: en',
      '2 personas, 6 stages, 13 lanes, 104 notes, 51 votes',
    ]);
    expect(out[4]).toBe(`Review by: 2027-04-15 (${overdue('2027-04-15') ? 'overdue' : 'not yet due'})`);
    expect(out).toContain('Emotion per stage ("Emotions: Maya", Maya Chen), mean from -2 to +2:');
    expect(out).toContain('Emotion per stage ("Emotions: David", David Okafor), mean from -2 to +2:');
    expect(out).toContain('  Decision & approval  -2 ●·······┆········ +2  −2.0');
    expect(out).toContain('  Advocacy             -2 ········┆·······● +2  +2.0');
    expect(out.filter((l) => CURVE_ROW.test(l))).toHaveLength(12);
  });

  it('the Indonesian sample, in Indonesian', () => {
    ws.copy('samples/hotel-check-in.id.cjm');
    const result = run(['hotel-check-in.id.cjm'], { LANG: 'id_ID.UTF-8' });
    expect(result.status).toBe(EXIT.ok);
    const out = lines(result.stdout);
    expect(out.slice(0, 4)).toEqual([
      'Judul: Check-in tamu Hotel Arunika Yogyakarta: cetak biru layanan',
      'Jenis: Cetak biru layanan (service-blueprint)',
      'Bahasa: id',
      '2 persona, 6 tahap, 13 lajur, 105 catatan, 60 suara',
    ]);
    expect(out[4]).toBe(`Tinjau paling lambat: 2027-02-26 (${overdue('2027-02-26') ? 'sudah lewat' : 'belum jatuh tempo'})`);
    expect(out).toContain('Emosi per tahap ("Emosi: Andi", Andi Pratama), rata-rata dari -2 sampai +2:');
    expect(out).toContain('Emosi per tahap ("Emosi: Sari", Sari Wulandari), rata-rata dari -2 sampai +2:');
    expect(out).toContain('  Lobi & check-in      -2 ●·······┆········ +2  −2.0');
    expect(out.filter((l) => CURVE_ROW.test(l))).toHaveLength(12);
  });

  it('--json: the whole summary, on stdout only', () => {
    ws.copy('small.cjm');
    const result = run(['small.cjm', '--json']);
    expect(result.status).toBe(EXIT.ok);
    expect(result.stderr).toBe('');
    expect(result.json()).toEqual({
      file: 'small.cjm',
      title: 'Renewing a library card',
      type: 'current-state',
      locale: 'en',
      counts: { personas: 1, stages: 3, lanes: 2, notes: 4, votes: 5 },
      reviewBy: '2020-01-31',
      overdue: true,
      emotion: [
        {
          lane: 'ln-emotions',
          title: 'Feelings',
          persona: null,
          stages: [
            { stage: 'st-online', title: 'Online form', mean: -0.5, notes: 2 },
            { stage: 'st-desk', title: 'At the desk', mean: null, notes: 0 },
            { stage: 'st-home', title: 'Back home', mean: 2, notes: 1 },
          ],
        },
      ],
      repairs: [],
      pictures: [],
    });
  });

  it('--json on a sample names each curve\'s persona', () => {
    ws.copy('samples/hotel-check-in.id.cjm');
    const report = run(['hotel-check-in.id.cjm', '--json']).json() as { emotion: { persona: string | null; stages: unknown[] }[] };
    expect(report.emotion).toHaveLength(2);
    expect(report.emotion.every((c) => typeof c.persona === 'string' && c.stages.length === 6)).toBe(true);
  });

  it('a repairable map is summarised as read, with the repair hint on stderr, exit 1', () => {
    ws.copy('repairable.cjm');
    const result = run(['repairable.cjm']);
    expect(result.status).toBe(EXIT.repairable);
    expect(lines(result.stdout)[0]).toBe('Title: Needs repair');
    expect(lines(result.stdout)).toContain('No emotions lane.');
    expect(lines(result.stderr)).toEqual(['', 'repairable.cjm: 4 problems, all repairable', 'to repair: jejak repair repairable.cjm --out REPAIRED.cjm']);
    const json = run(['repairable.cjm', '--json']);
    expect(json.status).toBe(EXIT.repairable);
    expect((json.json() as { repairs: unknown[] }).repairs).toHaveLength(4);
  });

  it('a fatal map: its problems on stderr, nothing on stdout, exit 2', () => {
    ws.copy('fatal.cjm');
    const result = run(['fatal.cjm']);
    expect(result.status).toBe(EXIT.fatal);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual(['fatal.cjm: cannot be opened, 1 problem', 'notes[0].votes: expected an integer from 0 to 9,999, found "many"']);
    const json = run(['fatal.cjm', '--json']);
    expect(json.status).toBe(EXIT.fatal);
    expect(json.json()).toMatchObject({ file: 'fatal.cjm', status: 'fatal', problems: [{ path: 'notes[0].votes' }] });
  });

  it('a missing file or folder, exit 2', () => {
    const missing = run(['missing.cjm']);
    expect(missing.status).toBe(EXIT.fatal);
    expect(missing.stdout).toBe('');
    expect(lines(missing.stderr)).toEqual(['missing.cjm: there is no such file; check the name and the folder']);
    expect(lines(run(['missing.cjm', '--lang', 'id']).stderr)).toEqual(['missing.cjm: berkas tidak ditemukan; periksa nama dan foldernya']);
    const folder = run(['gone/map.cjm', '--json']);
    expect(folder.status).toBe(EXIT.fatal);
    expect(folder.json()).toMatchObject({ status: 'error', error: { code: 'folder-unreachable', path: 'gone/map.cjm' } });
  });
});
