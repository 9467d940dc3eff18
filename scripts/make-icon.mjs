// Draws build/icon.png (1024×1024), the app icon electron-builder turns into
// .ico, .icns and Linux icons: a dark board with three rows of sticky notes
// and a rising emotion curve. Run once after changing it: node scripts/make-icon.mjs
import { PNG } from 'pngjs';
import { writeFileSync } from 'node:fs';

const size = 1024;
const png = new PNG({ width: size, height: size });
const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
function put(x, y, [r, g, b], a = 255) {
  if (x < 0 || y < 0 || x >= size || y >= size) return;
  const i = (y * size + x) * 4;
  const k = a / 255;
  png.data[i] = Math.round(png.data[i] * (1 - k) + r * k);
  png.data[i + 1] = Math.round(png.data[i + 1] * (1 - k) + g * k);
  png.data[i + 2] = Math.round(png.data[i + 2] * (1 - k) + b * k);
  png.data[i + 3] = Math.max(png.data[i + 3], a);
}
function roundRect(x0, y0, w, h, r, color) {
  for (let y = y0; y < y0 + h; y++)
    for (let x = x0; x < x0 + w; x++) {
      const dx = Math.max(x0 + r - x, 0, x - (x0 + w - r - 1));
      const dy = Math.max(y0 + r - y, 0, y - (y0 + h - r - 1));
      const d = Math.hypot(dx, dy);
      if (d <= r) put(x, y, color, d > r - 1 ? Math.round(255 * (r - d)) : 255);
    }
}
roundRect(64, 64, 896, 896, 180, hex('#1F2A37'));
const notes = ['#DCEAFE', '#FFDCDC', '#D3F2E8'];
notes.forEach((color, row) => {
  for (let col = 0; col < 3; col++) roundRect(170 + col * 240, 232 + row * 200, 190, 140, 22, hex(color));
});
// The emotion curve: a thick line through three points, dipping then rising.
const points = [[250, 552], [500, 692], [770, 362]];
for (let i = 0; i < points.length - 1; i++) {
  const [ax, ay] = points[i];
  const [bx, by] = points[i + 1];
  const steps = Math.hypot(bx - ax, by - ay);
  for (let s = 0; s <= steps; s++) {
    const x = ax + ((bx - ax) * s) / steps;
    const y = ay + ((by - ay) * s) / steps;
    for (let dy = -18; dy <= 18; dy++) for (let dx = -18; dx <= 18; dx++) if (dx * dx + dy * dy <= 324) put(Math.round(x + dx), Math.round(y + dy), hex('#F59E0B'));
  }
}
for (const [x, y] of points) for (let dy = -40; dy <= 40; dy++) for (let dx = -40; dx <= 40; dx++) if (dx * dx + dy * dy <= 1600) put(x + dx, y + dy, hex('#F59E0B'));
writeFileSync(new URL('../build/icon.png', import.meta.url), PNG.sync.write(png));
