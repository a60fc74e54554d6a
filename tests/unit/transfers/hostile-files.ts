/**
 * Hostile uploads, built in the test rather than committed: zips (and workbooks) that declare
 * false sizes, a sheet with one value in column XFD, merges over a whole sheet, a CSV as wide as
 * Excel allows, near-identical names by the thousand, and a large but honest 3W table.
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Rewrites the uncompressed size that `entry` declares, in its local header and its central directory record. */
export function declareSize(zip: Uint8Array, entry: string, declared: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  let eocd = bytes.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd -= 1;
  let at = view.getUint32(eocd + 16, true);
  for (let index = 0; index < view.getUint16(eocd + 10, true); index += 1) {
    const nameLength = view.getUint16(at + 28, true);
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength));
    if (name === entry) {
      view.setUint32(at + 24, declared, true);
      view.setUint32(view.getUint32(at + 42, true) + 22, declared, true);
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}

/** Compressed size of one entry, from the central directory. */
function compressedSize(zip: Uint8Array, entry: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd -= 1;
  let at = view.getUint32(eocd + 16, true);
  for (;;) {
    const nameLength = view.getUint16(at + 28, true);
    if (strFromU8(zip.subarray(at + 46, at + 46 + nameLength)) === entry) return view.getUint32(at + 20, true);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}

/** `mb` MB of repeated text, as bytes. */
function repeated(text: string, mb: number): Uint8Array {
  const unit = strToU8(text.repeat(Math.ceil(65536 / text.length)));
  const out = new Uint8Array(mb * 1024 * 1024);
  for (let at = 0; at < out.length; at += unit.length) out.set(unit.subarray(0, out.length - at), at);
  return out;
}

/** A zipped CSV of `mb` MB that declares 50 times its compressed size (under every declared limit). */
export function lyingZippedCsv(mb = 110): Uint8Array {
  const csv = repeated('Helping Hands,Health\n', mb);
  csv.set(strToU8('Organisation,Sector\n#org,#sector\n'));
  const zip = zipSync({ 'input.csv': csv }, { level: 9 });
  return declareSize(zip, 'input.csv', compressedSize(zip, 'input.csv') * 50);
}

/** A small 3W workbook: header, hashtags and `rows` rows. */
export function threeWWorkbook(rows: number): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('3W');
  sheet.addRow(['Organisation', 'Sector']);
  sheet.addRow(['#org', '#sector']);
  for (let index = 0; index < rows; index += 1) sheet.addRow([`Organisation ${index}`, 'Health']);
  return workbook;
}

async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A valid workbook whose sheet XML is padded with `mb` MB of blanks and declares 50 times its compressed size. */
export async function lyingWorkbook(mb = 110): Promise<Uint8Array> {
  const files = unzipSync(await workbookBytes(threeWWorkbook(10)));
  const xml = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
  const [head, tail] = [xml.slice(0, xml.lastIndexOf('</worksheet>')), '</worksheet>'];
  const padding = repeated(' ', mb);
  const padded = new Uint8Array(head.length + padding.length + tail.length);
  padded.set(strToU8(head));
  padded.set(padding, head.length);
  padded.set(strToU8(tail), head.length + padding.length);
  const zip = zipSync({ ...files, 'xl/worksheets/sheet1.xml': padded }, { level: 9 });
  return declareSize(zip, 'xl/worksheets/sheet1.xml', compressedSize(zip, 'xl/worksheets/sheet1.xml') * 50);
}

/** 400 rows of a 3W sheet with one stray value in column XFD (the last Excel has). */
export async function sheetWithValueInXfd(): Promise<Uint8Array> {
  const workbook = threeWWorkbook(400);
  (workbook.getWorksheet('3W') as ExcelJS.Worksheet).getCell('XFD5').value = 'stray';
  return workbookBytes(workbook);
}

/** A workbook whose sheet merges every cell below its table (ExcelJS would fill 17 billion cells). */
export async function sheetMergedToTheEnd(): Promise<Uint8Array> {
  const files = unzipSync(await workbookBytes(threeWWorkbook(10)));
  const xml = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array).replace(
    '</sheetData>',
    '</sheetData><mergeCells count="1"><mergeCell ref="A20:XFD1048576"/></mergeCells>',
  );
  return zipSync({ ...files, 'xl/worksheets/sheet1.xml': strToU8(xml) });
}

/** A CSV of 400 rows, one of them with a value in column 20,000. */
export function csvWithValueFarRight(): string {
  const rows = ['Organisation,Sector', '#org,#sector', ...Array.from({ length: 400 }, (_, index) => `Organisation ${index},Health`)];
  rows[5] = `${rows[5]}${','.repeat(20_000)}stray`;
  return `${rows.join('\n')}\n`;
}

/** `count` distinct names, each two letters away from one base name: every pair is a spelling variant. */
export function nearIdenticalNames(count = 3000): string[] {
  const base = 'International Rescue Committee Relief';
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const names = new Set<string>();
  while (names.size < count) {
    const chars = [...base];
    for (let edit = 0; edit < 2; edit += 1) chars[8 + Math.floor(random() * 20)] = String.fromCharCode(97 + Math.floor(random() * 26));
    names.add(chars.join(''));
  }
  return [...names];
}

/** A 3W CSV with one row per name. */
export function threeWCsv(names: readonly string[]): string {
  return `Organisation,Sector\n#org,#sector\n${names.map((name) => `${name},Health`).join('\n')}\n`;
}

/** An honest 3W CSV of `rows` rows and about 8 MB per 100,000 rows: large, valid, slow to read. */
export function largeThreeWCsv(rows = 100_000): string {
  const lines = ['Organisation,Acronym,Sector,Country,Admin 1'];
  for (let index = 0; index < rows; index += 1) {
    const org = index % 3000;
    lines.push(`Bridge Community Association ${org},BCA${org},Health,Veridia,Province ${index % 20}`);
  }
  return `${lines.join('\n')}\n`;
}
