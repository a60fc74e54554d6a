/**
 * Whether this browser was signed in when last seen: a hint in localStorage (the session cookie
 * itself is HttpOnly), so a visitor who is not signed in gets the sign-in form at once, without
 * start requests that could only answer 401. Set on sign-in and on every confirmed session,
 * cleared on sign-out and whenever the API says the session is gone. A stale hint costs one
 * request; a missing one, at worst, one sign-in.
 * No imports: the first script (main.ts) uses it.
 */
const HINT_KEY = 'actor-map:signed-in';

export function hasSessionHint(): boolean {
  acceptSignOn();
  try {
    return localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return true;
  }
}

export function setSessionHint(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(HINT_KEY, '1');
    else localStorage.removeItem(HINT_KEY);
  } catch {
    // Storage refused: every start then asks the API, as before.
  }
}

/**
 * The server sends a browser that has just signed on through the identity provider to `/#signed-on`
 * (server/routes/sign-on.ts): it has a session now, so the hint is set (and the marker taken off the
 * address) before the first requests are decided.
 */
function acceptSignOn(): void {
  try {
    if (window.location.hash !== '#signed-on') return;
    setSessionHint(true);
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
  } catch {
    // No page address (a test outside the browser): nothing came back from a provider.
  }
}
