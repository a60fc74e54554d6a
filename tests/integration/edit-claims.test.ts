/**
 * An edit is itself a claim (issue #15), against the real Neo4j: a PATCH of a stance records a
 * claim from the editor's own observation source (one per user, reused) and moves the grade, in
 * the claim's history and the audit log; naming a source makes the claim that source's, and a
 * hidden source answers exactly as an unknown one; fields claims do not cover record nothing;
 * a refused write leaves no claim; a tie's create and strength edit are claims too. A write
 * answers the claims it recorded with their state before (`editClaims`), and giving them that state
 * back through /api/claims (what the client's Undo does) leaves the evidence as before the edit.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetWith } from '../support/analysis-api.js';
import { FIXTURE } from '../support/fixture-graph.js';
import { request } from '../support/http.js';
import { useTestServer } from '../support/lifecycle.js';

vi.setConfig({ testTimeout: 300_000 });

const EDITOR = 'edit-claims-analyst';
const server = useTestServer();
let editor: string;
const api = (method: string, path: string, body?: unknown, as?: string) =>
  request(server.baseUrl, method, path, body, as === undefined ? {} : { as });
const claimsAbout = async (query: string) => (await api('GET', `/api/claims?${query}`)).body.items as Record<string, unknown>[];
const claimCount = () => server.count('MATCH (c:Claim) RETURN count(c)');

beforeAll(async () => {
  editor = (await server.userWithToken(EDITOR, 'analyst', 'internal')).token;
});
beforeEach(async () => {
  await resetWith(server, FIXTURE);
});

describe('an edit is a claim', () => {
  it("a PATCH of a stance is a claim from the editor's own observation, which a later edit updates", async () => {
    expect((await api('GET', '/api/actors/cso-b')).body.evidence.grade).toBe('unsourced');
    const patched = await api('PATCH', '/api/actors/cso-b', { stance: 1 }, editor);
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body.evidence).toEqual({ grade: 'single_source', claims: 1, sources: 1, contested: false });
    const [own] = await claimsAbout('actor=cso-b');
    expect(own).toMatchObject({
      attribute: 'stance',
      value: 1,
      sourceKind: 'observation',
      sourceTitle: EDITOR,
      reliability: 'C',
      credibility: 3,
    });

    // Another source disagrees: contested; the editor restates a new view: their one claim follows it.
    expect((await api('POST', '/api/sources', { id: 'report', title: 'Report', kind: 'report', reliability: 'B' })).status).toBe(201);
    expect((await api('POST', '/api/claims', { sourceId: 'report', actorId: 'cso-b', attribute: 'stance', value: -1 })).status).toBe(201);
    expect((await api('GET', '/api/actors/cso-b')).body.evidence.grade).toBe('contested');
    expect((await api('PATCH', '/api/actors/cso-b', { stance: -1 }, editor)).status).toBe(200);
    const after = await claimsAbout('actor=cso-b');
    expect(after).toHaveLength(2);
    expect(after.find((claim) => claim.id === own!.id)).toMatchObject({ value: -1, sourceId: own!.sourceId });
    // A B report and the editor's C observation agree: one reliable source only, not corroborated.
    expect((await api('GET', '/api/actors/cso-b')).body.evidence).toMatchObject({ grade: 'single_source', contested: false });

    // The claim's history has both values; its writes are audited; the source is reused, not repeated.
    const history = await api('GET', `/api/claims/${own!.id}/history`);
    expect(history.body.items).toHaveLength(2);
    expect(await server.count("MATCH (e:AuditEvent {targetType: 'claim'}) WHERE $id IN e.targetIds RETURN count(e)", { id: own!.id })).toBe(
      2,
    );
    expect((await api('PATCH', '/api/actors/cso-a', { influence: 5 }, editor)).status).toBe(200);
    expect(await server.count("MATCH (s:Source {kind: 'observation'}) RETURN count(s)")).toBe(1);
  });

  it('a PATCH of fields claims do not cover, or restating the same value, records nothing; claim: null neither', async () => {
    expect((await api('PATCH', '/api/actors/cso-a', { name: 'Women Together Now', description: 'Notes' }, editor)).status).toBe(200);
    expect((await api('PATCH', '/api/actors/cso-a', { influence: 4 }, editor)).status).toBe(200);
    expect((await api('PATCH', '/api/ties/t-funds', { description: 'Notes' }, editor)).status).toBe(200);
    expect((await api('PATCH', '/api/actors/cso-a', { stance: 2, claim: null }, editor)).status).toBe(200);
    expect(await claimCount()).toBe(0);
    expect(await server.count('MATCH (s:Source) RETURN count(s)')).toBe(0);
  });

  it('a named source makes the claim its own; a hidden source answers as an unknown one and the write leaves nothing', async () => {
    expect((await api('POST', '/api/sources', { id: 'report', title: 'Report', kind: 'report', reliability: 'B' })).status).toBe(201);
    expect((await api('POST', '/api/sources', { id: 'informant', title: 'Informant', kind: 'key_informant' })).status).toBe(201);
    const cited = await api('PATCH', '/api/actors/cso-a', { stance: 2, claim: { sourceId: 'report', credibility: 2 } }, editor);
    expect(cited.status).toBe(200);
    expect(await claimsAbout('actor=cso-a')).toEqual([expect.objectContaining({ sourceId: 'report', credibility: 2, value: 2 })]);

    const hidden = await api('PATCH', '/api/actors/cso-b', { stance: 2, claim: { sourceId: 'informant' } }, editor);
    const unknown = await api('PATCH', '/api/actors/cso-b', { stance: 2, claim: { sourceId: 'no-such' } }, editor);
    expect(hidden.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(JSON.stringify(hidden.body).replaceAll('informant', 'ID')).toBe(JSON.stringify(unknown.body).replaceAll('no-such', 'ID'));
    // Refused after the actor was written, in the same transaction: nothing of it stays.
    expect((await api('GET', '/api/actors/cso-b')).body.stance).toBeNull();
    expect(await claimsAbout('actor=cso-b')).toEqual([]);
    expect(await claimCount()).toBe(1);

    const located = await api('PATCH', '/api/actors/cso-b', { stance: 2, claim: { credibility: 1 } }, editor);
    expect(located.status).toBe(400);
    expect(located.body.error.details[0]).toMatchObject({ path: 'body.claim.credibility', messageCode: 'field.credibility_needs_source' });
    expect(located.body.error.messageCode).toBe('validation.invalid_request');
  });

  it('creating a tie and changing its strength are claims; a revert to an earlier version is not', async () => {
    const created = await api(
      'POST',
      '/api/ties',
      { id: 't-new', type: 'cooperates_with', sourceId: 'gov', targetId: 'cso-a', strength: 1 },
      editor,
    );
    expect(created.status).toBe(201);
    expect(created.body.evidence.grade).toBe('single_source');
    expect(await claimsAbout('tie=t-new')).toEqual([expect.objectContaining({ exists: true, strength: 1, sourceTitle: EDITOR })]);
    expect((await api('PATCH', '/api/ties/t-new', { strength: 3 }, editor)).status).toBe(200);
    expect(await claimsAbout('tie=t-new')).toEqual([expect.objectContaining({ strength: 3 })]);

    const versions = await api('GET', '/api/ties/t-new/history');
    const first = versions.body.items.at(-1);
    const reverted = await api('POST', '/api/ties/t-new/revert', { versionId: first.versionId }, editor);
    expect(reverted.status, JSON.stringify(reverted.body)).toBe(200);
    expect(reverted.body.strength).toBe(1);
    // The claim stays as it was said: a revert restores the record, it asserts nothing.
    expect(await claimsAbout('tie=t-new')).toEqual([expect.objectContaining({ strength: 3 })]);
    expect(await claimCount()).toBe(1);
  });
});

describe('undoing an edit gives its claim back its state before', () => {
  it('an updated claim gets its earlier value back, a created one goes: no claim contradicts the undone value', async () => {
    // +1 from the editor's own observation, agreed by a report: single source, not contested.
    const first = await api('PATCH', '/api/actors/cso-b', { stance: 1 }, editor);
    expect(first.body.editClaims).toEqual([{ id: expect.any(String), before: null }]);
    const own = first.body.editClaims[0].id as string;
    expect((await api('POST', '/api/sources', { id: 'report', title: 'Report', kind: 'report', reliability: 'B' })).status).toBe(201);
    expect((await api('POST', '/api/claims', { sourceId: 'report', actorId: 'cso-b', attribute: 'stance', value: 1 })).status).toBe(201);

    // +1 -> -2: the editor's claim now says -2 and disagrees with the report.
    const second = await api('PATCH', '/api/actors/cso-b', { stance: -2 }, editor);
    expect(second.body.editClaims).toEqual([{ id: own, before: { exists: null, strength: null, value: 1, credibility: 3 } }]);
    expect(second.body.evidence).toMatchObject({ grade: 'contested', contested: true });

    // Undo as the client does: the value back without a claim, then the claim back to what it said.
    expect((await api('PATCH', '/api/actors/cso-b', { stance: 1, claim: null }, editor)).status).toBe(200);
    const { before } = second.body.editClaims[0];
    expect((await api('PATCH', `/api/claims/${own}`, { value: before.value, credibility: before.credibility }, editor)).status).toBe(200);
    const undone = await api('GET', '/api/actors/cso-b');
    expect(undone.body).toMatchObject({ stance: 1, evidence: { grade: 'single_source', contested: false } });
    expect((await claimsAbout('actor=cso-b')).map((claim) => claim.value)).toEqual([1, 1]);
    // In the claim's history (created, edited, given back) and the audit log.
    expect((await api('GET', `/api/claims/${own}/history`)).body.items).toHaveLength(3);
    expect(await server.count("MATCH (e:AuditEvent {targetType: 'claim'}) WHERE $id IN e.targetIds RETURN count(e)", { id: own })).toBe(3);

    // Undo the first edit: its claim was created, so it goes; the report's stays alone.
    expect((await api('PATCH', '/api/actors/cso-b', { stance: null, claim: null }, editor)).status).toBe(200);
    expect((await api('DELETE', `/api/claims/${own}`, undefined, editor)).status).toBe(204);
    expect(await claimsAbout('actor=cso-b')).toEqual([expect.objectContaining({ sourceId: 'report', value: 1 })]);

    // Redo records the claim again, as a new one.
    const redone = await api('PATCH', '/api/actors/cso-b', { stance: 1 }, editor);
    expect(redone.body.editClaims).toEqual([{ id: expect.not.stringMatching(own), before: null }]);
  });

  it("a tie edit answers its claim's earlier existence and strength", async () => {
    const created = await api(
      'POST',
      '/api/ties',
      { id: 't-new', type: 'cooperates_with', sourceId: 'gov', targetId: 'cso-a', strength: 1 },
      editor,
    );
    expect(created.body.editClaims).toEqual([{ id: expect.any(String), before: null }]);
    const edited = await api('PATCH', '/api/ties/t-new', { strength: 3 }, editor);
    expect(edited.body.editClaims).toEqual([
      { id: created.body.editClaims[0].id, before: { exists: true, strength: 1, value: null, credibility: 3 } },
    ]);
    // Nothing stated, nothing answered.
    expect((await api('PATCH', '/api/ties/t-new', { strength: 2, claim: null }, editor)).body.editClaims).toEqual([]);
  });
});
