/**
 * The sign-in page's part of sign-on with the organisation's identity provider: what the server
 * configured (a `<meta name="actor-map-sign-in">` in the page shell, server/routes/sign-on.ts, so
 * no API request is needed to know it), the "Sign in with <provider>" link, and the message for a
 * refused sign-on (`#sign-on-error=<code>` on the page the server sends the browser back to).
 */

export interface SignInOptions {
  /** The provider's name when sign-on is configured. */
  provider: string | null;
  /** False: local passwords are off; the password form is kept for the operator, folded away. */
  passwords: boolean;
}

export const SIGN_ON_START = '/api/auth/oidc/start';

/** What the shell says; passwords only when it says nothing (sign-on not configured). */
export function signInOptions(): SignInOptions {
  const content = document.querySelector<HTMLMetaElement>('meta[name="actor-map-sign-in"]')?.content;
  if (!content) return { provider: null, passwords: true };
  try {
    const parsed = JSON.parse(content) as Partial<SignInOptions>;
    return { provider: typeof parsed.provider === 'string' ? parsed.provider : null, passwords: parsed.passwords !== false };
  } catch {
    return { provider: null, passwords: true };
  }
}

const REFUSALS: Record<string, string> = {
  state: 'The sign-in took too long or was started in another window. Please try again.',
  nonce: 'The identity provider’s answer could not be verified. Please try again.',
  provider: 'The identity provider did not sign you in. Please try again.',
  unavailable: 'The identity provider cannot be reached just now. Please try again later.',
  email: 'Your identity provider account has no email address; this map needs one.',
  email_unverified: 'Your email address is not verified at the identity provider.',
  domain: 'Accounts of your email domain may not sign in to this map.',
  disabled: 'Your account is disabled. Ask an administrator.',
};

/** The message for a refused sign-on this page was sent back with (and the marker taken off the address), or null. */
export function takeSignOnRefusal(): string | null {
  const match = /^#sign-on-error=([a-z_]+)$/.exec(window.location.hash);
  if (!match) return null;
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
  return REFUSALS[match[1]!] ?? REFUSALS.provider!;
}

/** The "Sign in with <provider>" link: a navigation to the server, which sends the browser on to the provider. */
export function signOnLink(provider: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.className = 'sign-on-button';
  link.href = SIGN_ON_START;
  link.setAttribute('data-testid', 'sign-on');
  link.textContent = `Sign in with ${provider}`;
  return link;
}
