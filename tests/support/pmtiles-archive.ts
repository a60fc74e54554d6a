/**
 * A PMTiles v3 archive written by hand for the area map's basemap test (the `pmtiles` package only
 * reads): one raster tile at zoom 0, uncompressed directory, the layout the specification gives
 * (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md): a 127-byte header, the root
 * directory, the metadata, then the tile data. Zoom 0's only tile has the Hilbert id 0.
 */
const HEADER_BYTES = 127;
const NO_COMPRESSION = 1;
const PNG = 2;

function varint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return bytes;
}

/** An archive whose one tile (z0, covering the world) is `png`, with the given bounds for its header. */
export function singleTilePmtiles(png: Buffer, bounds: { west: number; south: number; east: number; north: number }): Buffer {
  // One entry: tile id 0, run length 1, the tile's length, offset 0 (written as offset + 1).
  const directory = Buffer.from([...varint(1), ...varint(0), ...varint(1), ...varint(png.length), ...varint(1)]);
  const metadata = Buffer.from(JSON.stringify({ name: 'Actor Map test basemap', format: 'png' }));
  const header = Buffer.alloc(HEADER_BYTES);
  header.write('PMTiles', 0, 'ascii');
  header.writeUInt8(3, 7);
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + directory.length;
  const dataOffset = metadataOffset + metadata.length;
  const u64 = (value: number, at: number) => header.writeBigUInt64LE(BigInt(value), at);
  u64(rootOffset, 8);
  u64(directory.length, 16);
  u64(metadataOffset, 24);
  u64(metadata.length, 32);
  u64(dataOffset, 40); // no leaf directories: they would sit here, with length 0
  u64(0, 48);
  u64(dataOffset, 56);
  u64(png.length, 64);
  u64(1, 72); // addressed tiles
  u64(1, 80); // tile entries
  u64(1, 88); // tile contents
  header.writeUInt8(1, 96); // clustered
  header.writeUInt8(NO_COMPRESSION, 97);
  header.writeUInt8(NO_COMPRESSION, 98);
  header.writeUInt8(PNG, 99);
  header.writeUInt8(0, 100); // min zoom
  header.writeUInt8(0, 101); // max zoom
  const e7 = (degrees: number, at: number) => header.writeInt32LE(Math.round(degrees * 1e7), at);
  e7(bounds.west, 102);
  e7(bounds.south, 106);
  e7(bounds.east, 110);
  e7(bounds.north, 114);
  header.writeUInt8(0, 118); // centre zoom
  e7((bounds.west + bounds.east) / 2, 119);
  e7((bounds.south + bounds.north) / 2, 123);
  return Buffer.concat([header, directory, metadata, png]);
}
