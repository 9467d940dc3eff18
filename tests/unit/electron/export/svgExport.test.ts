// The SVG export: one self-contained file (fonts inside and subsetted, images
// as data URLs, no script, no reference to anything outside), well-formed
// whatever the map's text holds, every stage title and note line present as
// text, Indonesian and emoji drawn, private notes and hidden lanes absent,
// and the exported map carried in its metadata.
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { prepareExport, flatSceneItems } from '../../../../shared/export/sceneForExport';
import { writeCjm } from '../../../../shared/format/writer';
import { embeddedMapOf } from '../../../../electron/export/embeddedMap';
import { exportSvg } from '../../../../electron/export/svg';
import { EXPORT_FONTS, fontBytes } from '../../../../electron/export/fonts';
import {
  EMOJI_NOTE,
  FONT_FILES,
  HIDDEN_LANE_NOTE,
  HIDDEN_LANE_TITLE,
  HIDDEN_NOTE,
  MARKUP_NOTE,
  pictureMap,
  readMap,
  renderSvg,
  sample,
  SAMPLE_FILES,
  spanOf,
  svgTexts,
  textItem,
  inkIn,
  hex,
  pixel,
  differingPixels,
} from './pictureMaps';

const fontFaces = (svg: string) =>
  [...svg.matchAll(/@font-face\{font-family:"([^"]+)";font-style:normal;font-weight:([^;]+);src:url\("data:font\/woff2;base64,([A-Za-z0-9+/=]+)"\)/g)].map((m) => ({
    family: m[1]!,
    weight: m[2]!,
    bytes: Buffer.from(m[3]!, 'base64'),
  }));

