import * as fs from 'fs';
import * as path from 'path';
import { decodePng } from './png';
import { crc32 as referenceCrc32 } from './crc32';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain Node script, no types
const icons = require('../../scripts/make-icons.js');

interface RenderedIcon {
  name: string;
  size: number;
  rgba: Uint8Array;
  png: Buffer;
}

const assetsDir = path.join(__dirname, '..', '..', 'assets');
const rendered: RenderedIcon[] = icons.renderIcons();

function pixel(icon: { size: number; rgba: Uint8Array }, x: number, y: number): number[] {
  const i = (y * icon.size + x) * 4;
  return Array.from(icon.rgba.subarray(i, i + 4));
}

describe('PNG encoder', () => {
  it('computes the standard CRC-32 check value', () => {
    expect(icons.crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(referenceCrc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('round-trips an image through an independent reader', () => {
    const rgba = new Uint8Array(3 * 2 * 4).map((_, i) => (i * 37) % 256);
    const decoded = decodePng(icons.encodePng(3, 2, rgba));
    expect(decoded).toEqual({ width: 3, height: 2, rgba });
  });

  it('refuses pixel data of the wrong length instead of writing a broken file', () => {
    expect(() => icons.encodePng(2, 2, new Uint8Array(15))).toThrow(/expected 16 bytes/);
  });
});

describe('icons', () => {
  it('has every size the manifest and the ribbon use', () => {
    const names = rendered.map((icon) => icon.name);
    for (const size of [16, 20, 24, 32, 40, 48, 64, 80, 128]) expect(names).toContain(`icon-${size}.png`);
    for (const size of [16, 20, 24, 32, 40, 48, 64, 80]) expect(names).toContain(`pane-${size}.png`);
  });

  it('are committed exactly as a fresh generation draws them (no stale or hand-edited file)', () => {
    const committed = fs.readdirSync(assetsDir).filter((name) => name.endsWith('.png')).sort();
    expect(committed).toEqual(rendered.map((icon) => icon.name).sort());
    for (const icon of rendered) {
      const decoded = decodePng(fs.readFileSync(path.join(assetsDir, icon.name)));
      expect({ name: icon.name, width: decoded.width, height: decoded.height }).toEqual({
        name: icon.name,
        width: icon.size,
        height: icon.size,
      });
      // Buffer comparison keeps the failure message short for a 128 × 128 image.
      expect(Buffer.from(decoded.rgba).equals(Buffer.from(icon.rgba))).toBe(true);
    }
  });

  it('draws a crisp glyph at 16 px: only fully opaque or fully transparent pixels', () => {
    for (const name of ['icon-16.png', 'pane-16.png']) {
      const icon = rendered.find((candidate) => candidate.name === name)!;
      const alphas = new Set<number>();
      for (let i = 3; i < icon.rgba.length; i += 4) alphas.add(icon.rgba[i]);
      expect([...alphas].sort((a, b) => a - b)).toEqual([0, 255]);
    }
  });

  it('shows a table with a blue header row and a green check mark', () => {
    const icon = rendered.find((candidate) => candidate.name === 'icon-32.png')!;
    const colours = new Set<string>();
    for (let y = 0; y < icon.size; y++) {
      for (let x = 0; x < icon.size; x++) {
        const [r, g, b, a] = pixel(icon, x, y);
        if (a === 255) colours.add(`${r},${g},${b}`);
      }
    }
    expect(colours).toContain('31,95,158'); // header
    expect(colours).toContain('16,124,65'); // check mark
    expect(colours).toContain('255,255,255'); // cells
    expect(pixel(icon, 0, 0)[3]).toBe(0); // transparent corner
  });
});
