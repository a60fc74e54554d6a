/**
 * The "Briefing" action (issue 17): a dialog that downloads a coordination, engagement or actor
 * briefing as PDF or Word, with a redaction profile, from GET /api/briefings/:kind. "Briefing…" is
 * in the More menu (mounted into #transfer-tools), and "Actor briefing…" on the actor panel; both
 * only for roles with the `export` permission (the API checks again). Every word the dialog shows
 * comes from the `briefings` catalogue (issue 17), and the briefing is asked in the page's language.
 */
import {
  BRIEFING_FORMATS,
  EXPORT_PROFILES,
  type BriefingFormat,
  type BriefingKind,
  type ExportProfile,
  type Me,
} from '../../server/contracts/index.js';
import { asApiError } from '../actions.js';
import { currentLanguage, t, type MessageKey } from '../i18n/i18n.js';
import { localeOf } from '../i18n/languages.js';
import { rawRequest } from '../api/transfers.js';
import { openTransferDialog, statusLine } from '../transfer/dialog.js';
import { h } from '../ui/dom.js';
import { download } from '../graph/export-image.js';

const kindLabel = (kind: BriefingKind) => t(`briefings.kind_${kind}` as MessageKey);
const formatLabel = (format: BriefingFormat) => t(`briefings.format_${format}` as MessageKey);
const profileLabel = (profile: ExportProfile) => t(`briefings.profile_${profile}` as MessageKey);

let signedIn: Me | null = null;
const mayBrief = () => signedIn?.permissions.includes('export') ?? false;

/** Adds "Briefing…" to the More menu's shared group, for roles that may export. */
export function mountBriefings(root: HTMLElement, me: Me): void {
  signedIn = me;
  if (!mayBrief()) return;
  const button = h('button', { type: 'button', 'data-testid': 'open-briefing', 'aria-haspopup': 'dialog' }, t('briefings.menuItem'));
  button.addEventListener('click', () => openBriefingDialog());
  root.append(button);
}

/** The actor panel's "Actor briefing…" button, or null for roles that may not export. */
export function actorBriefingButton(actor: { id: string; name: string }): HTMLElement | null {
  if (!mayBrief()) return null;
  const button = h('button', { type: 'button', 'data-testid': 'actor-briefing', 'aria-haspopup': 'dialog' }, t('briefings.actorButton'));
  button.addEventListener('click', () => openBriefingDialog(actor));
  return h('div', { class: 'panel-briefing' }, button);
}

const field = (id: string, label: string, control: HTMLElement) =>
  h('div', { class: 'transfer-field' }, h('label', { for: id }, label), control);
const select = (id: string, options: Array<[string, string]>, selected: string) =>
  h(
    'select',
    { id, name: id, 'data-testid': id },
    ...options.map(([value, label]) => h('option', { value, selected: value === selected }, label)),
  );

/** Opens the dialog; with an actor, for that actor's briefing. */
export function openBriefingDialog(actor?: { id: string; name: string }): void {
  const running = new AbortController();
  const ui = openTransferDialog({
    title: actor ? t('briefings.actorTitle', { name: actor.name }) : t('briefings.title'),
    testId: 'briefing-dialog',
    onClose: () => running.abort(),
  });
  const kinds: BriefingKind[] = actor ? ['actor'] : ['coordination', 'engagement'];
  const kind = select(
    'briefing-kind',
    kinds.map((k) => [k, kindLabel(k)]),
    kinds[0]!,
  );
  const format = select(
    'briefing-format',
    BRIEFING_FORMATS.map((f) => [f, formatLabel(f)]),
    'pdf',
  );
  const profile = select(
    'briefing-profile',
    EXPORT_PROFILES.map((p) => [p, profileLabel(p)]),
    'internal',
  );
  const from = h('input', { type: 'date', id: 'briefing-from', 'data-testid': 'briefing-from' });
  const to = h('input', { type: 'date', id: 'briefing-to', 'data-testid': 'briefing-to' });
  const period = h(
    'div',
    { class: 'transfer-row' },
    field('briefing-from', t('briefings.from'), from),
    field('briefing-to', t('briefings.to'), to),
  );
  const name = h('input', {
    type: 'text',
    id: 'briefing-name',
    value: t('briefings.defaultMapName'),
    maxlength: '200',
    dir: 'auto',
    'data-testid': 'briefing-name',
  });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-testid': 'briefing-submit' }, t('briefings.download'));
  const status = statusLine('briefing-status');
  const showPeriod = () => (period.hidden = kind.value === 'coordination');
  kind.addEventListener('change', showPeriod);
  showPeriod();
  const form = h(
    'form',
    { class: 'transfer-form', novalidate: true },
    field('briefing-kind', t('briefings.kind'), kind),
    period,
    field('briefing-format', t('briefings.format'), format),
    field('briefing-profile', t('briefings.profile'), profile),
    field('briefing-name', t('briefings.name'), name),
    h('div', { class: 'transfer-row' }, submit),
    status.element,
  );
  ui.body.append(form);
  kind.focus();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = new URLSearchParams({ format: format.value, profile: profile.value });
    if (name.value.trim()) query.set('name', name.value.trim());
    if (actor) query.set('id', actor.id);
    if (!period.hidden && from.value) query.set('from', from.value);
    if (!period.hidden && to.value) query.set('to', to.value);
    // The briefing in the language the page is shown in (the pseudo-locale asks for English).
    query.set('lang', localeOf(currentLanguage()));
    submit.disabled = true;
    status.show(t('briefings.preparing'));
    rawRequest(`/api/briefings/${encodeURIComponent(kind.value)}?${query.toString()}`, { method: 'GET', signal: running.signal })
      .then(async (response) => {
        const fileName = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? `briefing.${format.value}`;
        download(await response.blob(), fileName);
        status.show(t('briefings.done'));
      })
      .catch((error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        status.show(t('briefings.failed', { message: asApiError(error).message }), 'error');
      })
      .finally(() => (submit.disabled = false));
  });
}
