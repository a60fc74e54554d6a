/**
 * `asOf` on every analysis (issue 14): edits over simulated weeks (the history clock moved a week
 * at a time), every analysis run after each week, then each analysis as of that week's round
 * compared with what it answered then, for a fully cleared analyst and for an analyst cleared for
 * internal only; a record hidden from a caller at a date leaves no trace in that date's analyses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { historyClock } from '../../server/history/versions.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';

const server = useTestServer({ reset: 'once' });
const api = (method: string, path: string, body?: unknown, as?: string) =>
  request(server.baseUrl, method, path, body, as === undefined ? {} : { as });
const ok = async (method: string, path: string, body?: unknown) => {
  const response = await api(method, path, body);
  expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
  return response.body;
};

const DAY = 86_400_000;
const WEEK = 7 * DAY;
const START = Date.parse('2026-01-05T09:00:00Z');
const realNow = historyClock.now;
afterAll(() => {
  historyClock.now = realNow;
});

/** The edits of each simulated week, made through the API. */
const WEEKS: (() => Promise<unknown>)[] = [
  async () => {
    await ok('PATCH', '/api/actors/cso-a', { stance: -2, doNoHarmRole: 'divider' });
    await ok('DELETE', '/api/ties/t-comm');
    // Confidential in week 1, lowered in week 2: hidden in week 1 from those cleared for internal.
    await ok('POST', '/api/actors', { id: 'secret', name: 'Quiet Channel', kind: 'civil_society', sensitivity: 'confidential' });
    await ok('POST', '/api/ties', {
      id: 't-secret',
      type: 'allied_with',
      sourceId: 'secret',
      targetId: 'party',
      sensitivity: 'confidential',
    });
  },
  async () => {
    await ok('POST', '/api/ties', { id: 't-ally', type: 'allied_with', sourceId: 'cso-a', targetId: 'party', strength: 3 });
    await ok('PATCH', '/api/actors/secret', { sensitivity: 'internal' });
    await ok('PATCH', '/api/ties/t-secret', { sensitivity: 'internal' });
    await ok('PATCH', '/api/actors/cso-b', { influence: 5 });
  },
];

/** Every analysis, with the parameters each needs on the fixture. */
const ANALYSES = ['influence', 'conflict-ties', 'engagement-check?actor=cso-b', 'path?from=cso-a&to=party', 'engagement'];

const withAsOf = (path: string, asOf: string) => `${path}${path.includes('?') ? '&' : '?'}asOf=${encodeURIComponent(asOf)}`;

async function runAll(token: string | undefined, asOf?: string): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  for (const path of ANALYSES) {
    const response = await api('GET', `/api/analysis/${asOf === undefined ? path : withAsOf(path, asOf)}`, undefined, token);
    results[path] = { status: response.status, body: response.body };
  }
  return results;
}

describe('every analysis as of a round equals the analysis run then', () => {
  it('week after week, for each clearance; hidden records leave no trace', { timeout: 240_000 }, async () => {
    historyClock.now = () => START;
    await loadDataset(server.db, FIXTURE);
    const restricted = await server.userWithToken('asof-analysis-internal', 'analyst', 'internal');
    const weeks: { roundId: string; at: string; full: Record<string, unknown>; internal: Record<string, unknown> }[] = [];
    for (const [week, edit] of WEEKS.entries()) {
      const weekStart = START + (week + 1) * WEEK;
      historyClock.now = () => weekStart;
      await edit();
      historyClock.now = () => weekStart + DAY;
      const round = await ok('POST', '/api/rounds', { name: `Analysis week ${week + 1}` });
      weeks.push({ roundId: round.id, at: round.at, full: await runAll(undefined), internal: await runAll(restricted.token) });
    }
    // Today differs from every week: a deleted tie, a renamed actor, a new party tie.
    historyClock.now = () => START + 10 * WEEK;
    await ok('DELETE', '/api/ties/t-affil');
    await ok('PATCH', '/api/actors/gov', { name: 'Changed after every round' });
    await ok('POST', '/api/ties', { id: 't-late', type: 'funds', sourceId: 'donor', targetId: 'cso-b' });

    for (const [index, week] of weeks.entries()) {
      expect(await runAll(undefined, week.roundId), `week ${index + 1}, full clearance`).toEqual(week.full);
      expect(await runAll(restricted.token, week.at), `week ${index + 1}, internal`).toEqual(week.internal);
    }
    // The weeks differ from each other and from today, so the comparison compares something.
    const influence = weeks.map((week) => JSON.stringify(week.full.influence));
    expect(new Set([...influence, JSON.stringify((await runAll(undefined)).influence)]).size).toBe(WEEKS.length + 1);
    // Hidden then, not now: the confidential actor and its tie are nowhere in the internal analyst's past.
    const hiddenThen = JSON.stringify(await runAll(restricted.token, weeks[0]!.roundId));
    expect(hiddenThen).not.toContain('secret');
    expect(hiddenThen).not.toContain('Quiet Channel');
    expect(JSON.stringify(await runAll(restricted.token, weeks[1]!.roundId))).toContain('Quiet Channel');
  });

  it('answers 400 naming asOf for an unknown round', async () => {
    const response = await api('GET', '/api/analysis/influence?asOf=no-such-round');
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('query.asOf');
  });
});
