#!/usr/bin/env node
/**
 * Draws the add-in icon (a white page with a folded corner and a check mark on a
 * rounded blue square) and writes assets/icon-{16,32,64,80,128}.png.
 *
 * Dependency-free on purpose: the icons are regenerated rarely and we don't want an
 * image library in the toolchain just for this. Shapes are described as signed
 * distance functions (negative inside, in pixels) so every size gets exact
 * anti-aliased coverage instead of a blurry downscale of one big bitmap.
 *
 * Usage: node scripts/make-icons.mjs
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");

const BRAND_BLUE = [0x0f, 0x6c, 0xbd]; // Fluent brand blue #0F6CBD
const WHITE = [0xff, 0xff, 0xff];
const FOLD_TINT = [0xb4, 0xd6, 0xfa]; // light blue so the folded flap reads as "behind" the page
const LINE_TINT = [0x9c, 0xc3, 0xe8]; // faint text lines, only where there are enough pixels

// ---------------------------------------------------------------------------
// PNG encoding
// ---------------------------------------------------------------------------

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
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One PNG chunk: length, type, data, CRC over type+data. */
function chunk(type, data) {
  const typeBytes = Buffer.from(type, "ascii");
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length, 0);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([typeBytes, data])), 0);
  return Buffer.concat([head, typeBytes, data, crc]);
}

/** Encodes straight-alpha RGBA pixels (width*height*4 bytes) as an 8-bit RGBA PNG. */
function encodePng(width, height, rgba) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  // Every scanline starts with its filter type; 0 (None) keeps the encoder trivial.
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------
// Signed distance functions (pixel units, negative inside)
// ---------------------------------------------------------------------------

function sdRoundedBox(px, py, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(px - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(py - cy) - ((y1 - y0) / 2 - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

/** Distance to the half-plane a*x + b*y <= c, with (a, b) normalised here. */
function sdHalfPlane(px, py, a, b, c) {
  const len = Math.hypot(a, b);
  return (a * px + b * py - c) / len;
}

function sdSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage of a pixel by a shape: the SDF crossing zero spans about one pixel. */
function coverage(d) {
  return Math.min(1, Math.max(0, 0.5 - d));
}

// ---------------------------------------------------------------------------
// Icon geometry
// ---------------------------------------------------------------------------

/**
 * Lays the icon out for one size. Straight edges are snapped to whole pixels so the
 * page stays sharp at 16 px; curves and diagonals are left to the anti-aliasing.
 */
function layout(size) {
  const snap = (f) => Math.round(f * size);
  const page = { x0: snap(0.25), y0: snap(0.16), x1: snap(0.75), y1: snap(0.84) };
  const fold = Math.max(3, snap(0.17));
  const checkWidth = Math.max(1.7, size * 0.085);
  // The check sits in the lower half of the page; its elbow points down-left.
  const check = [
    [size * 0.355, size * 0.575],
    [size * 0.45, size * 0.67],
    [size * 0.635, size * 0.455],
  ];
  // Two short "text" lines above the check; below 32 px they would just be noise.
  const lineHeight = Math.max(1, Math.round(size * 0.035));
  const lines =
    size >= 32
      ? [
          { x0: snap(0.33), x1: snap(0.5), y: snap(0.3) },
          { x0: snap(0.33), x1: snap(0.6), y: snap(0.3) + Math.round(size * 0.09) },
        ]
      : [];
  return {
    bgRadius: size * 0.19,
    page,
    pageRadius: Math.max(0.75, size * 0.035),
    fold,
    check,
    checkWidth,
    lines,
    lineHeight,
  };
}

/** Each layer yields a colour and a signed distance at a pixel centre; painted in order. */
function layers(size) {
  const g = layout(size);
  const { x0, y0, x1, y1 } = g.page;
  // Fold diagonal runs from (x1 - fold, y0) to (x1, y0 + fold): x - y = x1 - fold - y0.
  const foldC = x1 - g.fold - y0;
  const [[ax, ay], [bx, by], [cx, cy]] = g.check;
  return [
    { color: BRAND_BLUE, sd: (px, py) => sdRoundedBox(px, py, 0, 0, size, size, g.bgRadius) },
    {
      color: WHITE,
      sd: (px, py) =>
        Math.max(
          sdRoundedBox(px, py, x0, y0, x1, y1, g.pageRadius),
          sdHalfPlane(px, py, 1, -1, foldC)
        ),
    },
    {
      color: FOLD_TINT,
      // The flap is the triangle on the page side of the diagonal, as if the corner
      // had been folded down onto the page.
      sd: (px, py) =>
        Math.max(
          sdHalfPlane(px, py, -1, 0, -(x1 - g.fold)),
          sdHalfPlane(px, py, 0, 1, y0 + g.fold),
          sdHalfPlane(px, py, 1, -1, foldC)
        ),
    },
    ...g.lines.map((line) => ({
      color: LINE_TINT,
      sd: (px, py) =>
        sdRoundedBox(px, py, line.x0, line.y, line.x1, line.y + g.lineHeight, g.lineHeight / 2),
    })),
    {
      color: BRAND_BLUE,
      sd: (px, py) =>
        Math.min(sdSegment(px, py, ax, ay, bx, by), sdSegment(px, py, bx, by, cx, cy)) -
        g.checkWidth / 2,
    },
  ];
}

/** Renders premultiplied "over" compositing, then converts to straight alpha for PNG. */
function render(size) {
  const stack = layers(size);
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (const layer of stack) {
        const c = coverage(layer.sd(px, py));
        if (c === 0) continue;
        r = layer.color[0] * c + r * (1 - c);
        g = layer.color[1] * c + g * (1 - c);
        b = layer.color[2] * c + b * (1 - c);
        a = c + a * (1 - c);
      }
      const i = (y * size + x) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round(a * 255);
    }
  }
  return rgba;
}

function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const size of SIZES) {
    const file = join(OUT_DIR, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, render(size)));
    console.log(`wrote ${file}`);
  }
}

main();
