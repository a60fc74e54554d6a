/**
 * Grant requests: confidential access (a clearance of confidential or above, or grants that open
 * confidential or strictly confidential actors) asked for by one administrator and given when a
 * second one approves (never the one who asked, never the user it is for). The requester gives no
 * clearance above their own. The approval, the change to the account and its audit event commit
 * in one transaction.
 */
import { randomUUID } from 'node:crypto';
import { GrantRequestSchema, type GrantRequest, type GrantRequestCreate } from '../contracts/index.js';
import type { Database, Row } from '../db/database.js';
import { conflict, forbidden, notFound } from '../errors.js';
import { checkClearanceWithinOwn } from './account-policy.js';
import { createAuditLog } from './audit-log.js';
import type { Viewer } from './viewer.js';

export interface GrantRequests {
  list(): Promise<GrantRequest[]>;
  create(viewer: Viewer, input: GrantRequestCreate): Promise<GrantRequest>;
  approve(viewer: Viewer, id: string): Promise<GrantRequest>;
}

function present(row: Row | undefined): GrantRequest {
  const raw = (row?.request ?? {}) as Record<string, unknown>;
  const scopes = (raw.grantScopes ?? []) as string[];
  const targets = (raw.grantTargets ?? []) as string[];
  return GrantRequestSchema.parse({
    id: raw.id,
    userId: raw.userId,
    requestedBy: raw.requestedBy,
    clearance: raw.clearance ?? null,
    grants: scopes.map((scope, index) => ({ scope, targetId: targets[index] })),
    status: raw.status,
    createdAt: raw.createdAt,
    approvedBy: raw.approvedBy ?? null,
    approvedAt: raw.approvedAt ?? null,
  });
}

export function createGrantRequests(db: Database): GrantRequests {
  db.requireQueries('access/create-grant-request', 'access/list-grant-requests', 'access/get-grant-request', 'access/approve-grant-request');
  const audit = createAuditLog(db);
  return {
    async list() {
      return (await db.readFromLeader('access/list-grant-requests')).map(present);
    },
    async create(viewer, input) {
      if (input.userId === viewer.userId) throw forbidden('You cannot ask for access for yourself');
      if (input.clearance) checkClearanceWithinOwn(viewer, input.clearance);
      const id = randomUUID();
      const grants = input.grants ?? [];
      const row = await db.writeTransaction(async (tx) => {
        const [created] = await tx.run('access/create-grant-request', {
          id,
          userId: input.userId,
          requestedBy: viewer.userId,
          clearance: input.clearance ?? null,
          grantScopes: grants.map((grant) => grant.scope),
          grantTargets: grants.map((grant) => grant.targetId),
        });
        if (!created) throw notFound('user', input.userId);
        await audit.recordIn(tx, { userId: viewer.userId, action: 'grant_change', targetType: 'grant_request', targetIds: [id, input.userId], detail: 'requested' });
        return created;
      });
      return present(row);
    },
    async approve(viewer, id) {
      const [row] = await db.readFromLeader('access/get-grant-request', { id });
      if (!row) throw notFound('grant request', id);
      const request = present(row);
      if (request.status !== 'pending') throw conflict('This grant request is no longer pending');
      if (request.requestedBy === viewer.userId) throw forbidden('A second administrator must approve this request, not the one who asked');
      if (request.userId === viewer.userId) throw forbidden('You cannot approve access for yourself');
      // The approver is a second pair of eyes, not the giver: the requester's clearance bounded
      // the request, so an approver with less clearance (a second administrator made without
      // confidential access, which would itself need a third) can still approve.
      const approved = await db.writeTransaction(async (tx) => {
        const [done] = await tx.run('access/approve-grant-request', { id, approvedBy: viewer.userId });
        if (!done) throw conflict('This grant request is no longer pending');
        await audit.recordIn(tx, { userId: viewer.userId, action: 'grant_change', targetType: 'grant_request', targetIds: [id, request.userId], detail: 'approved' });
        return done;
      });
      return present(approved);
    },
  };
}
