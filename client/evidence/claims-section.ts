/**
 * The panel's "Evidence" section for an actor or a tie (issue #15): its grade as the caller's
 * visible claims make it, and each claim with its source, the Admiralty rating (reliability and
 * credibility), what it says and its date; "Add claim" and Delete, both undoable. The list is read
 * afresh each time the panel renders (it renders again after every edit, undo and redo).
 */
import {
  CLAIM_ATTRIBUTES,
  DO_NO_HARM_ROLES,
  SOURCE_KINDS,
  SOURCE_RELIABILITIES,
  type ClaimCreate,
  type ClaimRecord,
  type Evidence,
} from '../../server/contracts/index.js';
import { asApiError } from '../actions.js';
import { createSource, fetchClaims, fetchSources } from '../api/evidence.js';
import { newId } from '../edit/commands.js';
import { performMapEdit } from '../edit/edit-actions.js';
import * as store from '../state.js';
import type { AppState } from '../state.js';
import { h } from '../ui/dom.js';
import { field, input, openFormDialog, select } from '../ui/forms/form-kit.js';
import { humanize } from '../ui/format.js';
import { mayEdit, receivedFields } from '../ui/role.js';
import { evidenceCommandFor } from './evidence-commands.js';
import { gradeLabel } from '../i18n/vocabulary.js';

export type ClaimSubject = { tieId: string } | { actorId: string };

const report = (error: unknown) => store.notify(asApiError(error).message, 'error');
const ATTRIBUTE_LABELS: Record<string, string> = {
  stance: 'Stance',
  influence: 'Influence',
  interest: 'Interest',
  doNoHarmRole: 'Do-no-harm role',
};

/** What a claim says, in words. */
export function claimWording(claim: ClaimRecord): string {
  if (claim.tieId)
    return claim.exists === false
      ? 'Says the tie does not exist'
      : `Says the tie exists${claim.strength ? ` (strength ${claim.strength})` : ''}`;
  return `${ATTRIBUTE_LABELS[claim.attribute ?? ''] ?? humanize(claim.attribute ?? '')}: ${String(claim.value)}`;
}

function claimItem(claim: ClaimRecord, busy: boolean): HTMLElement {
  const remove = h(
    'button',
    { type: 'button', class: 'link', disabled: busy, 'aria-label': `Delete the claim from ${claim.sourceTitle}` },
    'Delete',
  );
  remove.addEventListener('click', () => {
    if (window.confirm(`Delete the claim from ${claim.sourceTitle}? You can undo this.`))
      void performMapEdit(evidenceCommandFor({ op: 'delete-claim', claim })).catch(report);
  });
  return h(
    'li',
    { 'data-claim-id': claim.id, class: claim.contested ? 'claim-contested' : undefined },
    h('span', { class: 'claim-source', dir: 'auto' }, claim.sourceTitle),
    h(
      'span',
      { class: 'claim-rating', title: 'Source reliability (A-F) and credibility (1-6)' },
      ` ${claim.reliability}${claim.credibility}`,
    ),
    h('span', { class: 'claim-what' }, ` · ${claimWording(claim)}`),
    claim.observedAt ? h('span', { class: 'claim-date' }, ` · ${claim.observedAt}`) : null,
    claim.contested ? h('span', { class: 'badge badge-contested' }, ' Contested') : null,
    mayEdit() ? h('span', {}, ' ', remove) : null,
  );
}

