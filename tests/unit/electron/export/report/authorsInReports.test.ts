// Who wrote a note in the HTML and Markdown reports: "Written by NAME" under
// a pain point or an action a participant wrote, in the report's language,
// escaped like every text; nothing of the kind once authors are left out,
// and no name anywhere in the report.
import { describe, expect, it } from 'vitest';
import { runExport } from '../../../../../electron/export/runExport';
import { defaultExportOptions } from '../../../../../shared/export/options';
import type { JourneyMap } from '../../../../../shared/format';
import type { Language } from '../../../../../shared/i18n/languages';
import { craftedMap, NOW } from './support/reportMaps';

const PAIN_AUTHOR = 'Dewi <b>';
const ACTION_AUTHOR = 'Rina_*';

/** The crafted map with the 4-vote pain point and the action owned by Budi written from phones. */
function authoredMap(): JourneyMap {
  const map = craftedMap();
  return { ...map, notes: map.notes.map((n) => (n.id === 'n3' ? { ...n, author: PAIN_AUTHOR } : n.id === 'n5' ? { ...n, author: ACTION_AUTHOR } : n)) };
}

async function report(format: 'html' | 'md', language: Language, leaveAuthorsOut: boolean): Promise<string> {
  const output = await runExport(authoredMap(), { ...defaultExportOptions(format, language, NOW), scale: 1, leaveAuthorsOut }, `report.${format}`);
  return new TextDecoder().decode(output.files[0]!.bytes);
}

/** The part of an HTML report from one section's start to the next. */
function htmlSection(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  expect(start).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</section>', start));
}

/** The part of a Markdown report under one heading. */
function mdSection(md: string, heading: string): string {
  const start = md.indexOf(`## ${heading}`);
  expect(start).toBeGreaterThanOrEqual(0);
  const next = md.indexOf('\n## ', start + 3);
  return md.slice(start, next < 0 ? undefined : next);
}

describe('HTML report', () => {
  it.each([
    ['en', 'Written by'],
    ['id', 'Ditulis oleh'],
  ] as const)('in %s names the writer under the pain point and the action, escaped', async (language, words) => {
    const html = await report('html', language, false);
    const pain = htmlSection(html, 'pain-points');
    expect(pain).toContain(`<span class="written-by">${words} Dewi &lt;b&gt;</span>`);
    expect(pain.match(new RegExp(words, 'g'))).toHaveLength(1);
    const actions = htmlSection(html, 'actions');
    // The author first, then what the action was made from.
    expect(actions).toMatch(new RegExp(`Pre-check-in online<br><span class="written-by">${words} Rina_\\*</span><br><span class="made-from">`));
  });

  it('with authors left out names no one', async () => {
    const html = await report('html', 'en', true);
    expect(html).not.toContain('Written by');
    expect(html).not.toContain('Dewi');
    expect(html).not.toContain('Rina');
    expect(htmlSection(html, 'pain-points')).toContain('Baris satu');
  });
});

describe('Markdown report', () => {
  it('names the writer in italics after the note, its Markdown escaped', async () => {
    const md = await report('md', 'en', false);
    expect(mdSection(md, 'Pain points by votes')).toContain('Baris satu<br>Baris dua *Written by Dewi &lt;b>*');
    expect(mdSection(md, 'Actions')).toContain('Pre-check-in online *Written by Rina\\_\\**');
  });

  it('with authors left out names no one', async () => {
    const md = await report('md', 'id', true);
    expect(md).not.toContain('Ditulis oleh');
    expect(md).not.toContain('Dewi');
    expect(md).not.toContain('Rina');
  });
});
