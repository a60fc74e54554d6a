/**
 * The fast diff (server/history/diff.ts reads only the records that may have changed, and the
 * map's structure once) against the diff as first written (tests/support/reference-diff.ts: both
 * whole maps compared), after seeded random edits over simulated weeks: renames, stances, levels
 * raised and lowered, areas moved, ties added, retyped, restrengthened and deleted, actors added
 * and deleted, lead and support roles added and deleted, engagements held, raised, lowered and
 * deleted. Every pair of weeks, both ways, for viewers of different clearance and grants. The
 * coordination sections (roles, engagements, gaps, engagement share), which the fast diff computes
 * on one map read whole and the other derived from it, are held to the same sections computed on
 * both whole maps (referenceCoordination).
 */
import { mulberry32 as random } from '../../server/random/mulberry32.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_VIEWER, type Viewer } from '../../server/access/viewer.js';
import type { DatasetInput } from '../../server/contracts/index.js';
import { createDiffService } from '../../server/history/diff.js';
import { historyClock } from '../../server/history/versions.js';
import { createRoundStore } from '../../server/rounds/round-store.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';
import { createReferenceDiffService, referenceCoordination } from '../support/reference-diff.js';

const server = useTestServer({ reset: 'once' });
const DAY = 86_400_000;
const START = Date.parse('2026-02-02T09:00:00Z');
const WEEKS = 5;
const realNow = historyClock.now;
afterAll(() => {
  historyClock.now = realNow;
});

const next = random(14);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

const KINDS = ['civil_society', 'government', 'un_entity', 'donor', 'conflict_party'] as const;
const LEVELS = ['public', 'internal', 'confidential', 'strictly_confidential'] as const;
const TYPES = ['allied_with', 'cooperates_with', 'communicates_with', 'influences', 'funds', 'in_conflict_with'] as const;
const EXTRA = 18;
const AREAS = ['capital', 'east'] as const;
const actorIds = [...FIXTURE.actors!.map((actor) => actor.id), ...Array.from({ length: EXTRA }, (_, i) => `x${i}`)];
let tieCount = 0;
let roleCount = 0;
let engagementCount = 0;

const DATASET: DatasetInput = {
  ...FIXTURE,
  actors: [
    ...FIXTURE.actors!,
    { id: 'section', name: 'Civil Affairs', kind: 'mission_component', basedIn: ['capital'] },
    ...Array.from({ length: EXTRA }, (_, i) => ({
      id: `x${i}`,
      name: `Actor ${String.fromCharCode(65 + ((i * 7) % 26))}${i}`,
      kind: KINDS[i % KINDS.length]!,
      sensitivity: LEVELS[i % 3]!,
      basedIn: [i % 2 === 0 ? 'capital' : 'east'],
    })),
  ],
  ties: [
    ...FIXTURE.ties!,
    ...Array.from({ length: 30 }, (_, i) => ({
      id: `xt${i}`,
      type: TYPES[i % TYPES.length]!,
      sourceId: actorIds[(i * 5) % actorIds.length]!,
      targetId: actorIds[(i * 5 + 1 + (i % 7)) % actorIds.length]!,
      strength: (i % 3) + 1,
    })),
  ],
};

/** One random edit through the API; refusals (a deleted record, a duplicate pair) are part of the game. */
async function randomEdit(): Promise<void> {
  const actor = pick(actorIds);
  const tie = next() < 0.5 ? `xt${Math.floor(next() * 30)}` : `rt${Math.floor(next() * Math.max(tieCount, 1))}`;
  const edits = [
    () => request(server.baseUrl, 'PATCH', `/api/actors/${actor}`, { name: `Renamed ${Math.floor(next() * 1000)}` }),
    () =>
      request(server.baseUrl, 'PATCH', `/api/actors/${actor}`, {
        stance: Math.floor(next() * 5) - 2,
        influence: 1 + Math.floor(next() * 5),
      }),
    () => request(server.baseUrl, 'PATCH', `/api/actors/${actor}`, { sensitivity: pick(LEVELS) }),
    () => request(server.baseUrl, 'PATCH', `/api/actors/${actor}`, { basedIn: [pick(['capital', 'east'])] }),
    () => request(server.baseUrl, 'PATCH', `/api/actors/${actor}`, { doNoHarmRole: pick(['connector', 'divider', 'unknown']) }),
    () =>
      request(server.baseUrl, 'POST', '/api/ties', {
        id: `rt${tieCount++}`,
        type: pick(TYPES),
        sourceId: actor,
        targetId: pick(actorIds),
        strength: 1 + Math.floor(next() * 3),
      }),
    () => request(server.baseUrl, 'PATCH', `/api/ties/${tie}`, { strength: 1 + Math.floor(next() * 3), sensitivity: pick(LEVELS) }),
    () => request(server.baseUrl, 'PATCH', `/api/ties/${tie}`, { type: pick(TYPES) }),
    () => request(server.baseUrl, 'DELETE', `/api/ties/${tie}`),
    () => (next() < 0.3 ? request(server.baseUrl, 'DELETE', `/api/actors/${actor}`) : Promise.resolve()),
    () =>
      request(server.baseUrl, 'POST', '/api/output-roles', {
        id: `rr${roleCount++}`,
        actorId: actor,
        outputId: 'o1',
        role: pick(['lead', 'support']),
        areaIds: [pick(AREAS)],
      }),
    () => request(server.baseUrl, 'DELETE', `/api/output-roles/rr${Math.floor(next() * Math.max(roleCount, 1))}`),
    () =>
      request(server.baseUrl, 'POST', '/api/engagements', {
        id: `re${engagementCount++}`,
        date: `2026-0${1 + Math.floor(next() * 3)}-1${Math.floor(next() * 10)}`,
        sectionId: 'section',
        actorIds: [...new Set([actor, pick(actorIds), pick(actorIds)])],
        format: 'meeting',
        areaId: pick(AREAS),
        sensitivity: pick(LEVELS),
      }),
    () =>
      request(server.baseUrl, 'PATCH', `/api/engagements/re${Math.floor(next() * Math.max(engagementCount, 1))}`, {
        sensitivity: pick(LEVELS),
        areaId: pick(AREAS),
      }),
    () => request(server.baseUrl, 'DELETE', `/api/engagements/re${Math.floor(next() * Math.max(engagementCount, 1))}`),
  ];
  await pick(edits)();
}

