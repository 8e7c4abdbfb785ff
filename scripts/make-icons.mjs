#!/usr/bin/env node
// Draws Klik's app icons (the logo of the header: two overlapping circle
// outlines) as PNG files in public/icons/, with only Node's built-in modules.
// Run it again after changing the colours: `node scripts/make-icons.mjs`.
//
// - icon-192.png, icon-512.png: purpose "any", a rounded tile.
// - icon-maskable-192.png, icon-maskable-512.png: purpose "maskable", a full
//   tile with the logo inside the safe zone (a centred circle of 80%).
// - apple-touch-icon.png (180): a full, opaque tile (iOS rounds it itself).
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');

/** The course's light accent colour (Node 24 reads the TypeScript config as is). */
async function accentColour() {
  try {
    const { course } = await import('../src/course.config.ts');
    const hex = /^#([0-9a-f]{6})$/i.exec(course.accent.light)?.[1];
    if (hex) return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  } catch {
    // an older Node without TypeScript support: Klik's own colour
  }
  return [0x1b, 0x5e, 0x6a];
}
const ACCENT = await accentColour();
const RING = [0xff, 0xff, 0xff];

// The logo in the header's 32×32 viewBox: circles at (11,16) and (21,16), r 8, stroke 3.
const CIRCLES = [
  { cx: 11, cy: 16 },
  { cx: 21, cy: 16 },
];
const RADIUS = 8;
const STROKE = 3;
/** Distance from the logo's centre (16,16) to its outermost point. */
const LOGO_REACH = 16 - 11 + RADIUS + STROKE / 2;

/**
 * @param {number} size icon size in pixels
 * @param {{ reach: number, corner: number }} shape reach: the logo's outer radius
 *   as a share of the size; corner: the tile's corner radius as a share (0 = square, full bleed)
 * @returns {Buffer} RGBA pixels
 */
function draw(size, { reach, corner }) {
  const scale = (reach * size) / LOGO_REACH;
  const centre = size / 2;
  const cornerPx = corner * size;
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let tile = 0;
      let ring = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const px = x + (sx + 0.5) / samples;
          const py = y + (sy + 0.5) / samples;
          if (!insideRoundedSquare(px, py, size, cornerPx)) continue;
          tile++;
          const lx = 16 + (px - centre) / scale;
          const ly = 16 + (py - centre) / scale;
          if (CIRCLES.some(({ cx, cy }) => Math.abs(Math.hypot(lx - cx, ly - cy) - RADIUS) <= STROKE / 2)) ring++;
        }
      }
      const i = (y * size + x) * 4;
      const ringShare = tile === 0 ? 0 : ring / tile;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(ACCENT[c] * (1 - ringShare) + RING[c] * ringShare);
      pixels[i + 3] = Math.round((255 * tile) / (samples * samples));
    }
  }
  return pixels;
}

function insideRoundedSquare(x, y, size, r) {
  if (r <= 0) return true;
  const dx = Math.max(r - x, 0, x - (size - r));
  const dy = Math.max(r - y, 0, y - (size - r));
  return dx * dx + dy * dy <= r * r;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG (8 bits per channel, no filtering). */
function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const ICONS = [
  { file: 'icon-192.png', size: 192, reach: 0.4, corner: 0.2 },
  { file: 'icon-512.png', size: 512, reach: 0.4, corner: 0.2 },
  { file: 'icon-maskable-192.png', size: 192, reach: 0.34, corner: 0 },
  { file: 'icon-maskable-512.png', size: 512, reach: 0.34, corner: 0 },
  { file: 'apple-touch-icon.png', size: 180, reach: 0.36, corner: 0 },
];

mkdirSync(OUT, { recursive: true });
for (const { file, size, reach, corner } of ICONS) {
  const data = png(size, draw(size, { reach, corner }));
  writeFileSync(join(OUT, file), data);
  console.log(`${file}: ${size}×${size}, ${data.length} bytes`);
}
