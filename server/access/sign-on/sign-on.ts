/**
 * Sign-on with an OpenID Connect provider: the authorization code flow with PKCE, state and nonce,
 * through `openid-client` (a maintained, certified client). Ends in the same session, audit event
 * and cookie as a password sign-in (sign-in.ts), so everything after it (CSRF guard, sign-out,
 * revocation) works unchanged.
 *
 * A started sign-on is kept in Neo4j (its state hashed, with the PKCE verifier and nonce) for ten
 * minutes, so any instance can finish it, and it is taken once: a replayed answer finds nothing.
 * The state also goes to the browser in a cookie, and the answer must come back to that browser
 * with that state: a link to someone else's answer (login CSRF) does not sign anyone in.
 *
 * The first sign-in of a subject creates its account (sign-on-account.ts); later ones find it by
 * issuer and subject, never by email or username, so a provider account cannot take over a local
 * account that happens to share its name.
 */
import { createHash } from 'node:crypto';
import * as oidc from 'openid-client';
import type { Database } from '../../db/database.js';
import type { AuditLog } from '../audit-log.js';
import type { Credentials } from '../credentials.js';
import type { UserStore } from '../user-store.js';
import { checkEmail, displayNameFor, roleFromClaims, usernameFor, type Claims, type RefusalCode } from './claims.js';
import type { SignOnSettings } from './settings.js';
import { findLinkedUser, saveSignOnAttempt, takeSignOnAttempt } from '../../queries/access.js';

/** A refused sign-on: its code goes to the audit log and, as `#sign-on-error=<code>`, to the sign-in page. */
export class SignOnRefused extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly userId: string | null = null,
  ) {
    super(`Sign-on refused: ${code}`);
  }
}

export interface SignOnService {
  readonly providerName: string;
  /** Starts a sign-on: the provider's authorization URL, and the state for the browser's cookie. */
  begin(): Promise<{ authorizationUrl: URL; state: string }>;
  /**
   * Finishes it from the provider's answer (`callbackUrl`, as received) and the state the browser's
   * cookie holds: the user and a new session, or a SignOnRefused (already audited).
   */
  complete(callbackUrl: URL, cookieState: string | undefined): Promise<{ userId: string; sessionToken: string }>;
}

const hashState = (state: string) => createHash('sha256').update(state).digest('hex');
const SCOPE = 'openid email profile';

export function createSignOnService(
  db: Database,
  users: UserStore,
  credentials: Credentials,
  audit: AuditLog,
  settings: SignOnSettings,
): SignOnService {
  const configuration = discoverOnce(settings);

  async function refuse(code: RefusalCode, userId: string | null = null): Promise<never> {
    await audit.record({ userId, action: 'sign_in_failed', detail: `oidc:${code}` });
    throw new SignOnRefused(code, userId);
  }

  /** The claims of the ID token, completed by the userinfo endpoint (many providers put email and groups only there). */
  async function exchange(config: oidc.Configuration, callbackUrl: URL, state: string, attempt: { codeVerifier: string; nonce: string }) {
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      return refuse(isNonceFailure(error) ? 'nonce' : 'provider');
    }
    const idClaims = tokens.claims() as Claims;
    const subject = String(idClaims.sub);
    let userInfo: Claims = {};
    if (config.serverMetadata().userinfo_endpoint) {
      try {
        // The subject is checked: userinfo of another person cannot be mixed into these claims.
        userInfo = (await oidc.fetchUserInfo(config, tokens.access_token, subject)) as Claims;
      } catch {
        return refuse('provider');
      }
    }
    return { subject, claims: { ...userInfo, ...idClaims } };
  }

  /** The linked account's id, creating it on the first sign-in; the session and audit events commit together. */
  async function signInAs(subject: string, claims: Claims): Promise<{ userId: string; sessionToken: string }> {
    const issuer = (await configuration()).serverMetadata().issuer;
    const [linked] = await db.readFromLeader(findLinkedUser, { issuer, subject });
    if (linked?.disabled === true) return refuse('disabled', linked.id);
    const checked = checkEmail(claims, settings);
    if ('refused' in checked) return refuse(checked.refused, linked ? linked.id : null);
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await db.writeTransaction(async (tx) => {
          let userId = linked ? linked.id : undefined;
          if (!userId) {
            userId = await users.createLinkedIn(tx, {
              username: usernameFor(checked.email, attempt),
              displayName: displayNameFor(claims, checked.email),
              role: roleFromClaims(claims, settings),
              clearance: settings.clearance,
              issuer,
              subject,
            });
            await audit.recordIn(tx, { userId, action: 'user_change', targetType: 'user', targetIds: [userId], detail: 'create:sign-on' });
          }
          const sessionToken = await credentials.openSessionIn(tx, userId);
          await audit.recordIn(tx, { userId, action: 'sign_in', detail: 'oidc' });
          return { userId, sessionToken };
        });
      } catch (error) {
        // A taken username (or the same subject's first sign-in racing in another tab): look again, then retry.
        if ((error as { code?: string }).code !== 'conflict' || linked || attempt >= 3) throw error;
        const [raced] = await db.readFromLeader(findLinkedUser, { issuer, subject });
        if (raced) return signInAs(subject, claims);
      }
    }
  }

  return {
    providerName: settings.providerName,
    async begin() {
      const config = await configuration().catch(() => refuse('unavailable'));
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const codeVerifier = oidc.randomPKCECodeVerifier();
      await db.write(saveSignOnAttempt, { stateHash: hashState(state), codeVerifier, nonce });
      const authorizationUrl = oidc.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUrl.href,
        scope: SCOPE,
        state,
        nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      });
      return { authorizationUrl, state };
    },
    async complete(callbackUrl, cookieState) {
      const state = callbackUrl.searchParams.get('state') ?? '';
      // The answer must come back to the browser that started it, with the state it was given.
      if (!state || !cookieState || state !== cookieState) return refuse('state');
      const [attempt] = await db.write(takeSignOnAttempt, { stateHash: hashState(state) });
      if (!attempt || attempt.current !== true) return refuse('state');
      if (callbackUrl.searchParams.has('error')) return refuse('provider');
      const config = await configuration().catch(() => refuse('unavailable'));
      const { subject, claims } = await exchange(config, callbackUrl, state, {
        codeVerifier: attempt.codeVerifier,
        nonce: attempt.nonce,
      });
      return signInAs(subject, claims);
    },
  };
}

/** The provider's metadata, discovered at first use and kept; a failed discovery is tried again next time. */
function discoverOnce(settings: SignOnSettings): () => Promise<oidc.Configuration> {
  let discovered: Promise<oidc.Configuration> | undefined;
  return () => {
    discovered ??= oidc
      .discovery(
        settings.issuer,
        settings.clientId,
        settings.clientSecret,
        settings.clientSecret ? oidc.ClientSecretBasic(settings.clientSecret) : oidc.None(),
        // Plain http only for a provider on this machine (settings.ts refuses it elsewhere).
        settings.issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    return discovered;
  };
}

/**
 * openid-client reports an ID token nonce other than the one sent as a failed claim comparison
 * (`OAUTH_JWT_CLAIM_COMPARISON_FAILED`) caused by oauth4webapi's `unexpected ID Token "nonce" claim value`.
 */
function isNonceFailure(error: unknown): boolean {
  for (let cause = error as { message?: unknown; cause?: unknown } | undefined, depth = 0; cause && depth < 4; depth += 1) {
    if (typeof cause.message === 'string' && cause.message.includes('"nonce"')) return true;
    cause = cause.cause as typeof cause;
  }
  return false;
}