/**
 * Engagements that move between the weeks, written apart from the random edits (which seldom hit
 * an engagement that exists, and one more of which would change every draw after it): held in
 * the capital from week 1, in the east from week 2, on another date from week 3.
 */
const MOVING = ['mv0', 'mv1', 'mv2'];
async function moveEngagements(week: number): Promise<void> {
  for (const [index, id] of MOVING.entries()) {
    if (week === 1)
      await request(server.baseUrl, 'POST', '/api/engagements', {
        id,
        date: '2026-02-10',
        sectionId: 'section',
        actorIds: [actorIds[index]!, actorIds[index + 3]!],
        format: 'meeting',
        areaId: 'capital',
        sensitivity: LEVELS[index]!,
      });
    if (week === 2) await request(server.baseUrl, 'PATCH', `/api/engagements/${id}`, { areaId: 'east' });
    if (week === 3) await request(server.baseUrl, 'PATCH', `/api/engagements/${id}`, { date: '2026-03-20' });
  }
}

const weeks: string[] = [];

beforeAll(async () => {
  historyClock.now = () => START - DAY;
  await loadDataset(server.db, DATASET);
  for (let week = 0; week < WEEKS; week += 1) {
    historyClock.now = () => START + week * 7 * DAY;
    weeks.push(new Date(START + week * 7 * DAY + DAY).toISOString());
    for (let edit = 0; edit < 12; edit += 1) await randomEdit();
    await moveEngagements(week);
  }
  historyClock.now = realNow;
}, 120_000);

const VIEWERS: Record<string, Viewer> = {
  system: SYSTEM_VIEWER,
  'viewer cleared for internal': { userId: 'eq-viewer', role: 'viewer', clearance: 'internal', grants: [] },
  'analyst cleared for internal, with an area and an actor grant': {
    userId: 'eq-analyst',
    role: 'analyst',
    clearance: 'internal',
    grants: [
      { scope: 'area', targetId: 'east' },
      { scope: 'actor', targetId: 'x2' },
    ],
    actorIdsOpenedByAreas: ['x5'],
  },
};

describe('the diff that reads only what changed', () => {
  it('answers as the whole-map comparison does, for every pair of weeks both ways', async () => {
    const rounds = createRoundStore(server.db);
    const fast = createDiffService(server.db, rounds);
    const reference = createReferenceDiffService(server.db, rounds);
    let compared = 0;
    let withChanges = 0;
    let withMoves = 0;
    let withCoordinationChanges = 0;
    let withMovedEngagements = 0;
    for (const [name, viewer] of Object.entries(VIEWERS)) {
      for (const from of weeks) {
        for (const to of weeks) {
          const [got, want, wantCoordination] = await Promise.all([
            fast.diff(from, to, viewer),
            reference.diff(from, to, viewer),
            referenceCoordination(server.db, rounds, from, to, viewer),
          ]);
          const { from: gotFrom, to: gotTo, actors, ties, named, ...coordination } = got;
          expect({ from: gotFrom, to: gotTo, actors, ties, named }, `${name}: ${from} -> ${to}`).toEqual(want);
          expect(coordination, `${name}: ${from} -> ${to}, coordination`).toEqual(wantCoordination);
          compared += 1;
          if (
            wantCoordination.roles.added.length + wantCoordination.engagements.added.length + wantCoordination.engagements.removed.length >
            0
          )
            withCoordinationChanges += 1;
          if (wantCoordination.engagements.changed.length > 0) withMovedEngagements += 1;
          if (want.named.influenceMoves.length > 0) withMoves += 1;
          if (want.actors.changed.length + want.ties.added.length + want.ties.removed.length > 0) withChanges += 1;
        }
      }
    }
    // The edits gave the comparison something to compare.
    expect(compared).toBe(3 * WEEKS * WEEKS);
    expect(withChanges).toBeGreaterThan(WEEKS * 2);
    expect(withMoves).toBeGreaterThan(0);
    expect(withCoordinationChanges).toBeGreaterThan(WEEKS);
    // Engagements moved to another area or date, listed as changed by both.
    expect(withMovedEngagements).toBeGreaterThan(WEEKS);
  }, 120_000);
});
