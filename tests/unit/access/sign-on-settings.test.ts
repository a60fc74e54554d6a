/**
 * Sign-on's configuration and claim rules: a claim never maps to administrator, sign-on needs its
 * client, callback and allowed domains, passwords can be off only with sign-on; the email domain
 * check, the role of a first sign-in, and the username of the new account.
 */
import { describe, expect, it } from 'vitest';
import { checkEmail, displayNameFor, roleFromClaims, usernameFor } from '../../../server/access/sign-on/claims.js';
import { accessSettings } from '../../../server/access/sign-on/settings.js';
import { loadConfig } from '../../../server/config.js';
import { UsernameSchema } from '../../../server/contracts/index.js';

const base = {
  OIDC_ISSUER: 'https://login.example.org/realms/un',
  OIDC_CLIENT_ID: 'actor-map',
  OIDC_REDIRECT_URL: 'https://actor-map.example.org/api/auth/oidc/callback',
  OIDC_ALLOWED_DOMAINS: 'un.org, @UNDP.org',
};

describe('sign-on settings', () => {
  it('parses a configured provider; nothing configured means passwords only', () => {
    const { signOn } = accessSettings({ ...base, OIDC_ROLE_CLAIM: 'groups', OIDC_ROLE_MAP: 'am-analysts=analyst,am-mlt=leadership' });
    expect(signOn).toMatchObject({ allowedDomains: ['un.org', 'undp.org'], providerName: 'login.example.org', clearance: 'public' });
    expect(signOn?.roleMap).toEqual([
      ['am-analysts', 'analyst'],
      ['am-mlt', 'leadership'],
    ]);
    expect(accessSettings({})).toEqual({ signOn: undefined, localPasswords: true });
  });

  it('refuses a claim that would give the administrator role, and an unknown role', () => {
    expect(() => accessSettings({ ...base, OIDC_ROLE_CLAIM: 'groups', OIDC_ROLE_MAP: 'it-admins=administrator' })).toThrow(
      /cannot give the administrator role/,
    );
    expect(() => accessSettings({ ...base, OIDC_ROLE_CLAIM: 'groups', OIDC_ROLE_MAP: 'x=owner' })).toThrow(/"owner" is not one of/);
  });

  it('requires the client, the callback and the allowed domains; https except on this machine; passwords off only with sign-on', () => {
    expect(() => accessSettings({ OIDC_ISSUER: base.OIDC_ISSUER })).toThrow(/OIDC_REDIRECT_URL.*OIDC_CLIENT_ID.*OIDC_ALLOWED_DOMAINS/);
    expect(() => accessSettings({ ...base, OIDC_ISSUER: 'http://login.example.org' })).toThrow(/OIDC_ISSUER: must be https/);
    expect(accessSettings({ ...base, OIDC_ISSUER: 'http://127.0.0.1:9000' }).signOn?.issuer.href).toBe('http://127.0.0.1:9000/');
    expect(() => accessSettings({ ACTOR_MAP_LOCAL_PASSWORDS: 'off' })).toThrow(/only with sign-on/);
    expect(() => accessSettings({ ...base, OIDC_ROLE_MAP: 'a=analyst' })).toThrow(/OIDC_ROLE_CLAIM: required/);
  });

  it('is checked when the configuration is loaded, so the server does not start with a bad one', () => {
    expect(() => loadConfig({ ...base, OIDC_ROLE_CLAIM: 'groups', OIDC_ROLE_MAP: 'admins=administrator' })).toThrow(/administrator/);
    expect(() => loadConfig({ OIDC_CLEARANCE: 'confidential' } as NodeJS.ProcessEnv)).toThrow(/OIDC_CLEARANCE/);
    expect(loadConfig({ ...base, ACTOR_MAP_LOCAL_PASSWORDS: 'off' }).ACTOR_MAP_LOCAL_PASSWORDS).toBe('off');
  });
});

describe('sign-on claims', () => {
  const domains = { allowedDomains: ['un.org'] as const };
  it('lets in an email of an allowed domain, and refuses others, unverified ones and none', () => {
    expect(checkEmail({ email: 'Jane.Doe@UN.org' }, domains)).toEqual({ email: 'jane.doe@un.org' });
    expect(checkEmail({ email: 'jane@un.org.evil.example' }, domains)).toEqual({ refused: 'domain' });
    expect(checkEmail({ email: 'jane@sub.un.org' }, domains)).toEqual({ refused: 'domain' });
    expect(checkEmail({ email: 'jane@un.org', email_verified: false }, domains)).toEqual({ refused: 'email_unverified' });
    expect(checkEmail({}, domains)).toEqual({ refused: 'email' });
    expect(checkEmail({ email: 'x@anywhere.example' }, { allowedDomains: '*' })).toEqual({ email: 'x@anywhere.example' });
  });

  it('gives the first mapped role the claim holds, else viewer', () => {
    const settings = {
      roleClaim: 'roles',
      roleMap: [
        ['mlt', 'leadership'],
        ['analysts', 'analyst'],
      ] as const,
    };
    expect(roleFromClaims({ roles: ['analysts', 'mlt'] }, settings)).toBe('leadership');
    expect(roleFromClaims({ roles: 'analysts' }, settings)).toBe('analyst');
    expect(roleFromClaims({ roles: ['administrator'] }, settings)).toBe('viewer');
    expect(roleFromClaims({}, settings)).toBe('viewer');
  });

  it('makes a valid username from the email, with a random suffix when the name is taken', () => {
    for (const email of ['Jane.Doe@un.org', 'é@un.org', '_x+tag@un.org', `${'a'.repeat(80)}@un.org`]) {
      expect(UsernameSchema.safeParse(usernameFor(email, 0)).success).toBe(true);
      expect(UsernameSchema.safeParse(usernameFor(email, 1)).success).toBe(true);
    }
    expect(usernameFor('Jane.Doe@un.org', 0)).toBe('jane.doe');
    expect(usernameFor('Jane.Doe@un.org', 1)).toMatch(/^jane\.doe-[0-9a-f]{6}$/);
  });

  it('takes the display name from name, else given and family names, else the email, without control characters', () => {
    expect(displayNameFor({ name: ' Jane\u0007Doe\n' }, 'j@un.org')).toBe('Jane Doe');
    expect(displayNameFor({ given_name: 'Jane', family_name: 'Doe' }, 'j@un.org')).toBe('Jane Doe');
    expect(displayNameFor({}, 'j@un.org')).toBe('j@un.org');
  });
});
