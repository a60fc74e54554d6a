/**
 * What sign-on reads from a provider's claims, as pure functions: whether the email may sign in,
 * which role a first sign-in gets, and the username and display name of the new account.
 */
import { randomBytes } from 'node:crypto';
import type { ClaimableRole, SignOnSettings } from './settings.js';

export type Claims = Record<string, unknown>;

/** Why a sign-on was refused: the audit detail (`oidc:<code>`) and the code the sign-in page explains. */
export type RefusalCode = 'state' | 'nonce' | 'provider' | 'unavailable' | 'email' | 'domain' | 'email_unverified' | 'disabled';

/** The lower-case email, or the reason it may not sign in. */
export function checkEmail(claims: Claims, settings: Pick<SignOnSettings, 'allowedDomains'>): { email: string } | { refused: RefusalCode } {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1) return { refused: 'email' };
  // A provider that says it has not verified the address is not believed; one that says nothing
  // (Entra ID sends no email_verified) is: the domain list is then what the provider's tenant holds.
  if (claims.email_verified === false || claims.email_verified === 'false') return { refused: 'email_unverified' };
  const domain = email.slice(at + 1);
  if (settings.allowedDomains !== '*' && !settings.allowedDomains.includes(domain)) return { refused: 'domain' };
  return { email };
}

/** The role of a first sign-in: the first OIDC_ROLE_MAP entry whose value the role claim holds; viewer otherwise. */
export function roleFromClaims(claims: Claims, settings: Pick<SignOnSettings, 'roleClaim' | 'roleMap'>): ClaimableRole {
  if (!settings.roleClaim) return 'viewer';
  const raw = claims[settings.roleClaim];
  const values = new Set((Array.isArray(raw) ? raw : [raw]).filter((value): value is string => typeof value === 'string'));
  return settings.roleMap.find(([value]) => values.has(value))?.[1] ?? 'viewer';
}

/**
 * A username for the new account from the email's local part, fitted to the username rule
 * (2-64 of a-z, 0-9, ".", "_", "-"); `attempt` > 0 adds a random suffix (the name was taken: an
 * existing account is never taken over because its name matches).
 */
export function usernameFor(email: string, attempt: number): string {
  const local = email
    .slice(0, email.lastIndexOf('@'))
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 50);
  const base = local.length >= 2 ? local : `user-${local}`.replace(/-$/, '');
  return attempt === 0 ? base : `${base}-${randomBytes(3).toString('hex')}`;
}

/** The display name: the `name` claim, else given and family names, else the email. */
export function displayNameFor(claims: Claims, email: string): string {
  const joined = [claims.given_name, claims.family_name].filter((part) => typeof part === 'string' && part.trim()).join(' ');
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : joined || email;
  // Control characters (a provider's data is not ours to trust) become spaces.
  return name
    .replace(/\p{Cc}+/gu, ' ')
    .trim()
    .slice(0, 200);
}
