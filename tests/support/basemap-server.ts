/**
 * A basemap server for the area map's browser tests: a MapLibre style JSON at /style.json whose
 * one raster source takes its tiles from /tiles/{z}/{x}/{y}.png on the same server, each tile a
 * small sand-coloured PNG with a darker border (so a screenshot shows the grid); and the same tile
 * as a PMTiles archive at /veridia.pmtiles, served as a plain web server serves a file (byte
 * ranges, no tile server). It answers with CORS headers, as a real tile server must for MapLibre
 * to read it, and counts what it served.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateSync } from 'node:zlib';
import { singleTilePmtiles } from './pmtiles-archive.js';

export interface BasemapServer {
  origin: string;
  styleUrl: string;
  /** The PMTiles archive's URL (without the `pmtiles://` a basemap setting puts before it). */
  pmtilesUrl: string;
  /** Paths served, in order. */
  served: string[];
  close(): Promise<void>;
}

export async function startBasemapServer(): Promise<BasemapServer> {
  const served: string[] = [];
  const tile = tilePng(64);
  const archive = singleTilePmtiles(tilePng(256), { west: -180, south: -85, east: 180, north: 85 });
  let origin = '';
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://basemap').pathname;
    served.push(path);
    response.setHeader('Access-Control-Allow-Origin', '*');
    if (request.method === 'OPTIONS') {
      response.setHeader('Access-Control-Allow-Headers', 'Range, If-Match');
      response.statusCode = 204;
      response.end();
      return;
    }
    if (path === '/style.json') {
      response.setHeader('Content-Type', 'application/json');
      response.end(
        JSON.stringify({
          version: 8,
          name: 'Test basemap',
          sources: { 'test-ground': { type: 'raster', tiles: [`${origin}/tiles/{z}/{x}/{y}.png`], tileSize: 256 } },
          layers: [
            { id: 'ground-background', type: 'background', paint: { 'background-color': '#f3ead2' } },
            { id: 'ground', type: 'raster', source: 'test-ground' },
          ],
        }),
      );
    } else if (path === '/veridia.pmtiles') {
      // A byte range, as the pmtiles reader asks for (the header and root directory first).
      response.setHeader('Access-Control-Expose-Headers', 'Content-Range, ETag');
      response.setHeader('Content-Type', 'application/octet-stream');
      const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '');
      if (!range) {
        response.end(archive);
        return;
      }
      const start = Number(range[1]);
      const end = Math.min(range[2] ? Number(range[2]) : archive.length - 1, archive.length - 1);
      response.statusCode = 206;
      response.setHeader('Content-Range', `bytes ${start}-${end}/${archive.length}`);
      response.end(archive.subarray(start, end + 1));
    } else if (/^\/tiles\/\d+\/\d+\/\d+\.png$/.test(path)) {
      response.setHeader('Content-Type', 'image/png');
      response.end(tile);
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    styleUrl: `${origin}/style.json`,
    pmtilesUrl: `${origin}/veridia.pmtiles`,
    served,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A square RGB PNG: sand inside, a brown border one pixel wide. */
function tilePng(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x += 1) {
      const edge = x === 0 || y === 0 || x === size - 1 || y === size - 1;
      row.set(edge ? [150, 110, 60] : [232, 214, 170], 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
