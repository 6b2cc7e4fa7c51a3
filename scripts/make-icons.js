#!/usr/bin/env node
// Draws PERF's icons procedurally and writes them as PNG files into assets/.
// The icons are committed; test/build/icons.test.ts regenerates them in memory and proves the
// committed files hold exactly the same pixels, so nobody edits a PNG by hand.
//
//   node scripts/make-icons.js            write assets/*.png
//   node scripts/make-icons.js --out DIR  write them elsewhere
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

// Glyphs and the sizes each is drawn at. `icon` (a table with a check mark) is the add-in's icon,
// the ribbon group and the 校验 button; `pane` (a window with a side panel) is the 打开面板 button.
// 16/32/80 are the ribbon's required sizes, 20/24/40/48/64 its high-DPI ones; 64 and 128 also serve
// as the high-resolution and store icons.
const ICON_SETS = {
  icon: [16, 20, 24, 32, 40, 48, 64, 80, 128],
  pane: [16, 20, 24, 32, 40, 48, 64, 80],
};

const COLOURS = {
  line: [0x3b, 0x3b, 0x3b, 0xff],
  header: [0x1f, 0x5f, 0x9e, 0xff],
  check: [0x10, 0x7c, 0x41, 0xff],
  panel: [0x1f, 0x5f, 0x9e, 0xff],
  paper: [0xff, 0xff, 0xff, 0xff],
};

