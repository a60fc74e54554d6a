/**
 * The sign-in gate: before the map loads, ask the API who is signed in. With no session, show a
 * sign-in form in place of the workbench and reload once signed in (the URL, and so the view, is
 * kept). The header then shows who is signed in, their role, a button to change one's password
 * and a sign-out button.
 */
import type { Me } from '../../server/contracts/index.js';
import { ApiError, fetchMe, signIn, signOut } from '../api.js';
import { forgetKeptHistory } from '../edit/kept-history.js';
import { adoptAccountLanguage, languageSelector } from '../i18n/start.js';
import { t } from '../i18n/i18n.js';
import { openPasswordDialog } from './password-dialog.js';
import { hasSessionHint, setSessionHint } from './session-hint.js';
import { signInOptions, signOnLink, takeSignOnRefusal } from './sign-on.js';

/**
 * Resolves with the signed-in user; never resolves while the sign-in form is shown. A browser
 * that is not signed in (no session hint) gets the form without asking the API.
 */
export async function ensureSignedIn(): Promise<Me> {
  if (!hasSessionHint()) return signInFirst();
  try {
    const me = await fetchMe();
    setSessionHint(true);
    await adoptAccountLanguage(me);
    showAccount(me);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'unauthenticated') {
      setSessionHint(false);
      return signInFirst();
    }
    throw error;
  }
}

function signInFirst(): Promise<Me> {
  showSignInForm();
  return new Promise<Me>(() => {});
}

function showSignInForm(): void {
  document.body.dataset.signedIn = 'false';
  const dialog = document.createElement('main');
  dialog.className = 'sign-in';
  dialog.setAttribute('data-testid', 'sign-in');
  const form = document.createElement('form');
  form.noValidate = true;
  const heading = document.createElement('h1');
  heading.textContent = 'Actor Map';
  const note = document.createElement('p');
  note.textContent = t('auth.signInNote');
  const username = field(t('auth.username'), 'username', 'text', 'username');
  const password = field(t('auth.password'), 'password', 'password', 'current-password');
  const error = document.createElement('p');
  error.className = 'sign-in-error';
  error.setAttribute('role', 'alert');
  error.setAttribute('data-testid', 'sign-in-error');
  const submit = document.createElement('button');
  submit.type = 'submit';
  submit.textContent = t('auth.signIn');
  error.textContent = takeSignOnRefusal() ?? '';
  // With sign-on, its link comes first; with local passwords off, the password form stays for the
  // operator's administrators only, folded away (server/access/sign-on/local-passwords.ts).
  const options = signInOptions();
  const link = options.provider ? signOnLink(options.provider) : null;
  if (!link) {
    form.append(heading, note, username.label, password.label, error, submit);
  } else if (options.passwords) {
    const or = document.createElement('p');
    or.className = 'sign-in-or';
    or.textContent = t('auth.orWithPassword');
    form.append(heading, note, link, error, or, username.label, password.label, submit);
  } else {
    const operator = document.createElement('details');
    operator.className = 'sign-in-operator';
    const summary = document.createElement('summary');
    summary.textContent = t('auth.operatorSignIn');
    operator.append(summary, username.label, password.label, submit);
    form.append(heading, note, link, error, operator);
  }
  dialog.append(languageSelector(false), form);
  document.body.replaceChildren(dialog);
  (link ?? username.input).focus();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    error.textContent = '';
    signIn(username.input.value, password.input.value)
      .then(() => {
        // A new session: another person's undo history must not carry over in this tab.
        forgetKeptHistory();
        setSessionHint(true);
        window.location.reload();
      })
      .catch((cause: unknown) => {
        error.textContent = cause instanceof ApiError ? cause.message : t('auth.signInFailed');
        submit.disabled = false;
        password.input.select();
      });
  });
}

function field(text: string, name: string, type: string, autocomplete: string) {
  const label = document.createElement('label');
  const caption = document.createElement('span');
  caption.textContent = text;
  const input = document.createElement('input');
  input.name = name;
  input.type = type;
  input.required = true;
  input.autocomplete = autocomplete as AutoFill;
  label.append(caption, input);
  return { label, input };
}

/** Who is signed in, in the header, with Change password and Sign out. */
function showAccount(me: Me): void {
  document.body.dataset.signedIn = 'true';
  document.body.dataset.role = me.role;
  const slot = document.getElementById('account');
  if (!slot) return;
  const who = document.createElement('span');
  who.className = 'account-name';
  who.textContent = t('auth.whoAndRole', { name: me.displayName, role: me.role });
  // A long name gives way to the search (an ellipsis); the whole of it is in the tooltip.
  who.title = who.textContent;
  const out = document.createElement('button');
  out.type = 'button';
  out.className = 'account-sign-out';
  out.textContent = t('auth.signOut');
  out.addEventListener('click', () => {
    void signOut().finally(() => {
      forgetKeptHistory();
      setSessionHint(false);
      window.location.reload();
    });
  });
  const password = document.createElement('button');
  password.type = 'button';
  password.setAttribute('data-testid', 'change-password');
  password.setAttribute('aria-haspopup', 'dialog');
  password.textContent = t('auth.changePassword');
  password.addEventListener('click', openPasswordDialog);
  slot.replaceChildren(who, languageSelector(true), password, out);
}
