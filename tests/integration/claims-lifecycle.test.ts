/**
 * Claims of deleted and merged records (issue #15), against the real Neo4j: deleting an actor or a
 * tie deletes the claims about it (none left pointing at nothing in the claims list, the contested
 * list or a source's count; their versions closed, not erased); a merge moves claims to the kept
 * actor and the kept tie and grades them there, and its undo gives every claim its subject back;
 * the start-up repair cleans orphans an older database holds. The undo of a delete (the client
 * recreates the records and then the claims it read, under the same ids) gives the grades back.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { closeOrphanClaims } from '../../server/evidence/claim-lifecycle.js';
import { OPEN_END } from '../../server/history/versions.js';
import { resetWith } from '../support/analysis-api.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';

vi.setConfig({ testTimeout: 300_000 });

const server = useTestServer();
const api = (method: string, path: string, body?: unknown) => request(server.baseUrl, method, path, body, {});

async function source(id: string, reliability = 'B') {
  expect((await api('POST', '/api/sources', { id, title: `Source ${id}`, kind: 'report', reliability })).status).toBe(201);
}
async function claim(body: Record<string, unknown>): Promise<string> {
  const created = await api('POST', '/api/claims', { credibility: 2, ...body });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id;
}
const claimIds = async (query = '') => ((await api('GET', `/api/claims${query}`)).body.items as { id: string }[]).map((c) => c.id).sort();
const stored = (id: string) => server.count('MATCH (c:Claim {id: $id}) RETURN count(c)', { id });
const openVersions = (id: string) =>
  server.count("MATCH (v:Version {recordKind: 'claim', recordId: $id}) WHERE v.versionTo = $openEnd RETURN count(v)", {
    id,
    openEnd: OPEN_END,
  });
const closedVersions = (id: string) =>
  server.count("MATCH (v:Version {recordKind: 'claim', recordId: $id}) WHERE v.versionTo < $openEnd RETURN count(v)", {
    id,
    openEnd: OPEN_END,
  });

beforeEach(async () => {
  await resetWith(server, FIXTURE);
  await source('r1');
  await source('r2');
});

describe('claims of a deleted record', () => {
  it('deleting an actor deletes the claims about it and its ties; their versions close', async () => {
    const onActor = await claim({ sourceId: 'r1', actorId: 'cso-b', attribute: 'stance', value: 1 });
    const onTie = await claim({ sourceId: 'r1', tieId: 't-affil' });
    const elsewhere = await claim({ sourceId: 'r2', tieId: 't-coop' });
    const contested = await claim({ sourceId: 'r2', tieId: 't-affil', exists: false });
    expect((await api('GET', '/api/claims?contested=true')).body.total).toBe(2);

    expect((await api('DELETE', '/api/actors/cso-b')).status).toBe(204);
    expect(await claimIds()).toEqual([elsewhere]);
    expect((await api('GET', '/api/claims?contested=true')).body.total).toBe(0);
    expect((await api('GET', '/api/sources/r1')).body.claims).toBe(0);
    for (const id of [onActor, onTie, contested]) {
      expect(await stored(id), id).toBe(0);
      expect(await openVersions(id), id).toBe(0);
      expect(await closedVersions(id), id).toBe(1);
    }
    expect(await openVersions(elsewhere)).toBe(1);
    // No claim of its left behind: the source can be deleted (a claim about nothing counted as hidden).
    expect((await api('DELETE', '/api/sources/r1')).status).toBe(204);
  });

  it('deleting a tie deletes its claims and no other', async () => {
    const onTie = await claim({ sourceId: 'r1', tieId: 't-affil' });
    const onActor = await claim({ sourceId: 'r1', actorId: 'cso-b', attribute: 'stance', value: 1 });
    expect((await api('DELETE', '/api/ties/t-affil')).status).toBe(204);
    expect(await claimIds()).toEqual([onActor]);
    expect(await stored(onTie)).toBe(0);
    expect(await closedVersions(onTie)).toBe(1);
    expect(await openVersions(onTie)).toBe(0);
    expect((await api('GET', '/api/actors/cso-b')).body.evidence).toMatchObject({ grade: 'single_source', claims: 1 });
  });
});

describe('undoing a delete brings the claims back', () => {
  it('the actor, its ties and their claims come back under the same ids, graded as before; an edit claim stays one', async () => {
    const onActor = await claim({
      sourceId: 'r1',
      actorId: 'cso-b',
      attribute: 'stance',
      value: 1,
      observedAt: '2026-03-01',
      note: 'Seen',
    });
    const disagreeing = await claim({ sourceId: 'r2', actorId: 'cso-b', attribute: 'stance', value: -1 });
    const onTie = await claim({ sourceId: 'r1', tieId: 't-affil', strength: 2 });
    // The editor's own observation, recorded by an edit.
    expect((await api('PATCH', '/api/actors/cso-b', { influence: 3 })).status).toBe(200);
    const gradesBefore = [(await api('GET', '/api/actors/cso-b')).body.evidence, (await api('GET', '/api/ties/t-affil')).body.evidence];
    expect(gradesBefore[0]).toMatchObject({ grade: 'contested', claims: 3 });
    // What the client reads before the delete (client/evidence/edit-claim-undo.ts).
    const read = [
      ...(await api('GET', '/api/claims?actor=cso-b')).body.items,
      ...(await api('GET', '/api/claims?tie=t-affil')).body.items,
      ...(await api('GET', '/api/claims?tie=t-comm')).body.items,
    ] as Record<string, unknown>[];
    const actor = (await api('GET', '/api/actors/cso-b')).body;
    const ties = (await api('GET', '/api/ties?actor=cso-b')).body.items as Record<string, unknown>[];
    expect((await api('DELETE', '/api/actors/cso-b')).status).toBe(204);
    expect(await claimIds()).toEqual([]);

    // The undo: the actor and ties again (stating nothing), then each claim under its id.
    const { id, name, kind, subtype, influence, basedIn } = actor;
    expect(
      (await api('POST', '/api/actors', { id, name, kind, subtype, influence, basedIn, confirmDuplicate: true, claim: null })).status,
    ).toBe(201);
    for (const tie of ties) {
      const created = await api('POST', '/api/ties', {
        id: tie.id,
        type: tie.type,
        sourceId: tie.sourceId,
        targetId: tie.targetId,
        claim: null,
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
    }
    for (const stored of read) {
      const body = stored.tieId
        ? { tieId: stored.tieId, exists: stored.exists, ...(stored.strength ? { strength: stored.strength } : {}) }
        : { actorId: stored.actorId, attribute: stored.attribute, value: stored.value };
      const again = await api('POST', '/api/claims', {
        id: stored.id,
        sourceId: stored.sourceId,
        ...body,
        credibility: stored.credibility,
        note: stored.note,
        ...(stored.observedAt ? { observedAt: stored.observedAt } : {}),
        ...(stored.madeByEdit ? { madeByEdit: true } : {}),
      });
      expect(again.status, JSON.stringify(again.body)).toBe(201);
    }
    expect(await claimIds()).toEqual(read.map((c) => c.id as string).sort());
    expect(await claimIds()).toEqual(expect.arrayContaining([onActor, disagreeing, onTie]));
    expect((await api('GET', `/api/claims/${onActor}`)).body).toMatchObject({ observedAt: '2026-03-01', note: 'Seen', credibility: 2 });
    expect([(await api('GET', '/api/actors/cso-b')).body.evidence, (await api('GET', '/api/ties/t-affil')).body.evidence]).toEqual(
      gradesBefore,
    );
    // Each restored claim has a new open version after the closed one.
    expect(await openVersions(onActor)).toBe(1);
    expect(await closedVersions(onActor)).toBe(1);

    // The edit's claim came back as an edit's claim: the next edit from that source updates it.
    const own = read.find((c) => c.madeByEdit === true)!;
    expect(own).toMatchObject({ attribute: 'influence', value: 3 });
    expect((await api('PATCH', '/api/actors/cso-b', { influence: 4 })).body.editClaims).toEqual([
      { id: own.id, before: expect.objectContaining({ value: 3 }) },
    ]);
  });
});

describe('claims of merged records', () => {
  it('a merge moves claims to the kept actor and the kept tie, drops those of a self-tie, and its undo puts them back', async () => {
    // cso-b2 duplicates cso-b: its tie to the party combines with t-affil, its tie to cso-b is dropped.
    expect(
      (await api('POST', '/api/actors', { id: 'cso-b2', name: 'Youth Voices', kind: 'civil_society', basedIn: ['east'] })).status,
    ).toBe(201);
    for (const tie of [
      { id: 't-affil2', type: 'affiliated_with', sourceId: 'cso-b2', targetId: 'party' },
      { id: 't-self', type: 'communicates_with', sourceId: 'cso-b', targetId: 'cso-b2' },
    ]) {
      // Set-up, not a statement: no claim of the edit (server/evidence/edit-claims.ts).
      expect((await api('POST', '/api/ties', { ...tie, claim: null })).status).toBe(201);
    }
    const keptTieClaim = await claim({ sourceId: 'r1', tieId: 't-affil' });
    const combinedTieClaim = await claim({ sourceId: 'r2', tieId: 't-affil2' });
    const duplicateClaim = await claim({ sourceId: 'r2', actorId: 'cso-b2', attribute: 'influence', value: 3 });
    const selfTieClaim = await claim({ sourceId: 'r1', tieId: 't-self' });
    expect((await api('GET', '/api/ties/t-affil')).body.evidence.grade).toBe('single_source');

    const merged = await api('POST', '/api/actors/cso-b/merge', { duplicateIds: ['cso-b2'] });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    // Two independent B sources on the kept tie now: corroborated, with both claims listed there.
    expect((await api('GET', '/api/ties/t-affil')).body.evidence).toMatchObject({ grade: 'corroborated', claims: 2, sources: 2 });
    expect(await claimIds('?tie=t-affil')).toEqual([keptTieClaim, combinedTieClaim].sort());
    expect(await claimIds('?actor=cso-b')).toEqual([duplicateClaim]);
    expect((await api('GET', '/api/actors/cso-b')).body.evidence).toMatchObject({ grade: 'single_source', claims: 1 });
    expect(await claimIds()).toEqual([keptTieClaim, combinedTieClaim, duplicateClaim].sort());
    expect(await stored(selfTieClaim)).toBe(0);
    expect(await closedVersions(selfTieClaim)).toBe(1);
    // The moved claims' history says what they were about before the merge.
    const history = await api('GET', `/api/claims/${combinedTieClaim}/history`);
    expect(history.status).toBe(200);
    expect(history.body.items.length).toBe(2);

    expect((await api('DELETE', `/api/merges/${merged.body.mergeId}`)).status).toBe(200);
    expect(await claimIds('?tie=t-affil')).toEqual([keptTieClaim]);
    expect(await claimIds('?tie=t-affil2')).toEqual([combinedTieClaim]);
    expect(await claimIds('?tie=t-self')).toEqual([selfTieClaim]);
    expect(await claimIds('?actor=cso-b2')).toEqual([duplicateClaim]);
    expect(await claimIds('?actor=cso-b')).toEqual([]);
    expect((await api('GET', '/api/ties/t-affil')).body.evidence).toMatchObject({ grade: 'single_source', claims: 1 });
    expect((await api('GET', '/api/actors/cso-b')).body.evidence).toMatchObject({ grade: 'unsourced', claims: 0 });
    expect((await api('GET', '/api/actors/cso-b2')).body.evidence).toMatchObject({ grade: 'single_source', claims: 1 });
    expect(await openVersions(selfTieClaim)).toBe(1);
    expect(await server.count('MATCH (c:MergeClaimCopy) RETURN count(c)')).toBe(0);
  });
});

describe('the start-up repair', () => {
  it('deletes claims about records gone and re-points claims a merge left on a duplicate id', async () => {
    const onTie = await claim({ sourceId: 'r1', tieId: 't-affil' });
    const onActor = await claim({ sourceId: 'r1', actorId: 'cso-a', attribute: 'stance', value: 1 });
    const stale = await claim({ sourceId: 'r2', actorId: 'gov', attribute: 'stance', value: 2 });
    // As the old deletes and merges left them: a tie gone under its claim, an actor id no longer there.
    await server.count("MATCH (:Actor)-[t {id: 't-affil'}]->(:Actor) DELETE t RETURN 1");
    await server.count("MATCH (c:Claim {id: $id}) SET c.actorId = 'gone-duplicate' RETURN 1", { id: stale });
    expect(await closeOrphanClaims(server.db)).toBe(1);
    expect(await stored(onTie)).toBe(0);
    expect(await closedVersions(onTie)).toBe(1);
    expect(await claimIds()).toEqual([onActor, stale].sort());
    expect(await claimIds('?actor=gov')).toEqual([stale]);
    expect((await api('GET', '/api/actors/gov')).body.evidence).toMatchObject({ claims: 1 });
    expect(await closeOrphanClaims(server.db)).toBe(0);
  });
});