// ---------------------------------------------------------------- PNG encoding (RGBA, 8 bit)

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels (width × height × 4 bytes, rows top to bottom) as a PNG file. */
function encodePng(width, height, rgba) {
  if (rgba.length !== width * height * 4) throw new Error(`encodePng: expected ${width * height * 4} bytes, got ${rgba.length}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  // Every row gets filter type 0 (none): the images are tiny and this keeps the encoder obvious.
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------- drawing

/** A square RGBA canvas with "source over" painting of a colour at a coverage between 0 and 1. */
function createCanvas(size) {
  const pixels = new Uint8Array(size * size * 4);
  function paint(x, y, colour, coverage) {
    if (x < 0 || y < 0 || x >= size || y >= size || coverage <= 0) return;
    const i = (y * size + x) * 4;
    const srcA = (colour[3] / 255) * Math.min(coverage, 1);
    const dstA = pixels[i + 3] / 255;
    const outA = srcA + dstA * (1 - srcA);
    for (let c = 0; c < 3; c++) {
      const mixed = outA === 0 ? 0 : (colour[c] * srcA + pixels[i + c] * dstA * (1 - srcA)) / outA;
      pixels[i + c] = Math.round(mixed);
    }
    pixels[i + 3] = Math.round(outA * 255);
  }
  // Cuts pixels back towards transparent: the white gap that separates the check mark from the grid.
  function erase(x, y, coverage) {
    if (x < 0 || y < 0 || x >= size || y >= size || coverage <= 0) return;
    const i = (y * size + x) * 4;
    pixels[i + 3] = Math.round(pixels[i + 3] * (1 - Math.min(coverage, 1)));
  }
  /** Fills whole pixels [x0, x1) × [y0, y1): rectangles are snapped to the grid so 16 px stays crisp. */
  function fillRect(x0, y0, x1, y1, colour) {
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) paint(x, y, colour, 1);
  }
  return { size, pixels, paint, erase, fillRect };
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage (0..1) of each pixel by a round-capped polyline of a given half-width, 4×4 supersampled. */
function strokeCoverage(size, points, halfWidth, visit) {
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let inside = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const px = x + (sx + 0.5) / samples;
          const py = y + (sy + 0.5) / samples;
          let d = Infinity;
          for (let i = 1; i < points.length; i++) d = Math.min(d, distanceToSegment(px, py, points[i - 1], points[i]));
          if (d <= halfWidth) inside++;
        }
      }
      if (inside > 0) visit(x, y, inside / (samples * samples));
    }
  }
}

/** Positions of the 4 lines of a 3-cell grid starting at `start`: all cells equally wide. */
function gridLines(start, span, line) {
  const cell = Math.max(2, Math.round((span - 4 * line) / 3));
  return [0, 1, 2, 3].map((i) => start + i * (cell + line));
}

/** A table (header row filled, 3 × 3 cells) with a green check mark over its lower right corner. */
function drawTableCheck(size) {
  const canvas = createCanvas(size);
  const s = size / 16;
  const line = Math.max(1, Math.round(s));
  const left = Math.round(1 * s);
  const top = Math.round(2 * s);
  const xs = gridLines(left, 13 * s, line);
  const ys = gridLines(top, 12 * s, line);
  const right = xs[3] + line;
  const bottom = ys[3] + line;
  canvas.fillRect(left, top, right, bottom, COLOURS.paper);
  canvas.fillRect(left, top, right, ys[1], COLOURS.header);
  for (const x of xs) canvas.fillRect(x, top, x + line, bottom, COLOURS.line);
  for (const y of ys) canvas.fillRect(left, y, right, y + line, COLOURS.line);

  // Both arms at 45° so that small sizes render as clean pixel stairs.
  const check = [
    [7.5 * s, 10.5 * s],
    [10 * s, 13 * s],
    [14.5 * s, 8.5 * s],
  ];
  const halfWidth = 1.1 * s;
  // Up to 24 px every pixel is either in or out: anti-aliased edges only blur glyphs that small.
  const crisp = size <= 24 ? (c) => (c >= 0.5 ? 1 : 0) : (c) => c;
  strokeCoverage(size, check, halfWidth + Math.max(1, 0.9 * s), (x, y, c) => canvas.erase(x, y, crisp(c)));
  strokeCoverage(size, check, halfWidth, (x, y, c) => canvas.paint(x, y, COLOURS.check, crisp(c)));
  return canvas.pixels;
}

/** A window whose right third is a filled side panel with two light rows: "open the task pane". */
function drawPane(size) {
  const canvas = createCanvas(size);
  const s = size / 16;
  const line = Math.max(1, Math.round(s));
  const left = Math.round(1 * s);
  const right = Math.round(15 * s);
  const top = Math.round(2 * s);
  const bottom = Math.round(14 * s);
  const split = Math.round(9 * s);
  canvas.fillRect(left, top, right, bottom, COLOURS.paper);
  canvas.fillRect(split, top, right, bottom, COLOURS.panel);
  // Rows in the workbook part, so the glyph reads as "sheet + pane".
  for (const y of [0, 1, 2].map((i) => top + 3 * line + Math.round(((bottom - top - 7 * line) * i) / 2))) {
    canvas.fillRect(left + 2 * line, y, split - 2 * line, y + line, COLOURS.line);
  }
  // Outline last so it stays crisp over the fills.
  canvas.fillRect(left, top, right, top + line, COLOURS.line);
  canvas.fillRect(left, bottom - line, right, bottom, COLOURS.line);
  canvas.fillRect(left, top, left + line, bottom, COLOURS.line);
  canvas.fillRect(right - line, top, right, bottom, COLOURS.line);
  canvas.fillRect(split, top, split + line, bottom, COLOURS.line);
  return canvas.pixels;
}

const DRAW = { icon: drawTableCheck, pane: drawPane };

/** Every icon file as { name, size, rgba, png }: the single source of truth for assets/*.png. */
function renderIcons() {
  const icons = [];
  for (const [glyph, sizes] of Object.entries(ICON_SETS)) {
    for (const size of sizes) {
      const rgba = DRAW[glyph](size);
      icons.push({ name: `${glyph}-${size}.png`, size, rgba, png: encodePng(size, size, rgba) });
    }
  }
  return icons;
}

function main(argv) {
  const outIndex = argv.indexOf('--out');
  const outDir = outIndex >= 0 ? path.resolve(argv[outIndex + 1] || '') : path.join(__dirname, '..', 'assets');
  fs.mkdirSync(outDir, { recursive: true });
  for (const icon of renderIcons()) fs.writeFileSync(path.join(outDir, icon.name), icon.png);
  console.log(`icons written to ${path.relative(process.cwd(), outDir) || '.'}`);
}

module.exports = { ICON_SETS, encodePng, crc32, renderIcons };

if (require.main === module) main(process.argv.slice(2));
