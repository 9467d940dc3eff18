// A worker thread that draws PNG bands (pngBandPainter) while the exporting
// thread compresses the ones already drawn: on a 5,000-note map at 2× the
// drawing and Skia's read-back of the pixels are most of the time, and a
// second core halves it. Built to dist/export/pngBandWorker.mjs.
import { parentPort, workerData } from 'node:worker_threads';
import { BandPainter, type BandSetup } from './pngBandPainter';

const painter = await BandPainter.create(workerData as BandSetup);
parentPort!.on('message', (index: number) => {
  const band = painter.draw(index);
  // Only the rows kept cross back, in a buffer of their own that moves rather than copies.
  const rows = new Uint8Array(band.pixels.subarray(band.offset, band.offset + band.rows * (workerData as BandSetup).width * 4));
  parentPort!.postMessage({ index, pixels: rows, rows: band.rows, offset: 0 }, [rows.buffer]);
});
parentPort!.postMessage('ready');
