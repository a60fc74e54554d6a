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
import { formatNumber, t, tParts, type MessageKey } from '../i18n/i18n.js';
import { doNoHarmLabel, gradeLabel } from '../i18n/vocabulary.js';
import * as store from '../state.js';
import type { AppState } from '../state.js';
import { dayElement } from '../ui/dates.js';
import { h } from '../ui/dom.js';
import { field, input, openFormDialog, select } from '../ui/forms/form-kit.js';
import { formatStance, humanize } from '../ui/format.js';
import { mayEdit, receivedFields } from '../ui/role.js';
import { evidenceCommandFor } from './evidence-commands.js';
import { appendSourceOptions } from './source-option.js';

export type ClaimSubject = { tieId: string } | { actorId: string };

const report = (error: unknown) => store.notify(asApiError(error).message, 'error');

/** An attribute a claim is about, in the interface's words (an unknown one humanized). */
export function attributeLabel(attribute: string): string {
  return (CLAIM_ATTRIBUTES as readonly string[]).includes(attribute)
    ? t(`evidence.attribute_${attribute}` as MessageKey)
    : humanize(attribute);
}

/** The Admiralty scale's words: "A – Completely reliable", "2 – Probably true". */
export const reliabilityLabel = (grade: string): string => t(`evidence.reliability_${grade}` as MessageKey);
export const credibilityLabel = (grade: string): string => t(`evidence.credibility_${grade}` as MessageKey);

/** A claimed value: a number as the language writes it, a do-no-harm role in its words. */
function claimedValue(claim: Pick<ClaimRecord, 'attribute' | 'value'>): string {
  // A stance reads as everywhere else: "+2 (strongly supportive)", not a bare number.
  if (claim.attribute === 'stance' && typeof claim.value === 'number') return formatStance(claim.value);
  if (typeof claim.value === 'number') return formatNumber(claim.value);
  if (claim.attribute === 'doNoHarmRole' && (DO_NO_HARM_ROLES as readonly unknown[]).includes(claim.value))
    return doNoHarmLabel(String(claim.value));
  return String(claim.value);
}

/** What a claim says, in words. */
export function claimWording(claim: ClaimRecord): string {
  if (claim.tieId)
    return claim.exists === false
      ? t('evidence.tieAbsent')
      : t('evidence.tieExists', { strength: claim.strength ? formatNumber(claim.strength) : 'none' });
  return t('evidence.attributeClaim', { attribute: attributeLabel(claim.attribute ?? ''), value: claimedValue(claim) });
}

/**
 * What a claim says, as elements: the value isolated, so a number keeps its sign before its digits
 * in a right-to-left line ("-2", not "2-").
 */
export function claimWordingParts(claim: ClaimRecord): (string | Node)[] {
  if (claim.tieId || claim.attribute === null) return [claimWording(claim)];
  const value = h('bdi', typeof claim.value === 'number' && claim.attribute !== 'stance' ? { dir: 'ltr' } : {}, claimedValue(claim));
  return tParts('evidence.attributeClaim', { attribute: attributeLabel(claim.attribute ?? ''), value });
}

/** A claim's Admiralty rating ("B2"), a code read the same in every language, explained on hover. */
export function ratingElement(claim: Pick<ClaimRecord, 'reliability' | 'credibility'>): HTMLElement {
  return h(
    'bdi',
    {
      class: 'claim-rating',
      'data-record-text': '',
      title: t('evidence.ratingTitle', {
        reliability: reliabilityLabel(claim.reliability),
        credibility: credibilityLabel(String(claim.credibility)),
      }),
    },
    `${claim.reliability}${claim.credibility}`,
  );
}

function claimItem(claim: ClaimRecord, busy: boolean): HTMLElement {
  const remove = h(
    'button',
    { type: 'button', class: 'link', disabled: busy, 'aria-label': t('evidence.deleteClaimLabel', { source: claim.sourceTitle }) },
    t('evidence.delete'),
  );
  remove.addEventListener('click', () => {
    if (window.confirm(t('evidence.confirmDelete', { source: claim.sourceTitle })))
      void performMapEdit(evidenceCommandFor({ op: 'delete-claim', claim })).catch(report);
  });
  return h(
    'li',
    { 'data-claim-id': claim.id, class: claim.contested ? 'claim-contested' : undefined },
    h('bdi', { class: 'claim-source', 'data-record-text': '' }, claim.sourceTitle),
    ' ',
    ratingElement(claim),
    h('span', { class: 'claim-what' }, ' · ', ...claimWordingParts(claim)),
    claim.observedAt ? h('span', { class: 'claim-date' }, ' · ', dayElement(claim.observedAt)) : null,
    claim.contested ? ' ' : null,
    claim.contested ? h('span', { class: 'badge badge-contested' }, gradeLabel('contested')) : null,
    mayEdit() ? h('span', {}, ' ', remove) : null,
  );
}

