/**
 * Small parts shared by the account screens: a section form with labelled fields whose errors
 * (the client's zod issues or the API's 400/409 details, `body.username`) land next to the field
 * in plain words, and the names of roles and clearances in the interface's language (issue 17).
 */
import { ROLES, type Role, type Sensitivity } from '../../server/contracts/index.js';
import { ApiError } from '../api.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import { sensitivityLabel } from '../i18n/vocabulary.js';
import { h } from '../ui/dom.js';
import { apiProblems, clearProblems, showProblems, type Field, type Problem } from '../ui/forms/form-kit.js';
import './accounts.css';

/** A role's name as people say it ("Viewer"); the API's code stays `viewer`. */
export const roleName = (role: Role): string => t(`accounts.role_${role}` as MessageKey);
/** A clearance is a sensitivity level: the vocabulary's word for it. */
export const clearanceName = (level: Sensitivity): string => sensitivityLabel(level);
/** Every role, for a select, in the order the contract lists them. */
export const roleOptions = (): { value: string; label: string }[] => ROLES.map((value) => ({ value, label: roleName(value) }));

/**
 * The API words some details as the end of a sentence about the field ("is taken", "must be 2-64
 * lower-case letters..."): next to the field, that reads as "Username is taken."
 */
export function plainProblems(problems: readonly Problem[], fields: readonly Field[]): Problem[] {
  return problems.map((problem) => {
    const name = problem.path.replace(/^body\./, '').split('.')[0] ?? '';
    const field = fields.find((f) => f.name === name);
    const label = field?.wrapper.querySelector('label')?.textContent ?? '';
    const message = problem.message.trim();
    if (!field || !/^[a-z]/.test(message)) return problem;
    // "Current password is not your current password" says the field twice: "This is not ...".
    const subject = label && !message.toLowerCase().includes(label.toLowerCase()) ? label : t('accounts.problemThis');
    // The fragment stays as the API or the schema wrote it (English); the sentence around it is the page's.
    return { path: problem.path, message: t('accounts.problemSentence', { subject, message, stop: /[.!?]$/.test(message) ? '' : '.' }) };
  });
}

/** What went wrong, for a status line: the API's own message, in its words. */
export function failureText(error: unknown): string {
  if (error instanceof ApiError)
    return error.message.replace(/: ask with POST \/api\/grant-requests, another administrator approves it$/, '.');
  return t('accounts.pageFailed');
}

/** A form section: fields, one submit button and a general error line; `run` returns problems or []. */
export function sectionForm(options: {
  testId: string;
  heading: string;
  fields: readonly Field[];
  submitLabel: string;
  note?: string;
  run: () => Promise<Problem[]>;
}): { form: HTMLFormElement; general: HTMLElement; submit: HTMLButtonElement; reset(): void } {
  const general = h('p', { class: 'form-error', role: 'alert', hidden: true, 'data-testid': `${options.testId}-error` });
  const submit = h('button', { type: 'submit', class: 'accounts-primary', 'data-testid': `${options.testId}-submit` }, options.submitLabel);
  const form = h(
    'form',
    { class: 'accounts-form', novalidate: true, 'data-testid': options.testId },
    h('h3', { class: 'accounts-heading' }, options.heading),
    options.note ? h('p', { class: 'transfer-note' }, options.note) : null,
    general,
    h('div', { class: 'accounts-fields' }, ...options.fields.map((f) => f.wrapper)),
    h('div', { class: 'accounts-form-actions' }, submit),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    clearProblems(options.fields, general);
    void options
      .run()
      .catch((error: unknown) => apiProblems(error).map((p) => (p.path ? p : { ...p, message: failureText(error) })))
      .then((problems) => {
        if (problems.length > 0) showProblems(options.fields, general, plainProblems(problems, options.fields));
      })
      .finally(() => {
        submit.disabled = false;
      });
  });
  return { form, general, submit, reset: () => clearProblems(options.fields, general) };
}
