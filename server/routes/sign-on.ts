/**
 * /api/auth/oidc: sign-on through the organisation's identity provider. Two browser navigations,
 * not JSON calls, so they are plain Express routes answering with redirects (and are not in the
 * OpenAPI document): `start` sends the browser to the provider, `callback` receives it back, sets
 * the same session cookie as a password sign-in and sends it to the workbench, or to the sign-in
 * page with `#sign-on-error=<code>`.
 *
 * Also here: the page shell names the provider (a `<meta>` the sign-in page reads), so a visitor
 * who is not signed in still sends no API request before the sign-in form.
 */
import { Router } from 'express';
import { SESSION_HOURS } from '../access/credentials.js';
import { SignOnRefused, type SignOnService } from '../access/sign-on/sign-on.js';
import { SESSION_COOKIE, readCookie } from '../middleware/authenticate.js';

/** The started sign-on's state, bound to this browser. Lax: it must come back on the provider's top-level redirect. */
export const SIGN_ON_COOKIE = '__Host-actor-map-sign-on';
const SIGN_ON_SECONDS = 600;

const signOnCookie = (state: string, maxAgeSeconds: number) =>
  `${SIGN_ON_COOKIE}=${encodeURIComponent(state)}; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}`;
const sessionCookie = (token: string) =>
  `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=${SESSION_HOURS * 3600}`;

export function signOnRoutes(signOn: SignOnService, redirectUrl: URL): Router {
  const router = Router();
  router.get('/api/auth/oidc/start', async (_request, response) => {
    try {
      const { authorizationUrl, state } = await signOn.begin();
      response.setHeader('Set-Cookie', signOnCookie(state, SIGN_ON_SECONDS));
      response.redirect(303, authorizationUrl.href);
    } catch (error) {
      if (!(error instanceof SignOnRefused)) throw error;
      response.redirect(303, `/#sign-on-error=${error.code}`);
    }
  });
  router.get('/api/auth/oidc/callback', async (request, response) => {
    // The answer as the provider sent it, at the address registered there (openid-client sends
    // that address again to the token endpoint, which compares it).
    const callbackUrl = new URL(redirectUrl.href);
    callbackUrl.search = new URL(request.originalUrl, 'http://callback').search;
    const cookieState = readCookie(request.headers.cookie, SIGN_ON_COOKIE);
    try {
      const { sessionToken } = await signOn.complete(callbackUrl, cookieState);
      response.setHeader('Set-Cookie', [signOnCookie('', 0), sessionCookie(sessionToken)]);
      response.redirect(303, '/#signed-on');
    } catch (error) {
      if (!(error instanceof SignOnRefused)) throw error;
      response.setHeader('Set-Cookie', signOnCookie('', 0));
      response.redirect(303, `/#sign-on-error=${error.code}`);
    }
  });
  return router;
}

/**
 * What the sign-in page offers: the provider's button, and whether the password form is shown; the
 * page shell carries it as `<meta name="actor-map-sign-in">` (routes/page-shell.ts, client/auth/sign-on.ts).
 */
export interface SignInOptions {
  provider: string | null;
  passwords: boolean;
}
