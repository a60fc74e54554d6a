/**
 * Form building blocks shared by the actor and tie forms: labelled fields with an inline error
 * slot, a modal dialog (focus kept inside, Escape closes, focus returned to the opener), and the
 * mapping of validation issues to fields, both the client's zod issues (`['influence']`) and the
 * API's 400/409 details (`body.influence`), so the same message lands next to the same field.
 */
import type { z } from 'zod';
import { issueCode } from '../../../server/contracts/index.js';
import { ApiError } from '../../api.js';
import { sayApiMessage } from '../../i18n/api-messages.js';
import { h } from '../dom.js';
import { t } from '../../i18n/i18n.js';

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface Field {
  name: string;
  wrapper: HTMLElement;
  control: Control;
  error: HTMLElement;
}

let fieldCounter = 0;

/** A labelled control with an error slot; `hint` is read out with the field. */
export function field(name: string, label: string, control: Control, hint?: string): Field {
  const id = `field-${name}-${++fieldCounter}`;
  control.id = id;
  control.name = name;
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const hintElement = hint ? h('p', { class: 'field-hint', id: `${id}-hint` }, hint) : null;
  if (hintElement) control.setAttribute('aria-describedby', hintElement.id);
  const isCheckbox = control instanceof HTMLInputElement && control.type === 'checkbox';
  const wrapper = isCheckbox
    ? h('div', { class: 'field field-checkbox', 'data-field': name }, control, h('label', { for: id }, label), error)
    : h('div', { class: 'field', 'data-field': name }, h('label', { for: id }, label), hintElement, control, error);
  const made = { name, wrapper, control, error };
  // An error says what was wrong with the value it was shown for: once the user changes the value,
  // it no longer applies (the next submit checks again). Typing in a picker's search box only
  // filters its list, so a picker clears on `change` (a chip added or removed), not on `input`.
  const corrected = () => clearProblem(made);
  control.addEventListener('change', corrected);
  if (control.getAttribute('role') !== 'combobox') control.addEventListener('input', corrected);
  return made;
}

/** Take one field's error away (its message, its red border and what screen readers hear). */
function clearProblem(f: Field): void {
  f.error.hidden = true;
  f.error.textContent = '';
  f.control.removeAttribute('aria-invalid');
  const described = (f.control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id !== '' && id !== f.error.id);
  if (described.length > 0) f.control.setAttribute('aria-describedby', described.join(' '));
  else f.control.removeAttribute('aria-describedby');
}

export function input(type: string, attributes: Record<string, string> = {}): HTMLInputElement {
  return h('input', { type, ...attributes });
}

export function select(
  options: readonly { value: string; label: string }[],
  attributes: Record<string, string | boolean> = {},
): HTMLSelectElement {
  return h('select', attributes, ...options.map((option) => h('option', { value: option.value }, option.label)));
}

/** Set a select's chosen values (several for a multiple select). */
export function choose(control: HTMLSelectElement, values: readonly string[]): void {
  for (const option of control.options) option.selected = values.includes(option.value);
}

export const chosen = (control: HTMLSelectElement) => [...control.selectedOptions].map((option) => option.value);

/** Text or undefined when blank. */
export const textValue = (control: Control) => (control.value.trim() === '' ? undefined : control.value);
/** A number, or undefined when blank (a non-number stays a string so zod names the problem). */
export const numberValue = (control: Control): number | string | undefined =>
  control.value.trim() === '' ? undefined : Number.isNaN(Number(control.value)) ? control.value : Number(control.value);

export interface Problem {
  path: string;
  message: string;
}

/** Show problems next to their fields; the rest in the form's general message. Focuses the first. */
export function showProblems(fields: readonly Field[], general: HTMLElement, problems: readonly Problem[]): void {
  clearProblems(fields, general);
  const unplaced: string[] = [];
  let first: Control | null = null;
  for (const problem of problems) {
    const name = problem.path.replace(/^body\./, '').split('.')[0] ?? '';
    const target = fields.find((f) => f.name === name);
    if (!target) {
      unplaced.push(problem.path ? `${problem.path}: ${problem.message}` : problem.message);
      continue;
    }
    target.error.hidden = false;
    target.error.textContent = target.error.textContent ? `${target.error.textContent} ${problem.message}` : problem.message;
    target.control.setAttribute('aria-invalid', 'true');
    const described = target.control.getAttribute('aria-describedby') ?? '';
    if (!described.includes(target.error.id)) target.control.setAttribute('aria-describedby', `${described} ${target.error.id}`.trim());
    first ??= target.control;
  }
  general.hidden = unplaced.length === 0;
  general.textContent = unplaced.join(' ');
  (first ?? (unplaced.length > 0 ? general : null))?.focus();
}

