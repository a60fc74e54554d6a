/**
 * `asOf` on every analysis (issue 14): edits over simulated weeks to actors, ties, roles,
 * mechanisms and engagements (tests/support/as-of-weeks.ts), every analysis run after each week,
 * then each analysis as of that week's round compared with what it answered then, for a fully cleared analyst and for an analyst cleared for
 * internal only; a record hidden from a caller at a date leaves no trace in that date's analyses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { historyClock } from '../../server/history/versions.js';
import { loadStart, runWeeks, WEEKS } from '../support/as-of-weeks.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';

const server = useTestServer({ reset: 'once' });
const api = (method: string, path: string, body?: unknown, as?: string) =>
  request(server.baseUrl, method, path, body, as === undefined ? {} : { as });

const realNow = historyClock.now;
afterAll(() => {
  historyClock.now = realNow;
});

/** Every analysis, with the parameters each needs on the fixture. */
const ANALYSES = ['influence', 'conflict-ties', 'engagement-check?actor=cso-b', 'path?from=cso-a&to=party', 'coordination', 'engagement'];

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
    await loadStart(server);
    const restricted = await server.userWithToken('asof-analysis-internal', 'analyst', 'internal');
    const weeks = await runWeeks(server, async () => ({ full: await runAll(undefined), internal: await runAll(restricted.token) }));

    const pastInternal: string[] = [];
    for (const [index, week] of weeks.entries()) {
      expect(await runAll(undefined, week.roundId), `week ${index + 1}, full clearance`).toEqual(week.read.full);
      const internal = await runAll(restricted.token, week.at);
      expect(internal, `week ${index + 1}, internal`).toEqual(week.read.internal);
      pastInternal.push(JSON.stringify(internal));
    }
    // The weeks differ from each other and from today, so the comparison compares something.
    for (const path of ['influence', 'coordination', 'engagement']) {
      const answers = weeks.map((week) => JSON.stringify(week.read.full[path]));
      const today = await api('GET', `/api/analysis/${path}`);
      expect(new Set([...answers, JSON.stringify({ status: today.status, body: today.body })]).size, path).toBe(WEEKS.length + 1);
    }
    // Hidden then, not now: the confidential actor, its tie and the confidential engagement are
    // nowhere in the internal analyst's week 1 (engagement counts included), and there in week 2.
    expect(pastInternal[0]).not.toContain('secret');
    expect(pastInternal[0]).not.toContain('Quiet Channel');
    expect(pastInternal[1]).toContain('Quiet Channel');
    const engagementCount = (json: string | undefined) =>
      (JSON.parse(json ?? '{}') as Record<string, { body: { engagements: number } }>).engagement?.body.engagements;
    expect([engagementCount(pastInternal[0]), engagementCount(pastInternal[1])]).toEqual([2, 4]);
  });

  it('answers 400 naming asOf for an unknown round', async () => {
    const response = await api('GET', '/api/analysis/influence?asOf=no-such-round');
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('query.asOf');
  });
});
