// The PDF draws text exactly as wide as shared/layout measured it (Inter
// with no kerning), and hands the characters Inter lacks to Noto Emoji.
import { expect, it } from 'vitest';
import { prepareExport } from '../../../../../shared/export/sceneForExport';
import { advanceOf, fontTable, measureText } from '../../../../../shared/layout/textMetrics';
import { openDocument } from '../../../../../electron/export/pdf/pdfDocument';
import { coverageOf, interName, PDF_FONT, pdfFontSources } from '../../../../../electron/export/pdf/pdfFonts';
import { textRuns } from '../../../../../electron/export/pdf/textRuns';
import { sample, NOW } from './poppler';

const sources = pdfFontSources();
const inter = coverageOf(sources[PDF_FONT.inter400]);
const emoji = coverageOf(sources[PDF_FONT.emoji]);
const zeroWidth = (cp: number) => advanceOf(fontTable(400), cp) === 0;

it('draws every line of both samples exactly as wide as the layout measured it', () => {
  const { ctx } = openDocument({ title: 't', lang: 'en', now: NOW, assets: undefined, bufferPages: false });
  ctx.doc.addPage({ size: [100, 100], margin: 0 });
  for (const name of ['b2b-software-purchase.en', 'hotel-check-in.id'] as const) {
    const { scene } = prepareExport(sample(name), false);
    const lines = scene.notes.flatMap((n) => n.lines.map((text) => ({ text, font: n.font })));
    const headers = [...scene.stageHeaders, ...scene.laneHeaders].flatMap((item) => (item.type === 'text' ? [{ text: item.text, font: item.font }] : []));
    expect(lines.length + headers.length).toBeGreaterThan(200);
    for (const { text, font } of [...lines, ...headers]) {
      const drawn = ctx.doc.font(interName(font.weight), font.size).widthOfString(text);
      expect(Math.abs(drawn - measureText(text, font)), text).toBeLessThan(1e-6);
    }
  }
});

it('keeps plain text in one Inter run', () => {
  expect(textRuns('Antrean 10–20 menit, café −2 ●', inter, emoji, zeroWidth)).toEqual([{ text: 'Antrean 10–20 menit, café −2 ●', emoji: false }]);
});

it('gives emoji, their joiners, skin tones and variation selectors to Noto Emoji, spaces to Inter', () => {
  expect(textRuns('Senang 😀👍🏽 lagi 👨‍👩‍👧 ❤️ 🇮🇩!', inter, emoji, zeroWidth)).toEqual([
    { text: 'Senang ', emoji: false },
    { text: '😀👍🏽', emoji: true },
    { text: ' lagi ', emoji: false },
    { text: '👨‍👩‍👧', emoji: true },
    { text: ' ', emoji: false },
    { text: '❤️', emoji: true },
    { text: ' ', emoji: false },
    { text: '🇮🇩', emoji: true },
    { text: '!', emoji: false },
  ]);
});

it('leaves out invisible characters no font has, rather than drawing boxes', () => {
  expect(textRuns('co\u00ADoperate\u2066x', inter, emoji, zeroWidth)).toEqual([{ text: 'cooperatex', emoji: false }]);
});
