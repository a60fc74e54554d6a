/**
 * Sign-on with an OpenID Connect provider, as configured: which provider, which client, where it
 * sends users back, whose email domains may sign in, which claim maps to which role, and whether
 * local passwords still work. Parsed once from the validated configuration (config.ts).
 *
 * A claim never makes an administrator, nor clears anyone above internal: in this application the
 * administrator role and clearances of confidential or above take two administrators (README,
 * "no administrator acts alone on access"), and a group in the identity provider is set by one
 * party (whoever administers that group there). So the map refuses `administrator` at start-up,
 * and the clearance of a new account is at most internal; the provider's word stops there.
 */
import type { Role, Sensitivity } from '../../contracts/index.js';

/** Roles a claim may give, lowest first: what a first sign-in gets when no claim matches is the first. */
export const CLAIMABLE_ROLES = ['viewer', 'leadership', 'analyst'] as const satisfies readonly Role[];
export type ClaimableRole = (typeof CLAIMABLE_ROLES)[number];

export interface SignOnSettings {
  /** The provider's issuer identifier (discovery at `<issuer>/.well-known/openid-configuration`). */
  issuer: URL;
  clientId: string;
  /** Absent for a public client (PKCE alone). */
  clientSecret: string | undefined;
  /** This app's callback, exactly as registered at the provider: `<origin>/api/auth/oidc/callback`. */
  redirectUrl: URL;
  /** Lower-case email domains allowed to sign in; `'*'`: any domain the provider vouches for. */
  allowedDomains: readonly string[] | '*';
  /** The name on the sign-in button ("Sign in with <name>"). */
  providerName: string;
  /** The claim holding groups or roles (`groups`, `roles`...), and which value gives which role, first match wins. */
  roleClaim: string | undefined;
  roleMap: readonly (readonly [value: string, role: ClaimableRole])[];
  /** Clearance of an account its first sign-in creates: public or internal, never more. */
  clearance: Extract<Sensitivity, 'public' | 'internal'>;
}

export interface AccessSettings {
  /** Undefined when sign-on is not configured. */
  signOn: SignOnSettings | undefined;
  /** False: password sign-in is refused, except for the operator's own administrators (see local-passwords.ts). */
  localPasswords: boolean;
}

/** The configuration variables this module reads (config.ts validates their shapes). */
export interface SignOnEnvironment {
  OIDC_ISSUER?: string | undefined;
  OIDC_CLIENT_ID?: string | undefined;
  OIDC_CLIENT_SECRET?: string | undefined;
  OIDC_REDIRECT_URL?: string | undefined;
  OIDC_ALLOWED_DOMAINS?: string | undefined;
  OIDC_PROVIDER_NAME?: string | undefined;
  OIDC_ROLE_CLAIM?: string | undefined;
  OIDC_ROLE_MAP?: string | undefined;
  OIDC_CLEARANCE?: 'public' | 'internal' | undefined;
  ACTOR_MAP_LOCAL_PASSWORDS?: 'on' | 'off' | undefined;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Parses the sign-on variables; throws one message naming each problem. */
export function accessSettings(env: SignOnEnvironment): AccessSettings {
  const problems: string[] = [];
  const localPasswords = env.ACTOR_MAP_LOCAL_PASSWORDS !== 'off';
  if (!env.OIDC_ISSUER) {
    const stray = (['OIDC_CLIENT_ID', 'OIDC_REDIRECT_URL', 'OIDC_ALLOWED_DOMAINS', 'OIDC_ROLE_MAP'] as const).filter((name) => env[name]);
    if (stray.length > 0) problems.push(`${stray.join(', ')}: set OIDC_ISSUER too, or none of them`);
    if (!localPasswords) problems.push('ACTOR_MAP_LOCAL_PASSWORDS: may be off only with sign-on configured (OIDC_ISSUER)');
    if (problems.length > 0) throw new Error(`Invalid configuration: ${problems.join('; ')}`);
    return { signOn: undefined, localPasswords };
  }
  const issuer = parseUrl(env.OIDC_ISSUER, 'OIDC_ISSUER', problems);
  const redirectUrl = parseUrl(env.OIDC_REDIRECT_URL, 'OIDC_REDIRECT_URL', problems);
  if (!env.OIDC_CLIENT_ID) problems.push('OIDC_CLIENT_ID: required with OIDC_ISSUER');
  const allowedDomains = parseDomains(env.OIDC_ALLOWED_DOMAINS, problems);
  const roleMap = parseRoleMap(env.OIDC_ROLE_MAP, problems);
  if (roleMap.length > 0 && !env.OIDC_ROLE_CLAIM) problems.push('OIDC_ROLE_CLAIM: required with OIDC_ROLE_MAP (e.g. groups or roles)');
  if (problems.length > 0) throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  return {
    localPasswords,
    signOn: {
      issuer: issuer!,
      clientId: env.OIDC_CLIENT_ID!,
      clientSecret: env.OIDC_CLIENT_SECRET || undefined,
      redirectUrl: redirectUrl!,
      allowedDomains,
      providerName: env.OIDC_PROVIDER_NAME || issuer!.hostname,
      roleClaim: env.OIDC_ROLE_CLAIM || undefined,
      roleMap,
      clearance: env.OIDC_CLEARANCE ?? 'public',
    },
  };
}

/** An https URL; plain http only on this machine (a provider started for development or tests). */
function parseUrl(value: string | undefined, name: string, problems: string[]): URL | undefined {
  if (!value) {
    problems.push(`${name}: required with OIDC_ISSUER`);
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(`${name}: must be a URL`);
    return undefined;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) {
    problems.push(`${name}: must be https:// (http:// only for localhost)`);
  }
  return url;
}

function parseDomains(value: string | undefined, problems: string[]): readonly string[] | '*' {
  const domains = (value ?? '')
    .split(',')
    .map((domain) => domain.trim().toLowerCase().replace(/^@/, ''))
    .filter(Boolean);
  if (domains.length === 1 && domains[0] === '*') return '*';
  if (domains.length === 0 || domains.some((domain) => !/^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain))) {
    problems.push(
      'OIDC_ALLOWED_DOMAINS: required with OIDC_ISSUER: a comma-separated list of email domains (un.org,undp.org), or * for any',
    );
    return [];
  }
  return domains;
}

/** `value=role,value=role`: a value of the role claim (a group name or id) and the role it gives. */
function parseRoleMap(value: string | undefined, problems: string[]): (readonly [string, ClaimableRole])[] {
  const entries: (readonly [string, ClaimableRole])[] = [];
  for (const pair of (value ?? '').split(',').filter((part) => part.trim())) {
    const at = pair.lastIndexOf('=');
    const claimValue = pair.slice(0, at).trim();
    const role = pair.slice(at + 1).trim();
    if (at <= 0 || !claimValue) {
      problems.push(`OIDC_ROLE_MAP: "${pair.trim()}" is not value=role`);
    } else if (role === 'administrator') {
      problems.push('OIDC_ROLE_MAP: a claim cannot give the administrator role (it takes two administrators: README)');
    } else if (!(CLAIMABLE_ROLES as readonly string[]).includes(role)) {
      problems.push(`OIDC_ROLE_MAP: "${role}" is not one of ${CLAIMABLE_ROLES.join(', ')}`);
    } else {
      entries.push([claimValue, role as ClaimableRole]);
    }
  }
  return entries;
}
