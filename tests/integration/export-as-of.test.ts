/**
 * `asOf` on every export (issue 14): edits over simulated weeks to actors, ties, roles, mechanisms
 * and engagements (tests/support/as-of-weeks.ts), the map exported after each week in every format and every profile, then each export
 * taken again as of that week's round and compared with what it gave then, record for record
 * (the file's own date and its `asOf` filter aside), for a fully cleared analyst and for an analyst
 * cleared for internal only.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, EXPORT_PROFILES } from '../../server/contracts/index.js';
import { historyClock } from '../../server/history/versions.js';
import { loadStart, runWeeks, WEEKS } from '../support/as-of-weeks.js';
import { authHeaders, request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';

const server = useTestServer({ reset: 'once' });

const realNow = historyClock.now;
afterAll(() => {
  historyClock.now = realNow;
});

const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g;

/**
 * A file's text without what says when it was made or that it is of a past date; the internal
 * profile's pseudonyms (salted afresh for every file) numbered in order of appearance.
 */
function normalise(text: string): string {
  const pseudonyms = new Map<string, number>();
  return text
    .replace(/(?<=\bp-|Actor )[0-9a-f]{8}\b/g, (hex) => `#${pseudonyms.get(hex) ?? pseudonyms.set(hex, pseudonyms.size).size - 1}`)
    .replace(ISO, '<time>')
    .replace(/\{\s*("|&quot;|\\")asOf\1:\s*\[\s*\1<time>\1\s*\]\s*\}/g, '{}')
    .replace(/asOf=<time>/g, 'none (whole map)');
}

/** The contents of an export, comparable: every entry of a zip (csv, kumu xlsx), else the text. */
async function exported(format: string, profile: string, token: string | undefined, asOf?: string) {
  const query = new URLSearchParams({ profile, name: 'Weekly map', ...(asOf ? { asOf } : {}) });
  const response = await fetch(`${server.baseUrl}/api/exports/${format}?${query}`, {
    headers: token ? { authorization: `Bearer ${token}` } : authHeaders(server.baseUrl),
  });
  expect(response.status, `${format}/${profile}`).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) return normalise(strFromU8(bytes));
  const entries = unzipSync(bytes);
  return Object.fromEntries(
    Object.keys(entries)
      .sort()
      .map((name) => [name, normalise(strFromU8(entries[name]!))]),
  );
}

/**
 * Every format (in the default profile, internal) and every profile (of the snapshot, which holds
 * every record and field): the profiles redact the one export graph before any format writes it.
 * Few enough requests to stay under the exports' rate limit of 60 a minute per user.
 */
const FILES = [
  ...EXPORT_FORMATS.map((format) => [format, 'internal'] as const),
  ...EXPORT_PROFILES.filter((profile) => profile !== 'internal').map((profile) => ['snapshot', profile] as const),
];

async function exportAll(token: string | undefined, asOf?: string): Promise<Record<string, unknown>> {
  const files: Record<string, unknown> = {};
  for (const [format, profile] of FILES) files[`${format}/${profile}`] = await exported(format, profile, token, asOf);
  return files;
}

describe('every export as of a round equals the export taken then', () => {
  it('in every format and profile, week after week, for each clearance', { timeout: 300_000 }, async () => {
    await loadStart(server);
    const restricted = await server.userWithToken('asof-export-internal', 'analyst', 'internal');
    const weeks = await runWeeks(server, async () => ({ full: await exportAll(undefined), internal: await exportAll(restricted.token) }));

    const pastInternal: Record<string, unknown>[] = [];
    for (const [index, week] of weeks.entries()) {
      const full = await exportAll(undefined, week.roundId);
      const internal = await exportAll(restricted.token, week.at);
      pastInternal.push(internal);
      for (const key of Object.keys(week.read.full)) {
        expect(full[key], `week ${index + 1} ${key}, full clearance`).toEqual(week.read.full[key]);
        expect(internal[key], `week ${index + 1} ${key}, internal`).toEqual(week.read.internal[key]);
      }
    }
    // The weeks differ from each other and from today, so the comparison compares something.
    const snapshots = weeks.map((week) => JSON.stringify(week.read.full['snapshot/full']));
    expect(snapshots[0]).toContain('Now against the talks');
    expect(new Set([...snapshots, JSON.stringify((await exportAll(undefined))['snapshot/full'])]).size).toBe(WEEKS.length + 1);
    // Hidden from the internal analyst in week 1, lowered in week 2: absent from every file of week 1.
    expect(JSON.stringify(pastInternal[0])).not.toContain('Quiet Channel');
    expect(JSON.stringify(pastInternal[1])).toContain('Quiet Channel');
  });

  it('says it is of a past date, in the file, its header and its name; an unknown round is a 400 naming asOf', async () => {
    const response = await fetch(`${server.baseUrl}/api/exports/snapshot?asOf=2026-01-06T00:00:00Z`, {
      headers: authHeaders(server.baseUrl),
    });
    expect(response.status).toBe(200);
    const snapshot = (await response.json()) as { export: { filters: Record<string, string[]> } };
    expect(snapshot.export.filters.asOf).toEqual(['2026-01-06T00:00:00.000Z']);
    expect(JSON.parse(response.headers.get('x-actor-map-export') ?? '{}').filters.asOf).toEqual(['2026-01-06T00:00:00.000Z']);
    expect(response.headers.get('content-disposition')).toContain('-as-of-2026-01-06-');
    const unknown = await request(server.baseUrl, 'GET', '/api/exports/graphml?asOf=no-such-round');
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('query.asOf');
  });
});
