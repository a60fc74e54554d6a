/**
 * Section 3, import: a seeded 100,000-row 3W table (organisation, acronym, sector, country,
 * admin 1 and its p-code) through POST /api/imports (read, validate every row, plan, suggest
 * duplicates, write all or nothing) against Neo4j's own LOAD CSV of the same file into the same
 * model (bench/cypher/load-csv-3w.cypher), each from an empty database with the schema. The
 * model each leaves behind is counted, so the rows per second compare like with like.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32 as seededRandom } from '../server/random/mulberry32.js';
import type { Database } from '../server/db/database.js';
import { labelForKind } from '../server/db/allowlist.js';
import { outputForSector } from '../server/imports/sector-outputs.js';
import type { BenchUser } from './bench-user.js';
import { BENCH_CYPHER, openDatabase, resetDatabase, type Neo4jTarget } from './environment.js';
import { timed } from './stats.js';

const SECTORS = [
  'Food Security',
  'Health',
  'Education',
  'Protection',
  'Shelter',
  'WASH',
  'Nutrition',
  'Logistics',
  'Early Recovery',
  'Livelihoods',
  'Gender Based Violence',
  'Youth Empowerment',
  'Media Development',
  'Peacebuilding',
  'Return and Reintegration',
  'Child Protection',
  'Mine Action',
  'Camp Coordination',
  'Emergency Telecommunications',
  'Agriculture',
];
const WORDS = ['Hope', 'Unity', 'Bridge', 'Harvest', 'Light', 'River', 'Cedar', 'Dawn', 'Solidarity', 'Horizon', 'Green', 'Open'];

/** A 3W CSV of `rows` data rows from `orgs` organisations (a few very active), one country, 20 provinces. */
export function generateThreeW(rows: number, orgs: number, seed: number): { csv: string; sectors: string[] } {
  const random = seededRandom(seed);
  const lines = ['Organisation,Acronym,Sector,Country,Admin 1,Admin 1 P-code'];
  for (let i = 0; i < rows; i += 1) {
    const org = Math.floor(orgs * random() ** 2); // skewed: low numbers report many activities
    const word = WORDS[org % WORDS.length] as string;
    const province = Math.floor(random() * 20);
    const sector = SECTORS[Math.floor(random() * SECTORS.length)] as string;
    lines.push(
      `${word} Community Association ${org},${word.slice(0, 2).toUpperCase()}CA${org},${sector},Veridia,Province ${province},VR${String(province).padStart(2, '0')}`,
    );
  }
  return { csv: `${lines.join('\n')}\n`, sectors: SECTORS };
}

export interface ImportResult {
  rows: number;
  bytes: number;
  ours: { seconds: number; rowsPerSecond: number; status: string; counts: Record<string, number> };
  loadCsv: { seconds: number; rowsPerSecond: number; counts: Record<string, number>; url: string };
  sameModel: boolean;
  /** ours / LOAD CSV rows per second: at least 0.5 meets the target. */
  ratio: number;
}

function post(url: string, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { ...headers, 'Content-Type': 'text/csv', 'Content-Length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function counts(benchDb: Database): Promise<Record<string, number>> {
  const [row] = await benchDb.read('model-counts');
  return Object.fromEntries(Object.entries(row ?? {}).map(([key, value]) => [key, Number(value)]));
}

/** Runs both imports of the same `rows`-row file; throws only on setup errors. */
export async function measureImport(
  neo4j: Neo4jTarget,
  db: Database,
  baseUrl: string,
  user: BenchUser,
  rows: number,
  log: (line: string) => void,
): Promise<ImportResult> {
  const { csv, sectors } = generateThreeW(rows, Math.max(100, Math.round(rows / 30)), 77);
  const file = join(tmpdir(), `actor-map-bench-3w-${rows}.csv`);
  writeFileSync(file, csv);
  const benchDb = openDatabase(neo4j, BENCH_CYPHER);
  const served = await serveFile(file);
  try {
    const url = await readableUrl(benchDb, neo4j, file, served.url);
    await resetDatabase(db);
    log(`  POST /api/imports with ${rows} rows (${(csv.length / 1e6).toFixed(1)} MB)...`);
    const ours = await timed(() => post(`${baseUrl}/api/imports?filename=bench-3w.csv`, user.headers, csv));
    const report = JSON.parse(ours.value.text) as { status?: string; problems?: unknown[] };
    if (report.status !== 'imported')
      throw new Error(`import answered ${ours.value.status} ${report.status}: ${JSON.stringify(report.problems ?? report).slice(0, 500)}`);
    const oursCounts = await counts(benchDb);

    await resetDatabase(db);
    log(`  LOAD CSV ${url}...`);
    const sectorOutputs = Object.fromEntries(sectors.map((sector) => [sector, outputForSector(sector)]));
    const loadCsv = await timed(() =>
      benchDb.autoCommit('load-csv-3w', { url, sectorOutputs, kind: 'civil_society', kindLabel: labelForKind('civil_society') }),
    );
    const loadCounts = await counts(benchDb);
    await resetDatabase(db);
    const oursRate = rows / (ours.ms / 1000);
    const loadRate = rows / (loadCsv.ms / 1000);
    const sameModel = JSON.stringify(oursCounts) === JSON.stringify(loadCounts);
    log(`  ours ${oursRate.toFixed(0)} rows/s, LOAD CSV ${loadRate.toFixed(0)} rows/s; same model: ${sameModel}`);
    return {
      rows,
      bytes: Buffer.byteLength(csv),
      sameModel,
      ratio: oursRate / loadRate,
      ours: { seconds: ours.ms / 1000, rowsPerSecond: oursRate, status: report.status, counts: oursCounts },
      loadCsv: { seconds: loadCsv.ms / 1000, rowsPerSecond: loadRate, counts: loadCounts, url },
    };
  } finally {
    served.close();
    await benchDb.close();
  }
}

/** Serves one file over loopback HTTP: LOAD CSV's fallback when it may not read local files. */
function serveFile(file: string): Promise<{ url: string; close(): void }> {
  const server = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/csv');
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/bench-3w.csv`, close: () => server.close() });
    }),
  );
}

/**
 * The first URL LOAD CSV can read the file from: the import folder (file:///name), an absolute
 * file URL (when no import folder is set), else loopback HTTP (e.g. NEO4J_URI on another machine).
 */
async function readableUrl(benchDb: Database, neo4j: Neo4jTarget, file: string, httpUrl: string): Promise<string> {
  const candidates: string[] = [];
  if (neo4j.importDir) {
    mkdirSync(neo4j.importDir, { recursive: true });
    copyFileSync(file, join(neo4j.importDir, 'bench-3w.csv'));
    candidates.push('file:///bench-3w.csv', `file://${file}`);
  }
  candidates.push(httpUrl);
  for (const url of candidates) {
    try {
      await benchDb.read('probe-csv', { url });
      return url;
    } catch {
      // Not readable with this server's settings; try the next way.
    }
  }
  throw new Error(`LOAD CSV could read the file from none of: ${candidates.join(', ')}`);
}
