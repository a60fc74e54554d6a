/**
 * Security review N1 and N2: a snapshot import never overwrites, lowers or reveals engagements
 * and coordination mechanisms the importer may not see (their ids are refused like any taken id),
 * applies the actors' level rules to engagements, keeps what a row does not state, and counts
 * every taken chosen id of a file as a probe (a file with more than the allowance left is refused
 * whole, dry runs included).
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestServer } from '../support/lifecycle.js';
import type { DatasetInput } from '../../server/contracts/index.js';
import { loadDataset } from '../../server/seed/dataset-loader.js';
import { ID_CONFLICT_LIMIT } from '../../server/services/write-identity.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { auditSince, importAs, snapshot } from '../support/security-writes.js';

const server = useTestServer({ reset: 'each' });
let internal: { userId: string; token: string };
let confidential: { userId: string; token: string };
let auditEvents: Awaited<ReturnType<typeof auditSince>>;

const HIDDEN_ACTORS = Array.from({ length: 30 }, (_, index) => `hidden-${index + 1}`);
const EXTRA: DatasetInput = {
  meta: { name: 'Hidden engagements and mechanisms', source: 'tests', fictional: true, description: '' },
  actors: [
    { id: 'section', name: 'Civil Affairs', kind: 'mission_component', sensitivity: 'public', basedIn: ['capital'] },
    {
      id: 'hrd',
      name: 'Hidden Defender',
      kind: 'civil_society',
      subtype: 'human_rights_defender',
      sensitivity: 'confidential',
      basedIn: ['east'],
    },
    ...HIDDEN_ACTORS.map((id) => ({ id, name: `Hidden ${id}`, kind: 'civil_society' as const, sensitivity: 'confidential' as const })),
  ],
  engagements: [
    {
      id: 'e-conf',
      date: '2026-03-10',
      sectionId: 'section',
      actorIds: ['cso-a'],
      format: 'meeting',
      areaId: 'capital',
      sensitivity: 'confidential',
      summary: 'Secret talks',
    },
    {
      id: 'e-open',
      date: '2026-03-01',
      sectionId: 'section',
      actorIds: ['cso-a'],
      format: 'meeting',
      areaId: 'capital',
      summary: 'Kept summary',
    },
  ],
  mechanisms: [{ id: 'm-hidden', name: 'Defenders circle', kind: 'cluster', areaIds: ['east'], outputIds: ['o1'], memberIds: ['hrd'] }],
};

const engagementRow = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  date: '2026-01-01',
  sectionId: 'section',
  actorIds: ['cso-a'],
  format: 'meeting',
  areaId: 'capital',
  ...extra,
});

beforeAll(async () => {}, 240_000);
beforeEach(async () => {
  await loadDataset(server.db, FIXTURE);
  await loadDataset(server.db, EXTRA);
  // Fresh accounts per test: the probe allowance counts per user.
  const suffix = Math.random().toString(36).slice(2, 10);
  internal = await server.userWithToken(`n1-internal-${suffix}`, 'analyst', 'internal');
  confidential = await server.userWithToken(`n1-confidential-${suffix}`, 'analyst', 'confidential');
  auditEvents = await auditSince(server);
}, 120_000);

describe('N1: engagements and mechanisms the importer may not see', () => {
  it('refuses a hidden engagement id exactly like a hidden actor id, in a dry run too, and leaves the meeting as it was', async () => {
    const file = snapshot({ engagements: [engagementRow('e-conf', { sensitivity: 'public', summary: 'overwritten' })] });
    for (const query of ['&dryRun=true', '']) {
      const answer = await importAs(server, internal.token, 'x.json', file, query);
      expect(answer.status).toBe(422);
      const hiddenActor = await importAs(
        server,
        internal.token,
        'y.json',
        snapshot({ actors: [{ id: 'hrd', name: 'Probe', kind: 'civil_society' }] }),
        query,
      );
      expect(answer.body.problems).toEqual([
        {
          line: null,
          column: 'engagements.0',
          sheet: null,
          reason: hiddenActor.body.problems[0].reason.replace('"hrd"', '"e-conf"'),
          messageCode: hiddenActor.body.problems[0].messageCode,
          params: { id: 'e-conf' },
        },
      ]);
      expect(hiddenActor.body.problems[0]).toMatchObject({ messageCode: 'import.id_taken', params: { id: 'hrd' } });
    }
    expect(
      await server.count(
        "MATCH (g:Engagement {id: 'e-conf'}) WHERE g.sensitivity = 'confidential' AND g.summary = 'Secret talks' AND g.date = '2026-03-10' RETURN count(g)",
      ),
    ).toBe(1);
    expect((await auditEvents('id_conflict')).flatMap((event) => event.targetIds)).toContain('e-conf');
  }, 120_000);

  it('refuses a mechanism id none of whose members the importer may see, and adds nothing to it', async () => {
    const file = snapshot({ mechanisms: [{ id: 'm-hidden', name: 'Renamed', kind: 'cluster', memberIds: ['un'], areaIds: ['capital'] }] });
    const answer = await importAs(server, internal.token, 'x.json', file);
    expect(answer.status).toBe(422);
    expect(answer.body.problems).toEqual([
      expect.objectContaining({ column: 'mechanisms.0', reason: expect.stringContaining('"m-hidden" is already taken') }),
    ]);
    expect(
      await server.count(
        "MATCH (m:CoordinationMechanism {id: 'm-hidden'}) WHERE m.name = 'Defenders circle' AND NOT EXISTS { (:Actor {id: 'un'})-[:MEMBER_OF]->(m) } AND NOT EXISTS { (m)-[:COVERS_AREA]->(:AdminArea {id: 'capital'}) } RETURN count(m)",
      ),
    ).toBe(1);
    // A mechanism with a member the importer sees is theirs to update.
    const visible = await importAs(server, confidential.token, 'x.json', file);
    expect(visible.status).toBe(201);
    expect(await server.count("MATCH (m:CoordinationMechanism {id: 'm-hidden'}) WHERE m.name = 'Renamed' RETURN count(m)")).toBe(1);
  }, 120_000);

  it("never assigns an engagement a level above the importer's clearance", async () => {
    const answer = await importAs(
      server,
      internal.token,
      'x.json',
      snapshot({ engagements: [engagementRow('e-new', { sensitivity: 'strictly_confidential' })] }),
    );
    expect(answer.status).toBe(422);
    expect(answer.body.problems[0]).toMatchObject({
      column: 'engagements.0',
      reason: 'sensitivity strictly_confidential is above your clearance',
    });
    expect(await server.count("MATCH (g:Engagement {id: 'e-new'}) RETURN count(g)")).toBe(0);
  }, 120_000);

  it('audits a lowering as sensitivity_lowered in the import', async () => {
    const answer = await importAs(
      server,
      confidential.token,
      'x.json',
      snapshot({ engagements: [engagementRow('e-conf', { date: '2026-03-10', sensitivity: 'internal' })] }),
    );
    expect(answer.status).toBe(201);
    expect(
      await server.count(
        "MATCH (g:Engagement {id: 'e-conf'}) WHERE g.sensitivity = 'internal' AND g.summary = 'Secret talks' RETURN count(g)",
      ),
    ).toBe(1);
    expect(
      (await auditEvents('sensitivity_lowered')).map((event) => [event.userId, event.targetType, event.targetIds, event.detail]),
    ).toEqual([[confidential.userId, 'engagement', ['e-conf'], 'confidential->internal']]);
  }, 120_000);

  it('a re-import leaves the summary and sensitivity it does not state as they are', async () => {
    await server.count("MATCH (g:Engagement {id: 'e-open'}) SET g.sensitivity = 'confidential' RETURN count(g)");
    const answer = await importAs(
      server,
      confidential.token,
      'x.json',
      snapshot({ engagements: [engagementRow('e-open', { date: '2026-03-02' })] }),
    );
    expect(answer.status).toBe(201);
    expect(
      await server.count(
        "MATCH (g:Engagement {id: 'e-open'}) WHERE g.date = '2026-03-02' AND g.summary = 'Kept summary' AND g.sensitivity = 'confidential' RETURN count(g)",
      ),
    ).toBe(1);
  }, 120_000);
});

describe('N2: every taken chosen id of a file is a probe', () => {
  const actorRows = (ids: readonly string[]) => snapshot({ actors: ids.map((id) => ({ id, name: 'Probe', kind: 'civil_society' })) });

  it('refuses a dry run with more hidden ids than the allowance as a whole, naming none, and audits every probe', async () => {
    const answer = await importAs(
      server,
      internal.token,
      'x.json',
      actorRows(HIDDEN_ACTORS.slice(0, ID_CONFLICT_LIMIT + 5)),
      '&dryRun=true',
    );
    expect(answer.status).toBe(422);
    expect(answer.body.problems).toEqual([
      expect.objectContaining({ line: null, column: null, reason: expect.stringContaining('too many') }),
    ]);
    expect(JSON.stringify(answer.body)).not.toContain('hidden-');
    const events = await auditEvents('id_conflict');
    expect(events.flatMap((event) => event.targetIds).sort()).toEqual(HIDDEN_ACTORS.slice(0, ID_CONFLICT_LIMIT + 5).sort());
    expect(events.every((event) => event.userId === internal.userId)).toBe(true);
  }, 120_000);

  it('answers per id while the file stays within what is left of the allowance, then refuses the next file whole', async () => {
    const first = await importAs(server, internal.token, 'x.json', actorRows(HIDDEN_ACTORS.slice(0, 3)), '&dryRun=true');
    expect(first.body.problems.map((problem: { column: string }) => problem.column)).toEqual(['actors.0', 'actors.1', 'actors.2']);
    const left = ID_CONFLICT_LIMIT - 3;
    const second = await importAs(server, internal.token, 'x.json', actorRows(HIDDEN_ACTORS.slice(3, 3 + left + 1)), '&dryRun=true');
    expect(second.body.problems).toEqual([
      expect.objectContaining({ line: null, column: null, reason: expect.stringContaining('too many') }),
    ]);
  }, 120_000);
});
