/**
 * Grant requests: what one administrator may not do alone, asked for by one and given when a
 * second, independent one approves (approval-rule.ts): a clearance of confidential or above,
 * grants that open confidential or strictly confidential actors, the administrator role, and a
 * new password for an administrator or for a user with confidential access. The requester gives
 * no clearance above their own. A new password is kept as its hash until approval, then only a
 * flag of it stays. The approval, the change to the account and its audit event commit in one
 * transaction, and the approver's independence is checked in that same transaction.
 * Access is not asked for an account the requester controls (created, or whose password they set,
 * its owner not having set their own since): checked when asked and again in the approval's
 * transaction (approval-rule.ts `requesterControls`). An area grant opens at most the confidential
 * actors its area held when asked (their count is shown to the approver); an approval that would
 * open more is refused.
 */
import { randomUUID } from 'node:crypto';
import { GrantRequestSchema, type GrantRequest, type GrantRequestCreate, type MessageCode } from '../contracts/index.js';
import type { Database, Row } from '../db/database.js';
import { AppError, conflict, forbidden, notFound } from '../errors.js';
import { checkClearanceWithinOwn } from './account-policy.js';
import { REQUESTER_CONTROLS_ACCOUNT, approvalRefusal, requesterControls } from './approval-rule.js';
import { createAuditLog } from './audit-log.js';
import { hashPassword } from './secrets.js';
import type { Viewer } from './viewer.js';
import {
  approveGrantRequest,
  countOpenedSinceRequest,
  createGrantRequest,
  getAccountLinks,
  getApprovalParties,
  getGrantRequest,
  listGrantRequests,
} from '../queries/access.js';

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
    openedInAreas: raw.openedInAreas ?? null,
    account:
      raw.createdBy === undefined && raw.passwordSetBy === undefined
        ? null
        : {
            createdBy: raw.createdBy ?? null,
            passwordSetBy: raw.passwordSetBy ?? null,
            requesterControls: requesterControls(String(raw.requestedBy), {
              id: String(raw.userId),
              role: '',
              createdBy: (raw.createdBy ?? null) as string | null,
              passwordSetBy: (raw.passwordSetBy ?? null) as string | null,
            }),
          },
  });
}

/** Access (not a password alone, which the approver gives knowing the requester will know it) for an account the requester controls. */
const asksAccess = (request: Pick<GrantRequest, 'clearance' | 'grants' | 'role'>) =>
  request.clearance !== null || request.grants.length > 0 || request.role !== null;

function controlledByRequester(message: string, said: MessageCode): AppError {
  return new AppError(409, 'requester_controls_account', message).saying(said);
}

const APPROVER_SEES_CONTROL =
  'The administrator who asked created this account or set its password, and its owner has not set their own since: approving would give that administrator the access. Ask the user to change their password, then ask again';

const ARRIVED_SINCE_REQUEST = (arrived: number) =>
  `The requested areas now hold ${arrived} confidential or strictly confidential ${arrived === 1 ? 'actor' : 'actors'} that ${arrived === 1 ? 'was' : 'were'} not there when this was asked: approving would open more than was asked. Ask again, so the approver sees what it opens`;

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
  const audit = createAuditLog(db);
  return {
    async list() {
      return (await db.readFromLeader(listGrantRequests, {})).map(present);
    },
    async create(viewer, input) {
      if (input.userId === viewer.userId)
        throw forbidden('You cannot ask for access for yourself').saying('forbidden.grant_request_for_self');
      if (input.clearance) checkClearanceWithinOwn(viewer, input.clearance);
      const id = randomUUID();
      const grants = input.grants ?? [];
      const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
      const asked = { clearance: input.clearance ?? null, grants, role: input.role ?? null };
      const row = await db.writeTransaction(async (tx) => {
        const [links] = await tx.run(getAccountLinks, { userId: input.userId });
        if (!links) throw notFound('user', input.userId);
        if (asksAccess(asked) && requesterControls(viewer.userId, links.user))
          throw controlledByRequester(REQUESTER_CONTROLS_ACCOUNT, 'conflict.requester_controls_account');
        const [created] = await tx.run(createGrantRequest, {
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
      const [row] = await db.readFromLeader(getGrantRequest, { id });
      if (!row) throw notFound('grant request', id);
      const request = present(row);
      if (request.status !== 'pending')
        throw conflict('This grant request is no longer pending').saying('conflict.grant_request_not_pending');
      // The approver is a second pair of eyes, not the giver: the requester's clearance bounded
      // the request, so an approver with less clearance (a second administrator made without
      // confidential access, which would itself need a third) can still approve.
      const approved = await db.writeTransaction(async (tx) => {
        const [parties] = await tx.run(getApprovalParties, { id, approverId: viewer.userId });
        const requester = parties?.requester ?? null;
        const user = parties?.user ?? null;
        const refusal = approvalRefusal({
          approver: parties?.approver ?? { id: viewer.userId, role: viewer.role },
          requester,
          user,
          approverPreExisting: parties?.approverPreExisting === true,
        });
        if (refusal) throw forbidden(refusal.message).saying(refusal.code);
        if (asksAccess(request) && requester && user && requesterControls(requester.id, user))
          throw controlledByRequester(APPROVER_SEES_CONTROL, 'conflict.approver_sees_control');
        const [since] = await tx.run(countOpenedSinceRequest, { id });
        const arrived = since?.arrived ?? 0;
        if (arrived > 0) throw conflict(ARRIVED_SINCE_REQUEST(arrived)).saying('conflict.areas_gained_actors', { count: arrived });
        const [done] = await tx.run(approveGrantRequest, { id, approvedBy: viewer.userId });
        if (!done) throw conflict('This grant request is no longer pending').saying('conflict.grant_request_not_pending');
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
