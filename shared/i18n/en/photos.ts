// Pictures on notes and persona photos: dropped or picked, shrunk before
// they are stored, opened large. Every refusal names the file and says what
// to do instead; a stored picture that is not shown says why.

export const photos = {
  picture: 'Picture',
  open: 'Open picture',
  close: 'Close',
  viewerHint: 'Esc closes',
  size: (p: { width: number; height: number; size: string }) => `${p.width} × ${p.height} px, ${p.size}`,
  added: (p: { name: string; width: number; height: number; size: string }) => `Picture “${p.name}” stored at ${p.width} × ${p.height} px, ${p.size}.`,
  addedShrunk: (p: { name: string; before: string; width: number; height: number; size: string }) => `Picture “${p.name}” shrunk from ${p.before} to ${p.width} × ${p.height} px, ${p.size}.`,
  reading: (p: { name: string }) => `Shrinking “${p.name}”…`,
  noPicture: 'This note has no picture.',
  dropTarget: 'Drop a picture onto a note, an empty cell or a persona.',
  notShown: {
    'too-large': (p: { width: string; height: string; side: string }) => `This picture is too large to show (${p.width} × ${p.height} px). Jejak shows pictures of up to 100 megapixels and ${p.side} px on a side. Replace it with a smaller one.`,
    unsupported: 'This picture cannot be shown: it is not a PNG, JPEG or WebP. Replace it with one that is.',
    unreadable: 'This picture cannot be shown: the file may be damaged. Replace it with another.',
  },
  refused: {
    svg: (p: { name: string }) => `“${p.name}” is an SVG drawing, which a map cannot hold (it can carry script). Export it as PNG or JPEG and drop that instead.`,
    heic: (p: { name: string }) => `“${p.name}” is a HEIC photo, which Jejak cannot read. Export it as JPEG or PNG (on an iPhone: Settings › Camera › Formats › Most Compatible) and try again.`,
    avif: (p: { name: string }) => `“${p.name}” is an AVIF picture, which Jejak does not take. Export it as JPEG or PNG and try again.`,
    unknown: (p: { name: string }) => `“${p.name}” is not a picture Jejak can read. Export it as JPEG or PNG and try again.`,
    unreadable: (p: { name: string }) => `“${p.name}” could not be read as a picture: the file may be damaged or incomplete. Open it in a photo app, export it as JPEG or PNG and try again.`,
    'too-many-pixels': (p: { name: string; megapixels: number }) => `“${p.name}” is too large to shrink (${p.megapixels} megapixels; at most 100). Resize it in a photo app, export it as JPEG and try again.`,
    'too-large': (p: { name: string }) => `“${p.name}” stays over the 20 MB a map allows for one picture even after shrinking. Export it as JPEG and try again.`,
  },
};
