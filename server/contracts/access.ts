/**
 * Accounts, roles, clearance and grants: who may see and do what. Every actor and tie has a
 * sensitivity level; a user sees what is at or below their clearance, plus what a grant (per
 * actor or per admin area) opens to them; everything else is, for them, as if it did not exist.
 */
import { z } from 'zod';
import { IdSchema, text } from './common.js';
import { SENSITIVITY_LEVELS } from './vocabulary.js';

export const ROLES = ['viewer', 'analyst', 'leadership', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = ['read', 'edit', 'coordinate', 'analyse', 'export', 'import', 'administer'] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * What each role may do. Analyses other than paths need `analyse`. `coordinate` writes the
 * division of labour (lead and support roles, coordination mechanisms, benchmark status): mission
 * leadership closes a coordination gap from the grid without being able to change actors, ties,
 * engagements or judgements about actors, which stay with analysts.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  viewer: ['read'],
  analyst: ['read', 'edit', 'coordinate', 'analyse', 'export', 'import'],
  leadership: ['read', 'coordinate', 'analyse', 'export'],
  administrator: ['read', 'edit', 'coordinate', 'analyse', 'export', 'import', 'administer'],
};

/** Administrators manage accounts, not sources: their clearance stops below strictly confidential. */
export const ADMINISTRATOR_MAX_CLEARANCE = 'confidential';

export const UsernameSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'must be 2-64 lower-case letters, digits, ".", "_" or "-"');
export const PasswordSchema = z.string().min(12, 'must be at least 12 characters').max(200);

export const SignInSchema = z.strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) });
export type SignIn = z.infer<typeof SignInSchema>;

export const GrantSchema = z.strictObject({
  scope: z.enum(['actor', 'area']),
  targetId: IdSchema.describe('The actor or admin area the grant opens'),
});
export type Grant = z.infer<typeof GrantSchema>;

/** Languages of the interface (issue 17); the API itself keeps English codes. */
export const LANGUAGES = ['en', 'fr', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

export const UserSchema = z.object({
  id: IdSchema,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  clearance: z.enum(SENSITIVITY_LEVELS),
  disabled: z.boolean(),
  grants: z.array(GrantSchema),
  createdAt: z.string(),
  language: z.enum(LANGUAGES).nullable().default(null).describe('The interface language this user chose; null: from the browser'),
});
export type User = z.infer<typeof UserSchema>;

/** One's own choice of interface language, remembered with the account. */
export const LanguageChoiceSchema = z.strictObject({ language: z.enum(LANGUAGES) });
export type LanguageChoice = z.infer<typeof LanguageChoiceSchema>;

export const UserCreateSchema = z.strictObject({
  username: UsernameSchema,
  displayName: text(200),
  password: PasswordSchema,
  role: z.enum(ROLES),
  clearance: z.enum(SENSITIVITY_LEVELS).optional().describe('Defaults to internal; administrators at most confidential'),
});
export type UserCreate = z.infer<typeof UserCreateSchema>;

export const UserPatchSchema = z
  .strictObject({
    displayName: text(200).optional(),
    password: PasswordSchema.optional(),
    role: z.enum(ROLES).optional(),
    clearance: z.enum(SENSITIVITY_LEVELS).optional(),
    disabled: z.boolean().optional().describe('A disabled user is signed out everywhere at once'),
    grants: z.array(GrantSchema).max(500).optional().describe('Replaces the user’s grants'),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: 'must change at least one field' });
export type UserPatch = z.infer<typeof UserPatchSchema>;

/** The signed-in user, as the client sees themself. */
export const MeSchema = UserSchema.extend({ permissions: z.array(z.enum(PERMISSIONS)) });
export type Me = z.infer<typeof MeSchema>;

// --- Credential lifecycle and administrator limits (security issue items 7 and 8) ---------------

/** What a token may do: `read` answers 403 to anything but GET and HEAD. */
export const TOKEN_SCOPES = ['read', 'read-write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** The longest an API token may live; a token without a stated expiry gets the default. */
export const TOKEN_MAX_DAYS = 365;
export const TOKEN_DEFAULT_DAYS = 90;

export const ApiTokenCreateSchema = z.strictObject({
  name: text(100),
  scope: z.enum(TOKEN_SCOPES).default('read-write').describe('read: only GET and HEAD requests'),
  expiresInDays: z.number().int().min(1).max(TOKEN_MAX_DAYS).default(TOKEN_DEFAULT_DAYS),
});
export type ApiTokenCreate = z.input<typeof ApiTokenCreateSchema>;
export const ApiTokenSchema = z.object({
  id: IdSchema,
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().describe('UTC; the token stops working then'),
  scope: z.enum(TOKEN_SCOPES),
  revoked: z.boolean(),
  token: z.string().optional().describe('The secret, shown once when the token is created'),
});
export type ApiToken = z.infer<typeof ApiTokenSchema>;

/** Changing one's own password: the current one is required; every session and token then ends. */
export const PasswordChangeSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: PasswordSchema,
});
export type PasswordChange = z.infer<typeof PasswordChangeSchema>;