/** The "Add claim" form: an existing source, or a new one named here; then what it says. */
async function openClaimForm(subject: ClaimSubject): Promise<void> {
  const sources = await fetchSources();
  const NEW = '__new__';
  const sourceSelect = select([{ value: NEW, label: t('evidence.newSourceOption') }]);
  appendSourceOptions(sourceSelect, sources, sourceSelect.options[0] ?? null);
  sourceSelect.selectedIndex = 0;
  const sourcePick = field('sourceId', t('evidence.source'), sourceSelect);
  const newTitle = field('title', t('evidence.newSourceTitle'), input('text', { dir: 'auto' }), t('evidence.newSourceOnly'));
  const newKind = field(
    'kind',
    t('evidence.newSourceKind'),
    select(SOURCE_KINDS.map((value) => ({ value, label: t(`evidence.sourceKind_${value}` as MessageKey) }))),
  );
  const reliability = field(
    'reliability',
    t('evidence.newSourceReliability'),
    select(SOURCE_RELIABILITIES.map((value) => ({ value, label: reliabilityLabel(value) }))),
    t('evidence.reliabilityHint'),
  );
  const credibility = field(
    'credibility',
    t('evidence.credibility'),
    select(['1', '2', '3', '4', '5', '6'].map((value) => ({ value, label: credibilityLabel(value) }))),
    t('evidence.credibilityHint'),
  );
  const observedAt = field('observedAt', t('forms.observedOn'), input('date'));
  const aboutTie = 'tieId' in subject;
  const exists = field('exists', t('evidence.tieExistsField'), input('checkbox', { checked: 'checked' }));
  const attribute = field(
    'attribute',
    t('evidence.attribute'),
    select(CLAIM_ATTRIBUTES.map((value) => ({ value, label: attributeLabel(value) }))),
  );
  const value = field('value', t('evidence.value'), input('text'), t('evidence.valueHint', { roles: DO_NO_HARM_ROLES.join(', ') }));
  const fields = [sourcePick, newTitle, newKind, reliability, credibility, observedAt, ...(aboutTie ? [exists] : [attribute, value])];
  await openFormDialog({
    title: t('evidence.addClaimTitle'),
    fields,
    submitLabel: t('evidence.addClaimTitle'),
    submit: async () => {
      let sourceId = sourcePick.control.value;
      if (sourceId === NEW || sources.length === 0) {
        const title = (newTitle.control as HTMLInputElement).value;
        if (!title.trim()) return [{ path: 'title', message: t('evidence.nameNewSource') }];
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
      store.notify(t('evidence.added'));
      return [];
    },
  });
}

/** The section for an actor or a tie; fills itself in when the claims arrive. */
export function claimsSection(subject: ClaimSubject, evidence: Evidence | undefined, state: Readonly<AppState>): HTMLElement {
  const heading = h('h3', { id: 'evidence-heading' }, t('evidence.heading'));
  const grade = evidence ? gradeLabel(evidence.grade) : t('evidence.notKnown');
  const summary = h(
    'p',
    { class: 'panel-note', 'data-testid': 'evidence-grade' },
    evidence ? t('evidence.gradeSummary', { grade, claims: evidence.claims, sources: evidence.sources }) : grade,
  );
  // Who said so is for the roles that receive sources (the server answers 403 to the others).
  if (!receivedFields().tieSource)
    return h('section', { class: 'panel-evidence', 'aria-labelledby': heading.id, 'data-testid': 'panel-evidence' }, heading, summary);
  const list = h('ul', { class: 'claim-list', 'data-testid': 'claim-list' });
  const add = h('button', { type: 'button', 'data-testid': 'add-claim', disabled: state.history.busy }, t('evidence.addClaimButton'));
  add.addEventListener('click', () => void openClaimForm(subject).catch(report));
  void fetchClaims('tieId' in subject ? { tie: subject.tieId } : { actor: subject.actorId }).then(
    (claims) => list.replaceChildren(...claims.map((claim) => claimItem(claim, state.history.busy))),
    (error: unknown) => list.replaceChildren(h('li', {}, t('evidence.loadFailed', { message: asApiError(error).message }))),
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
