/**
 * Typed handles on `cypher/access/`: accounts, sessions and API tokens, sign-in counts, grant
 * requests, the audit log and sign-on attempts. Records read whole (a user, a token, a request, an
 * audit event) come back as maps that their contract schema parses at the call site, so the shape
 * is declared once, in `contracts/`.
 */
import { z } from 'zod';
import type { Grant } from '../contracts/index.js';
import { query } from '../db/typed-query.js';
import { IdRowSchema, NoRowSchema, RecordMapSchema, countRow, type AccessParameters } from './rows.js';

/** Who an account is for the approval rule (access/approval-rule.ts `Party`). */
const PartySchema = z.object({
  id: z.string(),
  role: z.string(),
  createdBy: z.string().nullable(),
  passwordSetBy: z.string().nullable(),
  disabled: z.boolean(),
});

// ---------- sessions and API tokens ----------

export const createSession = query<{ userId: string; tokenHash: string; hours: number }, z.infer<typeof IdRowSchema>>(
  'access/create-session',
  IdRowSchema,
);
export const deleteSession = query<{ tokenHash: string }, never>('access/delete-session', NoRowSchema);

const ResolvedRowSchema = z.object({
  user: z.object({
    id: z.string(),
    role: z.string(),
    clearance: z.string(),
    grants: z.array(RecordMapSchema),
    actorIdsOpenedByAreas: z.array(z.string()).nullable().optional(),
  }),
  via: z.enum(['session', 'token']),
  scope: z.string(),
  expiresAtMs: z.number().nullable(),
});
export const resolveCredential = query<{ tokenHash: string }, z.infer<typeof ResolvedRowSchema>>(
  'access/resolve-credential',
  ResolvedRowSchema,
);

const TokenRowSchema = z.object({ token: RecordMapSchema });
export const createApiToken = query<
  { userId: string; id: string; name: string; tokenHash: string; scope: string; expiresInDays: number },
  z.infer<typeof TokenRowSchema>
>('access/create-api-token', TokenRowSchema);
export const listApiTokens = query<{ userId: string }, z.infer<typeof TokenRowSchema>>('access/list-api-tokens', TokenRowSchema);
export const revokeApiToken = query<{ userId: string; id: string }, z.infer<typeof IdRowSchema>>('access/revoke-api-token', IdRowSchema);

// ---------- accounts ----------

const UserRowSchema = z.object({ user: RecordMapSchema });
export const getUser = query<{ id: string }, z.infer<typeof UserRowSchema>>('access/get-user', UserRowSchema);
export const listUsers = query<Record<string, never>, z.infer<typeof UserRowSchema>>('access/list-users', UserRowSchema);
export const lockUser = query<{ id: string }, z.infer<typeof UserRowSchema>>('access/lock-user', UserRowSchema);
export const createUser = query<{ properties: Record<string, unknown> }, z.infer<typeof IdRowSchema>>('access/create-user', IdRowSchema);
export const updateUser = query<{ id: string; properties: Record<string, unknown>; endCredentials: boolean }, z.infer<typeof IdRowSchema>>(
  'access/update-user',
  IdRowSchema,
);
export const replaceGrants = query<{ id: string; grants: Grant[]; openConfidential: boolean }, z.infer<typeof IdRowSchema>>(
  'access/replace-grants',
  IdRowSchema,
);
export const setUserLanguage = query<{ id: string; language: string }, z.infer<typeof IdRowSchema>>(
  'access/set-user-language',
  IdRowSchema,
);
const UsersCountRowSchema = countRow('users');
export const countUsers = query<Record<string, never>, z.infer<typeof UsersCountRowSchema>>('access/count-users', UsersCountRowSchema);
const GivenRowSchema = countRow('given');
export const giveMissingGrantLevels = query<Record<string, never>, z.infer<typeof GivenRowSchema>>(
  'access/give-missing-grant-levels',
  GivenRowSchema,
);
const OpenedRowSchema = countRow('opened');
export const countConfidentialOpened = query<{ access: AccessParameters }, z.infer<typeof OpenedRowSchema>>(
  'access/count-confidential-opened',
  OpenedRowSchema,
);

// ---------- sign-in ----------