export const GRANT_REQUEST_STATUSES = ['pending', 'approved'] as const;

/**
 * Access that opens confidential or strictly confidential records (such a clearance, or a grant on
 * an actor or area), the administrator role, and a new password for an administrator or for a user
 * with confidential access are requested by one administrator and take effect when another,
 * independent one approves (server/access/approval-rule.ts). A new password is asked for on its
 * own: whoever sets it knows it, so it is never bundled with more access.
 */
export const GrantRequestCreateSchema = z
  .strictObject({
    userId: IdSchema,
    clearance: z.enum(SENSITIVITY_LEVELS).optional().describe('The clearance to give'),
    grants: z.array(GrantSchema).max(500).optional().describe('Grants to add to the user’s grants'),
    role: z.enum(['administrator']).optional().describe('Make the user an administrator'),
    password: PasswordSchema.optional().describe('A new password for the user (only its hash is kept until approval)'),
  })
  .refine(
    (request) =>
      request.clearance !== undefined || (request.grants?.length ?? 0) > 0 || request.role !== undefined || request.password !== undefined,
    {
      message: 'must ask for a clearance, grants, the administrator role or a password',
    },
  )
  .refine(
    (request) =>
      request.password === undefined || (request.clearance === undefined && request.grants === undefined && request.role === undefined),
    {
      message: 'a new password is asked for on its own',
      path: ['password'],
    },
  );
export type GrantRequestCreate = z.infer<typeof GrantRequestCreateSchema>;

export const GrantRequestSchema = z.object({
  id: IdSchema,
  userId: IdSchema,
  requestedBy: IdSchema,
  clearance: z.enum(SENSITIVITY_LEVELS).nullable(),
  grants: z.array(GrantSchema),
  role: z.enum(['administrator']).nullable().default(null),
  passwordChange: z.boolean().default(false).describe('The request sets a new password (never shown)'),
  status: z.enum(GRANT_REQUEST_STATUSES),
  createdAt: z.string(),
  approvedBy: IdSchema.nullable(),
  approvedAt: z.string().nullable(),
  openedInAreas: z
    .number()
    .int()
    .nullable()
    .default(null)
    .describe('Confidential or strictly confidential actors in the requested areas when it was asked: the most its area grants open'),
  account: z
    .object({
      createdBy: z.string().nullable().describe('Who created the user’s account (null: the server itself)'),
      passwordSetBy: z.string().nullable().describe('Who last set its password: an administrator, or the user themself'),
      requesterControls: z
        .boolean()
        .describe('The requester created the account or set its password, and its owner has not set their own since'),
    })
    .nullable()
    .default(null)
    .describe('The user’s account now, for the approver'),
});
export type GrantRequest = z.infer<typeof GrantRequestSchema>;

// --- end of the credential lifecycle block ----------------------------------------------------

export const AUDIT_ACTIONS = [
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'create',
  'update',
  'delete',
  'grant_change',
  'user_change',
  'token_create',
  'token_revoke',
  'import',
  'export',
  'access_denied',
  /** A record's sensitivity was lowered; detail is `before->after` (codes only). */
  'sensitivity_lowered',
  /** A create chose an id that is already taken (a probe for hidden records is throttled on these). */
  'id_conflict',
  /** A user paged past the first page of a list: an export in all but name. */
  'bulk_read',
  /** Duplicates folded into a kept actor; targetIds: the kept id first, then the duplicates. */
  'merge',
  /** A merge undone (DELETE /api/merges/:id); targetIds: the kept id first, then the duplicates restored. */
  'merge_undone',
  /** A deleted actor's history erased (DELETE /api/actors/:id/history); targetIds: the actor's id. */
  'history_erased',
] as const;

export const AuditEventSchema = z.object({
  id: z.string(),
  at: z.string().describe('UTC'),
  userId: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  targetType: z.string().nullable(),
  targetIds: z.array(z.string()).describe('Ids only, never names'),
  detail: z.string().nullable().describe('A code or route, never free text from records'),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const AuditQuerySchema = z.strictObject({
  action: z.enum(AUDIT_ACTIONS).optional(),
  userId: z.string().max(80).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