/** The "Add claim" form: an existing source, or a new one named here; then what it says. */
async function openClaimForm(subject: ClaimSubject): Promise<void> {
  const sources = await fetchSources();
  const NEW = '__new__';
  const sourcePick = field(
    'sourceId',
    'Source',
    select([...sources.map((s) => ({ value: s.id, label: `${s.title} (${s.reliability})` })), { value: NEW, label: 'A new source…' }]),
  );
  const newTitle = field('title', 'New source title', input('text'), 'Only for a new source');
  const newKind = field('kind', 'New source kind', select(SOURCE_KINDS.map((value) => ({ value, label: humanize(value) }))));
  const reliability = field(
    'reliability',
    'New source reliability',
    select(SOURCE_RELIABILITIES.map((value) => ({ value, label: value }))),
    'A completely reliable … F cannot be judged',
  );
  const credibility = field(
    'credibility',
    'Credibility',
    select(['1', '2', '3', '4', '5', '6'].map((value) => ({ value, label: value }))),
    '1 confirmed by other sources … 6 cannot be judged',
  );
  const observedAt = field('observedAt', 'Observed on', input('date'));
  const aboutTie = 'tieId' in subject;
  const exists = field('exists', 'The tie exists', input('checkbox', { checked: 'checked' }));
  const attribute = field(
    'attribute',
    'Attribute',
    select(CLAIM_ATTRIBUTES.map((value) => ({ value, label: ATTRIBUTE_LABELS[value] ?? value }))),
  );
  const value = field(
    'value',
    'Value',
    input('text'),
    `Stance -2 to 2, influence or interest 1-5, or a role: ${DO_NO_HARM_ROLES.join(', ')}`,
  );
  const fields = [sourcePick, newTitle, newKind, reliability, credibility, observedAt, ...(aboutTie ? [exists] : [attribute, value])];
  await openFormDialog({
    title: 'Add claim',
    fields,
    submitLabel: 'Add claim',
    submit: async () => {
      let sourceId = sourcePick.control.value;
      if (sourceId === NEW || sources.length === 0) {
        const title = (newTitle.control as HTMLInputElement).value;
        if (!title.trim()) return [{ path: 'title', message: 'Name the new source' }];
        const kind = newKind.control.value as (typeof SOURCE_KINDS)[number];
        const created = await createSource({
          title,
          kind,
          reliability: reliability.control.value as (typeof SOURCE_RELIABILITIES)[number],
          reference: '',
        });
        sourceId = created.id;
      }
      const raw = (value.control as HTMLInputElement).value.trim();
      const what = aboutTie
        ? { tieId: subject.tieId, exists: (exists.control as HTMLInputElement).checked }
        : { actorId: subject.actorId, attribute: attribute.control.value, value: /^-?\d+$/.test(raw) ? Number(raw) : raw };
      const body = {
        id: newId('claim'),
        sourceId,
        ...what,
        credibility: Number(credibility.control.value),
        note: '',
        ...((observedAt.control as HTMLInputElement).value ? { observedAt: (observedAt.control as HTMLInputElement).value } : {}),
      } as ClaimCreate & { id: string };
      await performMapEdit(evidenceCommandFor({ op: 'create-claim', body }));
      store.notify('Added the claim.');
      return [];
    },
  });
}

/** The section for an actor or a tie; fills itself in when the claims arrive. */
export function claimsSection(subject: ClaimSubject, evidence: Evidence | undefined, state: Readonly<AppState>): HTMLElement {
  const heading = h('h3', { id: 'evidence-heading' }, 'Evidence');
  const grade = evidence ? gradeLabel(evidence.grade) : 'Not known';
  const summary = h(
    'p',
    { class: 'panel-note', 'data-testid': 'evidence-grade' },
    evidence
      ? `${grade}: ${evidence.claims} claim${evidence.claims === 1 ? '' : 's'} from ${evidence.sources} source${evidence.sources === 1 ? '' : 's'}.`
      : grade,
  );
  // Who said so is for the roles that receive sources (the server answers 403 to the others).
  if (!receivedFields().tieSource)
    return h('section', { class: 'panel-evidence', 'aria-labelledby': heading.id, 'data-testid': 'panel-evidence' }, heading, summary);
  const list = h('ul', { class: 'claim-list', 'data-testid': 'claim-list' });
  const add = h('button', { type: 'button', 'data-testid': 'add-claim', disabled: state.history.busy }, 'Add claim…');
  add.addEventListener('click', () => void openClaimForm(subject).catch(report));
  void fetchClaims('tieId' in subject ? { tie: subject.tieId } : { actor: subject.actorId }).then(
    (claims) => list.replaceChildren(...claims.map((claim) => claimItem(claim, state.history.busy))),
    (error: unknown) => list.replaceChildren(h('li', {}, `Could not load the claims: ${asApiError(error).message}`)),
  );
  return h(
    'section',
    { class: 'panel-evidence', 'aria-labelledby': heading.id, 'data-testid': 'panel-evidence' },
    heading,
    summary,
    mayEdit() ? add : null,
    list,
  );
}
