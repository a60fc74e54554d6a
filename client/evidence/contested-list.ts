/**
 * The "Contested" list (More ▾ menu, issue #15): every tie and actor attribute on which the
 * claims the caller may see disagree, with both sides: each side's value and who says it. Read
 * from GET /api/claims?contested=true, so a source the caller may not see never makes a dispute.
 */
import type { ClaimRecord } from '../../server/contracts/index.js';
import { asApiError } from '../actions.js';
import { fetchClaims } from '../api/evidence.js';
import { t, tParts } from '../i18n/i18n.js';
import { tieTypeLabel } from '../i18n/vocabulary.js';
import * as store from '../state.js';
import { dayElement } from '../ui/dates.js';
import { h } from '../ui/dom.js';
import { receivedFields } from '../ui/role.js';
import { attributeLabel, claimWording, claimWordingParts, ratingElement } from './claims-section.js';
import './evidence.css';

interface Dispute {
  key: string;
  title: string;
  sides: Map<string, ClaimRecord[]>;
}

/** Claims grouped by what they are about, then by what they say. */
export function disputesOf(claims: readonly ClaimRecord[], nameOf: (actorId: string) => string): Dispute[] {
  const disputes = new Map<string, Dispute>();
  for (const claim of claims) {
    const key = claim.tieId ? `tie:${claim.tieId}` : `actor:${claim.actorId}:${claim.attribute}`;
    const title = claim.tieId
      ? t('evidence.tieById', { id: claim.tieId })
      : t('evidence.actorAttribute', { name: nameOf(claim.actorId ?? ''), attribute: attributeLabel(claim.attribute ?? '') });
    const dispute = disputes.get(key) ?? { key, title, sides: new Map() };
    const side = claimWording(claim);
    dispute.sides.set(side, [...(dispute.sides.get(side) ?? []), claim]);
    disputes.set(key, dispute);
  }
  return [...disputes.values()];
}

function tieTitle(tieId: string): string {
  const edge = store.getState().elements.edges.find((e) => e.data.id === tieId)?.data;
  if (!edge) return t('evidence.tieById', { id: tieId });
  const label = (id: string) => store.getState().elements.nodes.find((n) => n.data.id === id)?.data.label ?? id;
  return t('evidence.tieBetween', { source: label(edge.source), target: label(edge.target), type: tieTypeLabel(edge.type) });
}

/** Who says it: each source (as stored) with its rating and date, in the page's words around them. */
function sourcesSaying(claims: readonly ClaimRecord[]): (string | Node)[] {
  return claims.flatMap((claim, index) => [
    index > 0 ? t('evidence.listSeparator') : '',
    ...tParts(claim.observedAt ? 'evidence.sayingDated' : 'evidence.saying', {
      source: h('bdi', { 'data-record-text': '' }, claim.sourceTitle),
      rating: ratingElement(claim),
      date: claim.observedAt ? dayElement(claim.observedAt) : '',
    }),
  ]);
}

async function openContestedDialog(): Promise<void> {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const nameOf = (id: string) => store.getState().elements.nodes.find((n) => n.data.id === id)?.data.label ?? id;
  const body = h('div', { class: 'contested-body' }, h('p', { role: 'status' }, t('evidence.loadingContested')));
  const close = h('button', { type: 'button' }, t('common.close'));
  const dialog = h(
    'dialog',
    { class: 'form-dialog contested-dialog', 'aria-labelledby': 'contested-title', 'data-testid': 'contested-dialog' },
    h('h2', { id: 'contested-title' }, t('evidence.contestedTitle')),
    body,
    h('div', { class: 'form-actions' }, close),
  );
  document.body.append(dialog);
  const finish = () => {
    dialog.close();
    dialog.remove();
    opener?.focus();
  };
  close.addEventListener('click', finish);
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    finish();
  });
  dialog.showModal();
  try {
    const disputes = disputesOf(await fetchClaims({ contested: true }), nameOf);
    body.replaceChildren(
      disputes.length === 0
        ? h('p', {}, t('evidence.noneContested'))
        : h(
            'ul',
            { class: 'contested-list', 'data-testid': 'contested-list' },
            ...disputes.map((dispute) =>
              h(
                'li',
                { 'data-dispute': dispute.key },
                h('h3', {}, dispute.key.startsWith('tie:') ? tieTitle(dispute.key.slice(4)) : dispute.title),
                h(
                  'ul',
                  { class: 'contested-sides' },
                  ...[...dispute.sides.values()].map((claims) =>
                    h('li', {}, h('strong', {}, ...claimWordingParts(claims[0]!)), ' — ', ...sourcesSaying(claims)),
                  ),
                ),
              ),
            ),
          ),
    );
  } catch (error) {
    body.replaceChildren(h('p', { role: 'alert' }, t('evidence.contestedLoadFailed', { message: asApiError(error).message })));
  }
}

/** The menu item; every role may read the list. */
export function mountContestedList(root: HTMLElement): void {
  if (!receivedFields().tieSource) return;
  const button = h('button', { type: 'button', 'data-testid': 'open-contested', 'aria-haspopup': 'dialog' }, t('evidence.contestedButton'));
  button.addEventListener('click', () => void openContestedDialog());
  root.append(button);
}
