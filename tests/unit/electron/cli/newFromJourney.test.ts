// jejak new --template JOURNEY: a map of one of the journeys teams start
// from, with its stages and example notes, that validate accepts; `jejak
// help new` lists the journeys; --type and --template exclude each other.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOURNEYS } from '../../../../shared/templates';
import { CONTENT_LANGUAGES, EXAMPLE_TAG, JOURNEY_IDS } from '../../../../shared/templates/types';
import { EXIT, jejak, lines, workspace, type Workspace } from './support/jejak';

let ws: Workspace;
beforeEach(() => {
  ws = workspace();
});
afterEach(() => {
  expect(ws.temporaries()).toEqual([]);
  ws.remove();
});

function run(args: string[], env?: Record<string, string>) {
  return jejak(['new', ...args], { cwd: ws.dir, env });
}

interface NewMap {
  title: string;
  type: string;
  locale: string;
  stages: { id: string; title: string }[];
  lanes: { id: string; kind: string; title: string }[];
  notes: { lane: string; stage: string; text: string; emotion?: number; tags?: string[] }[];
}

const read = (name: string) => JSON.parse(ws.bytes(name).toString('utf8')) as NewMap;

const CASES = JOURNEY_IDS.flatMap((journey) => CONTENT_LANGUAGES.map((locale) => [journey, locale] as const));

describe('jejak new --template', () => {
  it.each(CASES)('%s in %s: its stages and example notes, in a map validate accepts', (journey, locale) => {
    const file = `${journey}.${locale}.cjm`;
    const result = run(['--template', journey, '--locale', locale, '--out', file]);
    expect(result.status).toBe(EXIT.ok);
    expect(result.stderr).toBe('');
    const template = JOURNEYS[journey];
    const typeName = template.type === 'service-blueprint' ? 'Service blueprint' : 'Current state';
    expect(lines(result.stdout)).toEqual([`${file}: new ${typeName} map created from the journey "${template.name.en}", with example notes`]);
    expect(ws.files()).toEqual([file]);

    const validated = jejak(['validate', file], { cwd: ws.dir });
    expect(validated.status).toBe(EXIT.ok);
    expect(lines(validated.stderr)[0]).toBe(`${file}: valid`);
    expect(jejak(['fmt', '--check', file], { cwd: ws.dir }).status).toBe(EXIT.ok);

    const map = read(file);
    expect(map).toMatchObject({ type: template.type, locale, title: template.defaultTitle[locale] });
    expect(map.stages.map((s) => s.title)).toEqual(template.stages.map((s) => s.title[locale]));
    expect(map.notes.map((n) => n.text)).toEqual(template.notes.map((n) => n.text[locale]));
    expect(new Set(map.notes.flatMap((n) => n.tags ?? []))).toEqual(new Set([EXAMPLE_TAG[locale]]));

    // info reads the curve the example emotions draw, a mark per stage.
    const info = jejak(['info', file], { cwd: ws.dir });
    expect(info.status).toBe(EXIT.ok);
    for (const stage of map.stages) expect(info.stdout).toContain(stage.title);
  });

  it('takes --title, and says what it made in Indonesian', () => {
    const result = run(['--template', 'service-counter', '--locale', 'id', '--title', 'Perpanjangan paspor, Kanim Jakarta Selatan', '--out', 'paspor.cjm', '--lang', 'id']);
    expect(result.status).toBe(EXIT.ok);
    expect(lines(result.stdout)).toEqual(['paspor.cjm: peta baru dibuat dari perjalanan "Loket layanan publik", lengkap dengan catatan contoh (jenis: Cetak biru layanan)']);
    expect(read('paspor.cjm').title).toBe('Perpanjangan paspor, Kanim Jakarta Selatan');
  });

  it('--json: file, id, type, the template, locale, title', () => {
    const result = run(['--template', 'hotel-stay', '--locale', 'en', '--out', 'hotel.cjm', '--json']);
    expect(result.status).toBe(EXIT.ok);
    const map = JSON.parse(ws.bytes('hotel.cjm').toString('utf8')) as { id: string };
    expect(result.json()).toEqual({ file: 'hotel.cjm', id: map.id, type: 'service-blueprint', template: 'hotel-stay', locale: 'en', title: 'Hotel stay: service blueprint' });
  });
});

describe('jejak help new lists the journeys', () => {
  it.each(CONTENT_LANGUAGES)('in %s, each by its name on the line of its id', (language) => {
    const help = jejak(['help', 'new', '--lang', language]);
    expect(help.status).toBe(EXIT.ok);
    const printed = lines(help.stdout);
    for (const journey of JOURNEY_IDS) {
      expect(printed.some((line) => line.trim() === `${journey}${' '.repeat(19 - journey.length)}${JOURNEYS[journey].name[language]}`), journey).toBe(true);
    }
    expect(help.stdout).toContain(language === 'en' ? 'example notes (tagged "example", "contoh" in Indonesian)' : 'catatan contoh (bertag "contoh"; "example" di peta berbahasa Inggris)');
  });
});

describe('jejak new takes --type or --template, one of them', () => {
  it.each([
    [['--type', 'current-state', '--template', 'ekyc', '--locale', 'en', '--out', 'x.cjm'], 'jejak: use either --type or --template, not both (one of them is needed).'],
    [['--locale', 'en', '--out', 'x.cjm'], 'jejak: use either --type or --template, not both (one of them is needed).'],
    [['--template', 'bank', '--locale', 'en', '--out', 'x.cjm'], 'jejak: --template cannot be "bank"; use one of: ekyc, hotel-stay, checkout-delivery, service-counter.'],
    [['--template', 'ekyc', '--out', 'x.cjm'], 'jejak: --locale cannot be ""; use one of: en, id.'],
  ])('%j is wrong usage: exit 64, the help, nothing written', (args, message) => {
    const result = run(args);
    expect(result.status).toBe(EXIT.usage);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)[0]).toBe(message);
    expect(result.stderr).toContain('jejak new (--type TYPE | --template JOURNEY)');
    expect(ws.files()).toEqual([]);
  });

  it('an existing file is refused as for --type, and replaced with --force', () => {
    expect(run(['--template', 'ekyc', '--locale', 'en', '--out', 'map.cjm']).status).toBe(EXIT.ok);
    const before = ws.snapshot();
    expect(run(['--template', 'checkout-delivery', '--locale', 'id', '--out', 'map.cjm']).status).toBe(EXIT.fatal);
    expect(ws.snapshot()).toEqual(before);
    expect(run(['--template', 'checkout-delivery', '--locale', 'id', '--out', 'map.cjm', '--force']).status).toBe(EXIT.ok);
    expect(read('map.cjm').stages[0]!.title).toBe('Keranjang');
  });
});
