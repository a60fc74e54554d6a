/**
 * Accounts (administrators): users, their API tokens, grant requests that need a second
 * administrator; and, for everyone, changing one's own password. Every answer is parsed with the
 * server's contracts (client/api.ts).
 */
import {
  ApiTokenSchema,
  GrantRequestSchema,
  MeSchema,
  UserSchema,
  type ApiToken,
  type GrantRequest,
  type GrantRequestCreate,
  type Me,
  type PasswordChange,
  type User,
  type UserCreate,
  type UserPatch,
} from '../../server/contracts/index.js';
import { getJson, send } from '../api.js';

const userPath = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export function fetchUsers(signal?: AbortSignal): Promise<User[]> {
  return getJson('/api/users', UserSchema.array(), signal);
}

export function createUser(body: UserCreate): Promise<User> {
  return send('POST', '/api/users', body, UserSchema);
}

/** A new password or `disabled: true` ends every session and token of that user at once. */
export function updateUser(id: string, patch: UserPatch): Promise<User> {
  return send('PATCH', userPath(id), patch, UserSchema);
}

export function fetchUserTokens(id: string, signal?: AbortSignal): Promise<ApiToken[]> {
  return getJson(`${userPath(id)}/tokens`, ApiTokenSchema.array(), signal);
}

export function revokeUserToken(id: string, tokenId: string): Promise<void> {
  return send('DELETE', `${userPath(id)}/tokens/${encodeURIComponent(tokenId)}`, undefined, null) as Promise<void>;
}

export function fetchGrantRequests(signal?: AbortSignal): Promise<GrantRequest[]> {
  return getJson('/api/grant-requests', GrantRequestSchema.array(), signal);
}

export function requestGrant(body: GrantRequestCreate): Promise<GrantRequest> {
  return send('POST', '/api/grant-requests', body, GrantRequestSchema);
}

export function approveGrantRequest(id: string): Promise<GrantRequest> {
  return send('POST', `/api/grant-requests/${encodeURIComponent(id)}/approve`, undefined, GrantRequestSchema);
}

/** One's own password; the answer sets a new session cookie (every other session ends). */
export function changeOwnPassword(body: PasswordChange): Promise<Me> {
  return send('POST', '/api/auth/password', body, MeSchema);
}
