// The SVG export: the whole scene in one self-contained file, one board pixel
// to one user unit, drawn in the board's paint order. Self-contained means it
// opens the same anywhere, offline, and can do nothing but show a picture:
// the fonts travel inside it (subsetted), images are data URLs, there is no
// script and no reference to any other file or address. With `embedMap` the
// map as exported rides along in <metadata>, so Jejak can open the picture
// as a map again (embeddedMap.ts reads it back).
import { writeCjm } from '../../shared/format/writer';
import { flatSceneItems, type PreparedExport } from '../../shared/export/sceneForExport';
import { SVG_MAP_ELEMENT, SVG_MAP_NAMESPACE } from './embeddedMap';
import { embeddedFonts } from './svgFonts';
import { assetImages, idCounter, svgDocument } from './svgItems';
import { xmlText } from './xml';

export interface SvgExportOptions {
  /** Carry the exported map (the .cjm) in the file's metadata. */
  embedMap: boolean;
}

/** Browsers draw all three image types a map may hold, so the SVG keeps them as they are. */
const SVG_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

export async function exportSvg(prepared: PreparedExport, options: SvgExportOptions): Promise<string> {
  const { scene, map } = prepared;
  const items = flatSceneItems(scene);
  const fonts = await embeddedFonts(items);
  const head = [
    `<title>${xmlText(map.title)}</title>\n`,
    options.embedMap ? `<metadata>${mapElement(writeCjm(map))}</metadata>\n` : '',
    // The style is CSS only; no character of it needs escaping in XML (base64, quotes, braces).
    `<defs><style>${fonts.css}</style></defs>\n`,
  ].join('');
  const markup = svgDocument({
    width: scene.width,
    height: scene.height,
    scale: 1,
    items,
    context: { originX: 0, originY: 0, image: assetImages(map, SVG_IMAGE_TYPES), nextId: idCounter() },
    family: fonts.family,
    head,
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`;
}

// Base64 survives any character a map holds (and any tool that re-saves the
// file); the element says what it is to a person reading the source.
function mapElement(cjm: string): string {
  const base64 = Buffer.from(cjm, 'utf8').toString('base64');
  return `<jejak:${SVG_MAP_ELEMENT} xmlns:jejak="${SVG_MAP_NAMESPACE}" type="application/x-jejak-cjm" encoding="base64">${base64}</jejak:${SVG_MAP_ELEMENT}>`;
}