describe('the SVG export', () => {
  it.each(SAMPLE_FILES)('%s: well-formed, self-contained, every stage title and note line drawn as text', async (file) => {
    const prepared = prepareExport(sample(file), false);
    const svg = await exportSvg(prepared, { embedMap: true });
    // resvg's XML parser is strict: a stray "&" or "<" fails here.
    const drawn = renderSvg(svg);
    expect([drawn.width, drawn.height]).toEqual([prepared.scene.width, prepared.scene.height]);
    expect(svg).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(`width="${prepared.scene.width}" height="${prepared.scene.height}" viewBox="0 0 ${prepared.scene.width} ${prepared.scene.height}"`);

    // Nothing that runs, nothing that loads.
    expect(svg).not.toMatch(/<script|<foreignObject|<iframe|<use\b|\son[a-z]+\s*=|javascript:/i);
    const references = [...svg.matchAll(/(?:xlink:)?href\s*=\s*"([^"]*)"/g)].map((m) => m[1]!);
    for (const ref of references) expect(ref).toMatch(/^data:image\/(png|jpeg|webp);base64,/);
    const urls = [...svg.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]!);
    for (const url of urls) expect(url).toMatch(/^(#d\d+|"data:font\/woff2;base64,[A-Za-z0-9+/=]+")$/);
    expect(svg).not.toMatch(/(https?|file|ftp):\/\/(?!www\.w3\.org\/(2000\/svg|1999\/xlink)")/);
    expect(svg).not.toMatch(/@import/);

    const texts = new Set(svgTexts(svg));
    for (const column of prepared.layout.columns) expect(texts, column.stage.title).toContain(column.stage.title);
    for (const note of prepared.scene.notes) for (const line of note.lines) if (line.trim()) expect(texts, `note ${note.id}`).toContain(line);
    // Every text item of the scene, and nothing else.
    const sceneTexts = flatSceneItems(prepared.scene).filter((i) => i.type === 'text' && i.text.trim() !== '');
    expect(svgTexts(svg)).toHaveLength(sceneTexts.length);
  });

  it('draws with kerning off, as the layout measures and the board draws', async () => {
    const svg = await exportSvg(prepareExport(sample('b2b-software-purchase.en.cjm'), false), { embedMap: false });
    expect(svg).toContain('style="font-kerning:none"');
    expect(svg).toContain('xml:space="preserve"');
  });

  it('carries Inter subsetted to the characters drawn, and Noto Emoji only when the map has emoji', async () => {
    const plain = await exportSvg(prepareExport(sample('b2b-software-purchase.en.cjm'), false), { embedMap: false });
    const faces = fontFaces(plain);
    expect(faces.map((f) => `${f.family} ${f.weight}`)).toEqual(['Inter 400', 'Inter 600']);
    expect(plain).toContain(`font-family="Inter"`);
    for (const face of faces) {
      const full = create(fontBytes(face.weight === '400' ? EXPORT_FONTS.inter400 : EXPORT_FONTS.inter600)) as Font;
      const subset = create(face.bytes) as Font;
      // Far smaller than the whole font, and still drawing the map's letters.
      expect(face.bytes.length).toBeLessThan(60_000);
      expect(subset.numGlyphs).toBeLessThan(full.numGlyphs / 4);
      for (const ch of 'Awareness Decision & approval') expect(subset.hasGlyphForCodePoint(ch.codePointAt(0)!), ch).toBe(true);
    }
    expect(fontFaces(plain)[0]!.bytes.length + fontFaces(plain)[1]!.bytes.length).toBeLessThan(120_000);

    const withEmoji = await exportSvg(prepareExport(pictureMap(), false), { embedMap: false });
    const emojiFaces = fontFaces(withEmoji);
    expect(emojiFaces.map((f) => f.family)).toEqual(['Inter', 'Inter', 'Noto Emoji']);
    const emoji = create(emojiFaces[2]!.bytes) as Font;
    expect(emoji.hasGlyphForCodePoint(0x1f600)).toBe(true);
    expect(emojiFaces[2]!.bytes.length).toBeLessThan(20_000);
    expect(withEmoji).toContain(`font-family="Inter, 'Noto Emoji'"`);
  });

  it('keeps Indonesian text, emoji and markup characters as written, and the emoji draws', async () => {
    const prepared = prepareExport(pictureMap(), false);
    const svg = await exportSvg(prepared, { embedMap: true });
    const texts = svgTexts(svg).join('\n');
    for (const part of ['Tamu senang 😀', 'Sistem & proses', 'Kedatangan & parkir', 'Harga <b>"Rp']) expect(texts).toContain(part);
    // The bell (no XML 1.0 can hold it) is left out, the tab drawn as the space it measures as.
    expect(texts).not.toContain('\u0007');
    expect(texts).toContain('tanpa tanda');
    expect(MARKUP_NOTE).toContain('\u0007');

    // Drawn by resvg with the fonts: the emoji's place on its line has ink,
    // and not Inter's empty box for a missing glyph, which is what is drawn
    // there without the emoji font.
    const line = textItem(prepared, '😀');
    const box = spanOf(line, '😀');
    const background = hex('#DCEAFE');
    const withFont = renderSvg(svg);
    expect(inkIn(withFont, box, background)).toBeGreaterThan(20);
    const withoutEmojiFont = renderSvg(svg, FONT_FILES.slice(0, 2));
    expect(differingPixels(withFont, withoutEmojiFont, box)).toBeGreaterThan(20);
    // The rest of the line is the same either way.
    const before = spanOf(line, 'Tamu senang');
    expect(differingPixels(withFont, withoutEmojiFont, before)).toBe(0);
    expect(EMOJI_NOTE).toContain('😀');
  });

  it('draws the persona photo from the map, clipped round', async () => {
    const prepared = prepareExport(pictureMap(), false);
    const svg = await exportSvg(prepared, { embedMap: false });
    expect(svg).toMatch(/<clipPath id="d0"><circle [^>]*\/><\/clipPath><image [^>]*clip-path="url\(#d0\)" xlink:href="data:image\/png;base64,/);
    const photo = flatSceneItems(prepared.scene).find((i) => i.type === 'image')!;
    expect(photo).toBeDefined();
    const drawn = renderSvg(svg);
    if (photo.type !== 'image') throw new Error('no photo');
    expect(pixel(drawn, photo.x + photo.width / 2, photo.y + photo.height / 2)).toEqual([0xee, 0x11, 0x22, 255]);
    // The corner of its box is outside the circle: the strip's white shows there.
    expect(pixel(drawn, photo.x + 1, photo.y + 1)).toEqual([255, 255, 255, 255]);
  });

  it('leaves private notes and hidden lanes out of the text and of the map it carries; asked to, shows them', async () => {
    const map = pictureMap();
    const svg = await exportSvg(prepareExport(map, false), { embedMap: true });
    const carried = embeddedMapOf(new TextEncoder().encode(svg));
    expect(carried).not.toBeNull();
    const carriedText = new TextDecoder().decode(carried!);
    for (const secret of [HIDDEN_NOTE, HIDDEN_LANE_TITLE, HIDDEN_LANE_NOTE]) {
      expect(svg).not.toContain(secret.slice(0, 12));
      expect(carriedText).not.toContain(secret.slice(0, 12));
    }
    const all = await exportSvg(prepareExport(map, true), { embedMap: true });
    const texts = svgTexts(all).join('\n');
    for (const secret of [HIDDEN_NOTE.slice(0, 12), HIDDEN_LANE_TITLE, 'Catatan di']) expect(texts).toContain(secret);
  });

  it('round trip: the map it carries reads back as the map exported', async () => {
    for (const map of [pictureMap(), sample('b2b-software-purchase.en.cjm')]) {
      const prepared = prepareExport(map, false);
      const svg = await exportSvg(prepared, { embedMap: true });
      const carried = embeddedMapOf(Buffer.from(svg, 'utf8'));
      expect(carried).not.toBeNull();
      const back = readMap(carried!);
      expect(back).toEqual(prepared.map);
      expect(writeCjm(back)).toBe(writeCjm(prepared.map));
    }
    const without = await exportSvg(prepareExport(sample('b2b-software-purchase.en.cjm'), false), { embedMap: false });
    expect(without).not.toContain('<metadata>');
    expect(embeddedMapOf(Buffer.from(without, 'utf8'))).toBeNull();
  });
});
