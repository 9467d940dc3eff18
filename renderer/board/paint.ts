// The board's painting: shared/layout/paintCanvas's, on the browser's canvas
// (one Konva node paints a whole list of headers, bands and curves; one node
// per visible note paints that note).
import type { ImageSource as SharedImageSource } from '../../shared/layout/paintCanvas';

export { paintItem, paintNote } from '../../shared/layout/paintCanvas';

export type ImageSource = SharedImageSource<CanvasImageSource>;
