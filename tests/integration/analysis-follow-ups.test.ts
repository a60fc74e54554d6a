/**
 * GET /api/analysis/engagement, `followUpsDue`: the open follow-ups of the engagements counted, by
 * due date (undated last), overdue when due before today (UTC), text withheld from viewers like the
 * summary, and nothing of an engagement the user may not know took place.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import { analyseEngagementBalance } from '../../server/analyses/engagement-balance.js';
import { followUpsDue } from '../../server/analyses/engagement-data.js';
import { EngagementBalanceQuerySchema, EngagementBalanceResultSchema, type DatasetInput } from '../../server/contracts/index.js';
import { resetWith } from '../support/analysis-api.js';
import { request } from '../support/http.js';

const server = useTestServer();
const PAST = '2020-01-15';
const FUTURE = '2099-06-30';

const engagement = (
  id: string,
  date: string,
  actorIds: string[],
  followUps: NonNullable<DatasetInput['engagements']>[number]['followUps'],
  sensitivity = 'internal',
) => ({
  id,
  date,
  sectionId: 'mc',
  actorIds,
  format: 'meeting' as const,
  areaId: 'cap',
  sensitivity: sensitivity as 'internal',
  followUps,
});

const DATASET: DatasetInput = {
  meta: { name: 'Follow-ups', source: 'tests', fictional: true, description: '' },
  areas: [{ id: 'cap', name: 'Capital', pcode: 'FU01', isCapital: true }],
  actors: [
    { id: 'mc', name: 'Civil Affairs', kind: 'mission_component', sensitivity: 'public', basedIn: ['cap'] },
    { id: 'cso', name: 'Open CSO', kind: 'civil_society', sensitivity: 'internal', basedIn: ['cap'] },
    { id: 'hrd', name: 'Hidden HRD', kind: 'civil_society', sensitivity: 'confidential', basedIn: ['cap'] },
  ],
  ties: [],
  engagements: [
    engagement(
      'g1',
      '2026-03-01',
      ['cso'],
      [
        { text: 'Send the report', due: FUTURE, done: false },
        { text: 'Already done', due: PAST, done: true },
        { text: 'Call back', due: null, done: false },
      ],
    ),
    engagement('g2', '2026-04-01', ['cso'], [{ text: 'Refer threat report', due: PAST, done: false }]),
    // Confidential engagement with a visible participant: hidden from an internal clearance.
    engagement('g3', '2026-05-01', ['cso'], [{ text: 'Secret action', due: PAST, done: false }], 'confidential'),
    // Internal engagement whose only participant is confidential: hidden too.
    engagement('g4', '2026-06-01', ['hrd'], [{ text: 'Protect the HRD', due: PAST, done: false }]),
  ],
};

const tokens = new Map<string, string>();
beforeAll(async () => {
  await resetWith(server, DATASET);
  tokens.set('viewer', (await server.userWithToken('fu-viewer', 'viewer', 'internal')).token);
  tokens.set('analyst', (await server.userWithToken('fu-analyst', 'analyst', 'internal')).token);
  tokens.set('analyst-conf', (await server.userWithToken('fu-analyst-conf', 'analyst', 'confidential')).token);
}, 60_000);

async function due(who: string) {
  const response = await request(server.baseUrl, 'GET', '/api/analysis/engagement', undefined, { as: tokens.get(who)! });
  expect(response.status).toBe(200);
  return EngagementBalanceResultSchema.parse(response.body);
}

describe('follow-ups due in the engagement analysis', () => {
  it('lists the open follow-ups by due date, undated last, overdue when due before today', async () => {
    const body = await due('analyst');
    expect(body.followUpsDue).toEqual([
      { engagementId: 'g2', engagementDate: '2026-04-01', participantId: 'cso', text: 'Refer threat report', due: PAST, overdue: true },
      { engagementId: 'g1', engagementDate: '2026-03-01', participantId: 'cso', text: 'Send the report', due: FUTURE, overdue: false },
      { engagementId: 'g1', engagementDate: '2026-03-01', participantId: 'cso', text: 'Call back', due: null, overdue: false },
    ]);
    expect(body.followUpsMore).toBe(0);
  });

  it('leaves the text out for a viewer, who does not receive summaries (and may not call the analysis at all)', async () => {
    const refused = await request(server.baseUrl, 'GET', '/api/analysis/engagement', undefined, { as: tokens.get('viewer')! });
    expect(refused.status).toBe(403);
    // The analysis itself, for the viewer role: the text stays in the database.
    const viewer = { userId: 'fu-viewer', role: 'viewer' as const, clearance: 'internal' as const, grants: [] };
    const body = await analyseEngagementBalance(server.db, EngagementBalanceQuerySchema.parse({}), viewer);
    expect(body.followUpsDue.map((f) => [f.engagementId, f.due, f.overdue])).toEqual([
      ['g2', PAST, true],
      ['g1', FUTURE, false],
      ['g1', null, false],
    ]);
    for (const item of body.followUpsDue) expect(item).not.toHaveProperty('text');
  });

  it('has nothing of an engagement the user may not know of, and shows it with clearance', async () => {
    const internal = JSON.stringify(await due('analyst'));
    expect(internal).not.toContain('Secret action');
    expect(internal).not.toContain('Protect the HRD');
    expect(internal).not.toContain('g3');
    expect(internal).not.toContain('g4');
    const cleared = await due('analyst-conf');
    expect(cleared.followUpsDue.map((f) => f.engagementId)).toEqual(['g2', 'g3', 'g4', 'g1', 'g1']);
    expect(cleared.followUpsDue.find((f) => f.engagementId === 'g4')?.participantId).toBe('hrd');
  });

  it('lists at most 200 and counts the rest', () => {
    const many = Array.from({ length: 205 }, (_, i) => ({
      id: `e${String(i).padStart(3, '0')}`,
      date: '2026-01-01',
      areaId: null,
      womensMechanism: false,
      youthMechanism: false,
      actorIds: [],
      followUps: [{ text: null, due: i % 2 ? null : '2026-02-01', done: false }],
    }));
    const result = followUpsDue(many, '2026-03-01');
    expect(result.followUpsDue).toHaveLength(200);
    expect(result.followUpsMore).toBe(5);
    // The 103 dated ones first (all overdue), then undated; no participant is null, not invented.
    expect(result.followUpsDue.slice(0, 103).every((f) => f.overdue && f.due === '2026-02-01')).toBe(true);
    expect(result.followUpsDue.slice(103).every((f) => f.due === null && !f.overdue && f.participantId === null)).toBe(true);
  });
});