export function clearProblems(fields: readonly Field[], general: HTMLElement): void {
  for (const f of fields) clearProblem(f);
  general.hidden = true;
  general.textContent = '';
}

/**
 * Fields whose text the browser could not turn into a value: a date input holding an impossible
 * date reports an empty value and `validity.badInput`, so without this check the date would
 * silently be saved as "not set".
 */
export function browserProblems(fields: readonly Field[]): Problem[] {
  return fields
    .filter((f) => 'validity' in f.control && f.control.validity.badInput)
    .map((f) => ({
      path: f.name,
      message: f.control.type === 'date' ? t('forms.badDate') : f.control.type === 'number' ? t('forms.badNumber') : t('forms.badValue'),
    }));
}

/** zod issues as problems, in the page's language: the same codes as the API's 400 details. */
export function zodProblems(issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.map((issue) => {
    const said = issueCode(issue);
    return { path: issue.path.map(String).join('.'), message: sayApiMessage(issue.message, said?.messageCode, said?.params) };
  });
}

/** An API failure as problems: its field details, else its message (both already in the page's language, client/api.ts). */
export function apiProblems(error: unknown): Problem[] {
  if (error instanceof ApiError && error.details.length > 0) return [...error.details];
  return [{ path: '', message: error instanceof Error ? error.message : String(error) }];
}

/**
 * Open a modal form. `submit` returns problems to show (the dialog stays open) or [] to close.
 * Returns when the dialog closes.
 */
export function openFormDialog(options: {
  title: string;
  fields: readonly Field[];
  submitLabel: string;
  submit: (general: HTMLElement) => Promise<Problem[]>;
}): Promise<void> {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const general = h('p', { class: 'form-error', role: 'alert', hidden: true });
  const submitButton = h('button', { type: 'submit', class: 'primary' }, options.submitLabel);
  const cancel = h('button', { type: 'button' }, t('forms.cancel'));
  // The title and the buttons stay in view; only the fields between them scroll, so a long form
  // (an engagement) fits a 1280x720 screen and Save is never scrolled away.
  const form = h(
    'form',
    { class: 'edit-form', novalidate: true },
    h('h2', { id: 'form-title' }, options.title),
    h(
      'div',
      { class: 'form-body', 'data-testid': 'form-body' },
      general,
      h('div', { class: 'form-fields' }, ...options.fields.map((f) => f.wrapper)),
    ),
    h('div', { class: 'form-actions' }, submitButton, cancel),
  );
  const dialog = h('dialog', { class: 'form-dialog', 'aria-labelledby': 'form-title', 'data-testid': 'form-dialog' }, form);
  document.body.append(dialog);
  return new Promise((resolve) => {
    const close = () => {
      dialog.close();
      dialog.remove();
      opener?.focus();
      resolve();
    };
    cancel.addEventListener('click', close);
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      close();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      // Nothing said about the last attempt stays on screen while this one is checked and sent.
      clearProblems(options.fields, general);
      // What the browser could not read (30 February, letters in a number) is never sent as "not set".
      const unreadable = browserProblems(options.fields);
      if (unreadable.length > 0) {
        showProblems(options.fields, general, unreadable);
        return;
      }
      submitButton.disabled = true;
      void options
        .submit(general)
        .then((problems) => {
          if (problems.length === 0) close();
          else showProblems(options.fields, general, problems);
        })
        .catch((error: unknown) => showProblems(options.fields, general, apiProblems(error)))
        .finally(() => {
          submitButton.disabled = false;
        });
    });
    dialog.showModal();
    options.fields[0]?.control.focus();
  });
}
