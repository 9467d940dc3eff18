// Draws build/icon.png (1024×1024), the app icon electron-builder turns into
// .ico, .icns and Linux icons: a dark board with three rows of sticky notes
// and a rising emotion curve; and the same shapes as renderer/favicon.svg,
// the browser tab's icon in browser mode (sharp at 16 px, where a shrunk
// PNG blurs). Run once after changing it: node scripts/make-icon.mjs
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
const BOARD = { x: 64, y: 64, size: 896, radius: 180, color: '#1F2A37' };
const NOTES = ['#DCEAFE', '#FFDCDC', '#D3F2E8'].flatMap((color, row) => [0, 1, 2].map((col) => ({ x: 170 + col * 240, y: 232 + row * 200, width: 190, height: 140, radius: 22, color })));
// The emotion curve: a thick line through three points, dipping then rising.
const CURVE = { color: '#F59E0B', halfWidth: 18, dot: 40 };
const points = [[250, 552], [500, 692], [770, 362]];

roundRect(BOARD.x, BOARD.y, BOARD.size, BOARD.size, BOARD.radius, hex(BOARD.color));
for (const n of NOTES) roundRect(n.x, n.y, n.width, n.height, n.radius, hex(n.color));
for (let i = 0; i < points.length - 1; i++) {
  const [ax, ay] = points[i];
  const [bx, by] = points[i + 1];
  const steps = Math.hypot(bx - ax, by - ay);
  for (let s = 0; s <= steps; s++) {
    const x = ax + ((bx - ax) * s) / steps;
    const y = ay + ((by - ay) * s) / steps;
    const r = CURVE.halfWidth;
    for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) if (dx * dx + dy * dy <= r * r) put(Math.round(x + dx), Math.round(y + dy), hex(CURVE.color));
  }
}
const dot = CURVE.dot;
for (const [x, y] of points) for (let dy = -dot; dy <= dot; dy++) for (let dx = -dot; dx <= dot; dx++) if (dx * dx + dy * dy <= dot * dot) put(x + dx, y + dy, hex(CURVE.color));
writeFileSync(new URL('../build/icon.png', import.meta.url), PNG.sync.write(png));

const svg = [
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}">`,
  `<rect x="${BOARD.x}" y="${BOARD.y}" width="${BOARD.size}" height="${BOARD.size}" rx="${BOARD.radius}" fill="${BOARD.color}"/>`,
  ...NOTES.map((n) => `<rect x="${n.x}" y="${n.y}" width="${n.width}" height="${n.height}" rx="${n.radius}" fill="${n.color}"/>`),
  `<polyline points="${points.map((p) => p.join(',')).join(' ')}" fill="none" stroke="${CURVE.color}" stroke-width="${2 * CURVE.halfWidth}" stroke-linejoin="round"/>`,
  ...points.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="${CURVE.dot}" fill="${CURVE.color}"/>`),
  '</svg>',
];
writeFileSync(new URL('../renderer/favicon.svg', import.meta.url), svg.join('\n') + '\n');