const SignInUserRowSchema = z.object({ id: z.string(), passwordHash: z.string().nullable(), disabled: z.boolean().nullable() });
export const findUserForSignIn = query<{ username: string }, z.infer<typeof SignInUserRowSchema>>(
  'access/find-user-for-sign-in',
  SignInUserRowSchema,
);
const PasswordHashRowSchema = z.object({ passwordHash: z.string().nullable() });
export const getPasswordHash = query<{ id: string }, z.infer<typeof PasswordHashRowSchema>>(
  'access/get-password-hash',
  PasswordHashRowSchema,
);
const AttemptCountRowSchema = z.object({ subject: z.string(), before: z.number().int() });
export const reserveSignInAttempt = query<{ subjects: string[]; windowSeconds: number }, z.infer<typeof AttemptCountRowSchema>>(
  'access/reserve-sign-in-attempt',
  AttemptCountRowSchema,
);
export const clearSignInFailures = query<{ subjects: string[] }, never>('access/clear-sign-in-failures', NoRowSchema);

// ---------- grant requests ----------

const RequestRowSchema = z.object({ request: RecordMapSchema });
export const listGrantRequests = query<Record<string, never>, z.infer<typeof RequestRowSchema>>(
  'access/list-grant-requests',
  RequestRowSchema,
);
export const getGrantRequest = query<{ id: string }, z.infer<typeof RequestRowSchema>>('access/get-grant-request', RequestRowSchema);
export const createGrantRequest = query<
  {
    id: string;
    userId: string;
    requestedBy: string;
    clearance: string | null;
    role: string | null;
    passwordHash: string | null;
    grantScopes: string[];
    grantTargets: string[];
  },
  z.infer<typeof RequestRowSchema>
>('access/create-grant-request', RequestRowSchema);
export const approveGrantRequest = query<{ id: string; approvedBy: string }, z.infer<typeof RequestRowSchema>>(
  'access/approve-grant-request',
  RequestRowSchema,
);
const AccountLinksRowSchema = z.object({ user: PartySchema });
export const getAccountLinks = query<{ userId: string }, z.infer<typeof AccountLinksRowSchema>>(
  'access/get-account-links',
  AccountLinksRowSchema,
);
const ApprovalPartiesRowSchema = z.object({
  approver: PartySchema.nullable(),
  requester: PartySchema.nullable(),
  user: PartySchema.nullable(),
  approverPreExisting: z.boolean().nullable(),
});
export const getApprovalParties = query<{ id: string; approverId: string }, z.infer<typeof ApprovalPartiesRowSchema>>(
  'access/get-approval-parties',
  ApprovalPartiesRowSchema,
);
const ArrivedRowSchema = countRow('arrived');
export const countOpenedSinceRequest = query<{ id: string }, z.infer<typeof ArrivedRowSchema>>(
  'access/count-opened-since-request',
  ArrivedRowSchema,
);

// ---------- the audit log ----------

export const recordAuditEvent = query<Record<string, unknown>, never>('access/record-audit-event', NoRowSchema);
const AuditEventRowSchema = z.object({ event: RecordMapSchema });
export const listAuditEvents = query<{ action: string | null; userId: string | null; limit: number }, z.infer<typeof AuditEventRowSchema>>(
  'access/list-audit-events',
  AuditEventRowSchema,
);

// ---------- sign-on (OpenID Connect) ----------

const LinkedUserRowSchema = z.object({ id: z.string(), disabled: z.boolean().nullable() });
export const findLinkedUser = query<{ issuer: string; subject: string }, z.infer<typeof LinkedUserRowSchema>>(
  'access/sign-on/find-linked-user',
  LinkedUserRowSchema,
);
const AllowedRowSchema = z.object({ allowed: z.boolean().nullable() });
export const mayUsePassword = query<{ id: string }, z.infer<typeof AllowedRowSchema>>('access/sign-on/may-use-password', AllowedRowSchema);
const SavedAttemptRowSchema = z.object({ stateHash: z.string() });
export const saveSignOnAttempt = query<{ stateHash: string; codeVerifier: string; nonce: string }, z.infer<typeof SavedAttemptRowSchema>>(
  'access/sign-on/save-attempt',
  SavedAttemptRowSchema,
);
const TakenAttemptRowSchema = z.object({ codeVerifier: z.string(), nonce: z.string(), current: z.boolean() });
export const takeSignOnAttempt = query<{ stateHash: string }, z.infer<typeof TakenAttemptRowSchema>>(
  'access/sign-on/take-attempt',
  TakenAttemptRowSchema,
);
