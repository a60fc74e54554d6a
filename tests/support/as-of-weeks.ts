/**
 * Simulated weeks of edits for the `asOf` tests of the analyses, exports and the diff (issue 14):
 * the fixture map (tests/support/fixture-graph.ts) plus a mission section, engagements and a
 * mechanism, then two weeks of edits to every kind of record that has a history (actors, ties,
 * lead and support roles, mechanisms, engagements), each through the API with the history clock
 * moved to that week. A confidential actor, tie and engagement of week 1 are lowered in week 2:
 * hidden in week 1 from a user cleared for internal only.
 */
import { expect } from 'vitest';
import { historyClock } from '../../server/history/versions.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from './fixture-graph.js';
import { request } from './http.js';
import type { TestServer } from './test-server.js';

export const DAY = 86_400_000;
export const WEEK = 7 * DAY;
export const START = Date.parse('2026-01-05T09:00:00Z');

type Ok = (method: string, path: string, body?: unknown) => Promise<any>;

export function okFor(server: TestServer): Ok {
  return async (method, path, body) => {
    const response = await request(server.baseUrl, method, path, body);
    expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
    return response.body;
  };
}

/** The fixture, a mission section, two engagements in the capital and a donor group, dated START. */
export async function loadStart(server: TestServer): Promise<void> {
  const ok = okFor(server);
  historyClock.now = () => START;
  await loadDataset(server.db, FIXTURE);
  await ok('POST', '/api/actors', { id: 'mission', name: 'Civil Affairs', kind: 'mission_component' });
  const engagement = { sectionId: 'mission', format: 'meeting', areaId: 'capital', outputIds: ['o1'] };
  await ok('POST', '/api/engagements', {
    id: 'e1',
    date: '2025-12-01',
    actorIds: ['cso-a'],
    ...engagement,
    followUps: [{ text: 'Send the report', due: '2026-01-10', done: false }],
  });
  await ok('POST', '/api/engagements', { id: 'e2', date: '2025-12-02', actorIds: ['cso-b'], ...engagement });
  await ok('POST', '/api/mechanisms', {
    id: 'm1',
    name: 'Donor group',
    kind: 'donor_group',
    memberIds: ['un', 'donor'],
    outputIds: ['o1'],
    chairId: 'un',
  });
}

/** The edits of each simulated week, made through the API. */
export const WEEKS: ((ok: Ok) => Promise<unknown>)[] = [
  async (ok) => {
    await ok('PATCH', '/api/actors/cso-a', { stance: -2, doNoHarmRole: 'divider', description: 'Now against the talks' });
    await ok('DELETE', '/api/ties/t-comm');
    await ok('POST', '/api/actors', { id: 'secret', name: 'Quiet Channel', kind: 'civil_society', sensitivity: 'confidential' });
    await ok('POST', '/api/ties', {
      id: 't-secret',
      type: 'allied_with',
      sourceId: 'secret',
      targetId: 'party',
      sensitivity: 'confidential',
    });
    await ok('POST', '/api/output-roles', { id: 'r-support', actorId: 'cso-a', outputId: 'o1', role: 'support', areaIds: ['east'] });
    await ok('PATCH', '/api/engagements/e2', { areaId: 'east' });
    await ok('POST', '/api/engagements', {
      id: 'e-secret',
      date: '2026-01-08',
      sectionId: 'mission',
      format: 'consultation',
      areaId: 'east',
      actorIds: ['cso-b'],
      sensitivity: 'confidential',
    });
  },
  async (ok) => {
    await ok('POST', '/api/ties', {
      id: 't-ally',
      type: 'allied_with',
      sourceId: 'cso-a',
      targetId: 'party',
      strength: 3,
      source: 'Field report',
    });
    await ok('PATCH', '/api/actors/secret', { sensitivity: 'internal' });
    await ok('PATCH', '/api/ties/t-secret', { sensitivity: 'internal' });
    await ok('PATCH', '/api/engagements/e-secret', { sensitivity: 'internal' });
    await ok('PATCH', '/api/actors/cso-b', { influence: 5 });
    // The lead in the capital goes, a lead comes in the east: one gap opens, one closes.
    const { items } = await ok('GET', '/api/output-roles?actor=un');
    await ok('DELETE', `/api/output-roles/${items[0].id}`);
    await ok('POST', '/api/output-roles', { id: 'r-lead-east', actorId: 'donor', outputId: 'o1', role: 'lead', areaIds: ['east'] });
    await ok('PATCH', '/api/output-roles/r-support', { areaIds: ['capital', 'east'] });
    await ok('PATCH', '/api/mechanisms/m1', { memberIds: ['un', 'donor', 'cso-a'], areaIds: ['east'] });
    await ok('POST', '/api/engagements', {
      id: 'e3',
      date: '2026-01-15',
      sectionId: 'mission',
      format: 'workshop',
      areaId: 'east',
      actorIds: ['cso-a', 'cso-b'],
    });
  },
];

/**
 * Runs the weeks: each week's edits dated that week, then a round named a day later and `read`
 * called (the record as it is then); afterwards more edits, so today differs from every round.
 */
export async function runWeeks<T>(server: TestServer, read: () => Promise<T>): Promise<{ roundId: string; at: string; read: T }[]> {
  const ok = okFor(server);
  const weeks: { roundId: string; at: string; read: T }[] = [];
  for (const [week, edit] of WEEKS.entries()) {
    const weekStart = START + (week + 1) * WEEK;
    historyClock.now = () => weekStart;
    await edit(ok);
    historyClock.now = () => weekStart + DAY;
    const round = await ok('POST', '/api/rounds', { name: `Week ${week + 1}` });
    weeks.push({ roundId: round.id, at: round.at, read: await read() });
  }
  historyClock.now = () => START + 10 * WEEK;
  await ok('DELETE', '/api/ties/t-affil');
  await ok('PATCH', '/api/actors/gov', { name: 'Changed after every round' });
  await ok('POST', '/api/ties', { id: 't-late', type: 'funds', sourceId: 'donor', targetId: 'cso-b' });
  await ok('DELETE', '/api/engagements/e1');
  await ok('PATCH', '/api/output-roles/r-lead-east', { role: 'support' });
  return weeks;
}
