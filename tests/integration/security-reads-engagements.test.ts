/**
 * Engagements and coordination mechanisms under need to know: a meeting of hidden actors alone
 * does not exist for the reader (no window of the engagement analysis, however narrow, counts
 * it), an engagement's own sensitivity hides it from readers below it (a grant on a participant
 * does not open it), and a coordination mechanism none of whose members the reader may see
 * appears nowhere, id included, neither in the coordination analysis nor in any export profile.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import type { DatasetInput } from '../../server/contracts/index.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';

const server = useTestServer();
const tokens: Record<'internal' | 'confidential' | 'granted', string> = { internal: '', confidential: '', granted: '' };

const EXTRA: DatasetInput = {
  meta: { name: 'Engagements under need to know', source: 'tests', fictional: true, description: '' },
  actors: [
    { id: 'section', name: 'Civil Affairs', kind: 'mission_component', sensitivity: 'public', basedIn: ['capital'] },
    {
      id: 'hrd',
      name: 'Hidden Defender',
      kind: 'civil_society',
      subtype: 'human_rights_defender',
      sensitivity: 'confidential',
      basedIn: ['east'],
      influence: 5,
    },
  ],
  engagements: [
    { id: 'e-mixed', date: '2026-03-01', sectionId: 'section', actorIds: ['cso-a', 'hrd'], format: 'meeting', areaId: 'capital' },
    { id: 'e-hidden', date: '2026-03-05', sectionId: 'section', actorIds: ['hrd'], format: 'field_visit', areaId: 'east' },
    {
      id: 'e-conf',
      date: '2026-03-10',
      sectionId: 'section',
      actorIds: ['cso-a'],
      format: 'meeting',
      areaId: 'capital',
      sensitivity: 'confidential',
    },
  ],
  mechanisms: [
    { id: 'm-hidden', name: 'Defenders circle', kind: 'cluster', areaIds: ['east'], outputIds: ['o1'], memberIds: ['hrd'] },
    { id: 'm-open', name: 'Output o1 group', kind: 'cluster', areaIds: ['capital'], outputIds: ['o1'], memberIds: ['un'] },
  ],
};

beforeAll(async () => {
  await server.reset();
  await loadDataset(server.db, FIXTURE);
  await loadDataset(server.db, EXTRA);
  tokens.internal = (await server.userWithToken('eng-internal', 'analyst', 'internal')).token;
  tokens.confidential = (await server.userWithToken('eng-confidential', 'analyst', 'confidential')).token;
  tokens.granted = (await server.userWithToken('eng-granted', 'analyst', 'internal', [{ scope: 'actor', targetId: 'hrd' }])).token;
}, 120_000);

const get = async (path: string, who: keyof typeof tokens) => {
  const response = await request(server.baseUrl, 'GET', path, undefined, { as: tokens[who] });
  expect(response.status, path).toBe(200);
  return response.body;
};
const byArea = (body: { byArea: { key: string; engagements: number }[] }) =>
  Object.fromEntries(body.byArea.map((row) => [row.key, row.engagements]));

describe('engagement analysis counts only engagements the reader may see', () => {
  it('a one-day window on a meeting of hidden actors alone shows nothing', async () => {
    const body = await get('/api/analysis/engagement?from=2026-03-05&to=2026-03-05', 'internal');
    expect(body).toMatchObject({ engagements: 0, participations: 0, capitalShare: null, areaGini: null });
    expect(byArea(body)).toEqual({ capital: 0, east: 0 });
  });

  it('over all dates an internal reader counts the one meeting with a visible participant, and only that participant', async () => {
    const body = await get('/api/analysis/engagement', 'internal');
    expect(body).toMatchObject({ engagements: 1, participations: 1, capitalShare: 1 });
    expect(byArea(body)).toEqual({ capital: 1, east: 0 });
    expect(JSON.stringify(body)).not.toContain('hrd');
  });

  it('a reader cleared confidential counts all three, every participant included', async () => {
    const body = await get('/api/analysis/engagement', 'confidential');
    expect(body).toMatchObject({ engagements: 3, participations: 4 });
    expect(byArea(body)).toEqual({ capital: 2, east: 1 });
  });

  it('a grant on a participant opens the meetings of that actor, but not a confidential meeting', async () => {
    const body = await get('/api/analysis/engagement', 'granted');
    // e-mixed (cso-a, hrd) and e-hidden (hrd); e-conf is confidential, above the reader's clearance.
    expect(body).toMatchObject({ engagements: 2, participations: 3 });
    expect(byArea(body)).toEqual({ capital: 1, east: 1 });
  });

  it('the do-no-harm check counts the same participations in its current balance', async () => {
    for (const [who, participations] of [
      ['internal', 1],
      ['confidential', 4],
      ['granted', 3],
    ] as const) {
      const { balanceNow } = await get('/api/analysis/engagement-check?actor=gov', who);
      const counted = balanceNow.parties.reduce(
        (sum: number, party: { participations: number }) => sum + party.participations,
        balanceNow.nonAligned,
      );
      expect(counted, who).toBe(participations);
    }
  });
});

describe('engagements in exports', () => {
  const engagementsOf = async (who: keyof typeof tokens, profile: string) => {
    const response = await request(server.baseUrl, 'GET', `/api/exports/snapshot?profile=${profile}`, undefined, { as: tokens[who] });
    expect(response.status).toBe(200);
    return (response.body.dataset.engagements as { id: string; sensitivity: string; actorIds: string[] }[]).map((e) => [
      e.id,
      e.sensitivity,
      e.actorIds,
    ]);
  };

  it('carry their sensitivity, and only those the exporter may see', async () => {
    expect(await engagementsOf('internal', 'full')).toEqual([['e-mixed', 'internal', ['cso-a']]]);
    expect(await engagementsOf('granted', 'full')).toEqual([
      ['e-hidden', 'internal', ['hrd']],
      ['e-mixed', 'internal', ['cso-a', 'hrd']],
    ]);
    // A confidential meeting among internal actors and ties (those of the capital) makes the export confidential.
    const header = await fetch(`${server.baseUrl}/api/exports/snapshot?profile=full&areas=capital`, {
      headers: { authorization: `Bearer ${tokens.confidential}` },
    });
    expect(JSON.parse(header.headers.get('x-actor-map-export')!).sensitivity).toBe('confidential');
    expect(await engagementsOf('confidential', 'full')).toEqual([
      ['e-conf', 'confidential', ['cso-a']],
      ['e-hidden', 'internal', ['hrd']],
      ['e-mixed', 'internal', ['cso-a', 'hrd']],
    ]);
  });
});

describe('coordination mechanisms with no visible member', () => {
  it('are left out of the coordination analysis, id and all', async () => {
    const hidden = JSON.stringify(await get('/api/analysis/coordination', 'internal'));
    expect(hidden).toContain('m-open');
    expect(hidden).not.toContain('m-hidden');
    expect(JSON.stringify(await get('/api/analysis/coordination', 'confidential'))).toContain('m-hidden');
  });

  it('are left out of every export profile, id and all', async () => {
    // The snapshot is the format that carries mechanisms.
    // (Shareable keeps public actors only: m-open's member is internal, so it goes too.)
    for (const [profile, kept] of [
      ['full', ['m-open']],
      ['internal', ['m-open']],
      ['shareable', []],
    ] as const) {
      const response = await request(server.baseUrl, 'GET', `/api/exports/snapshot?profile=${profile}`, undefined, { as: tokens.internal });
      expect(
        response.body.dataset.mechanisms.map((m: { id: string }) => m.id),
        profile,
      ).toEqual(kept);
    }
    // Shareable drops the confidential member, and with it the mechanism.
    const shareable = await request(server.baseUrl, 'GET', '/api/exports/snapshot?profile=shareable', undefined, {
      as: tokens.confidential,
    });
    expect(JSON.stringify(shareable.body)).not.toContain('m-hidden');
    const full = await request(server.baseUrl, 'GET', '/api/exports/snapshot?profile=full', undefined, { as: tokens.confidential });
    expect(full.body.dataset.mechanisms.map((m: { id: string }) => m.id)).toEqual(['m-hidden', 'm-open']);
  });
});
