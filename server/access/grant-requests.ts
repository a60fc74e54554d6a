/**
 * Grant requests: what one administrator may not do alone, asked for by one and given when a
 * second, independent one approves (approval-rule.ts): a clearance of confidential or above,
 * grants that open confidential or strictly confidential actors, the administrator role, and a
 * new password for an administrator or for a user with confidential access. The requester gives
 * no clearance above their own. A new password is kept as its hash until approval, then only a
 * flag of it stays. The approval, the change to the account and its audit event commit in one
 * transaction, and the approver's independence is checked in that same transaction.
 */
import { randomUUID } from 'node:crypto';
import { GrantRequestSchema, type GrantRequest, type GrantRequestCreate } from '../contracts/index.js';
import type { Database, Row } from '../db/database.js';
import { conflict, forbidden, notFound } from '../errors.js';
import { checkClearanceWithinOwn } from './account-policy.js';
import { approvalRefusal, type Party } from './approval-rule.js';
import { createAuditLog } from './audit-log.js';
import { hashPassword } from './secrets.js';
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
    role: raw.role ?? null,
    passwordChange: raw.passwordChange === true,
    status: raw.status,
    createdAt: raw.createdAt,
    approvedBy: raw.approvedBy ?? null,
    approvedAt: raw.approvedAt ?? null,
  });
}

/** What the audit log says was asked for: field names only. */
const askedFor = (request: Pick<GrantRequest, 'clearance' | 'grants' | 'role' | 'passwordChange'>) =>
  [
    request.clearance ? 'clearance' : '',
    request.grants.length > 0 ? 'grants' : '',
    request.role ? 'role' : '',
    request.passwordChange ? 'password' : '',
  ]
    .filter(Boolean)
    .join(',');

export function createGrantRequests(db: Database): GrantRequests {
  db.requireQueries(
    'access/create-grant-request',
    'access/list-grant-requests',
    'access/get-grant-request',
    'access/approve-grant-request',
    'access/get-approval-parties',
  );
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
      const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
      const row = await db.writeTransaction(async (tx) => {
        const [created] = await tx.run('access/create-grant-request', {
          id,
          userId: input.userId,
          requestedBy: viewer.userId,
          clearance: input.clearance ?? null,
          role: input.role ?? null,
          passwordHash,
          grantScopes: grants.map((grant) => grant.scope),
          grantTargets: grants.map((grant) => grant.targetId),
        });
        if (!created) throw notFound('user', input.userId);
        const request = present(created);
        await audit.recordIn(tx, {
          userId: viewer.userId,
          action: 'grant_change',
          targetType: 'grant_request',
          targetIds: [id, input.userId],
          detail: `requested ${askedFor(request)}`,
        });
        return created;
      });
      return present(row);
    },
    async approve(viewer, id) {
      const [row] = await db.readFromLeader('access/get-grant-request', { id });
      if (!row) throw notFound('grant request', id);
      const request = present(row);
      if (request.status !== 'pending') throw conflict('This grant request is no longer pending');
      // The approver is a second pair of eyes, not the giver: the requester's clearance bounded
      // the request, so an approver with less clearance (a second administrator made without
      // confidential access, which would itself need a third) can still approve.
      const approved = await db.writeTransaction(async (tx) => {
        const [parties] = await tx.run('access/get-approval-parties', { id, approverId: viewer.userId });
        const refusal = approvalRefusal({
          approver: (parties?.approver ?? { id: viewer.userId, role: viewer.role }) as Party,
          requester: (parties?.requester ?? null) as Party | null,
          user: (parties?.user ?? null) as Party | null,
          approverPreExisting: parties?.approverPreExisting === true,
        });
        if (refusal) throw forbidden(refusal);
        const [done] = await tx.run('access/approve-grant-request', { id, approvedBy: viewer.userId });
        if (!done) throw conflict('This grant request is no longer pending');
        await audit.recordIn(tx, {
          userId: viewer.userId,
          action: 'grant_change',
          targetType: 'grant_request',
          targetIds: [id, request.userId],
          detail: `approved ${askedFor(request)}`,
        });
        return done;
      });
      return present(approved);
    },
  };
}
