/**
 * The "Contested" list (More ▾ menu, issue #15): every tie and actor attribute on which the
 * claims the caller may see disagree, with both sides: each side's value and who says it. Read
 * from GET /api/claims?contested=true, so a source the caller may not see never makes a dispute.
 */
import type { ClaimRecord } from '../../server/contracts/index.js';
import { asApiError } from '../actions.js';
import { fetchClaims } from '../api/evidence.js';
import * as store from '../state.js';
import { h } from '../ui/dom.js';
import { receivedFields } from '../ui/role.js';
import { claimWording } from './claims-section.js';
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
    const title = claim.tieId ? `Tie ${claim.tieId}` : `${nameOf(claim.actorId ?? '')}: ${claim.attribute}`;
    const dispute = disputes.get(key) ?? { key, title, sides: new Map() };
    const side = claimWording(claim);
    dispute.sides.set(side, [...(dispute.sides.get(side) ?? []), claim]);
    disputes.set(key, dispute);
  }
  return [...disputes.values()];
}

function tieTitle(tieId: string): string {
  const edge = store.getState().elements.edges.find((e) => e.data.id === tieId)?.data;
  if (!edge) return `Tie ${tieId}`;
  const label = (id: string) => store.getState().elements.nodes.find((n) => n.data.id === id)?.data.label ?? id;
  return `${label(edge.source)} – ${label(edge.target)} (${edge.type.replace(/_/g, ' ')})`;
}

async function openContestedDialog(): Promise<void> {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const nameOf = (id: string) => store.getState().elements.nodes.find((n) => n.data.id === id)?.data.label ?? id;
  const body = h('div', { class: 'contested-body' }, h('p', { role: 'status' }, 'Loading…'));
  const close = h('button', { type: 'button' }, 'Close');
  const dialog = h(
    'dialog',
    { class: 'form-dialog contested-dialog', 'aria-labelledby': 'contested-title', 'data-testid': 'contested-dialog' },
    h('h2', { id: 'contested-title' }, 'Contested ties and attributes'),
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
        ? h('p', {}, 'No visible claims disagree.')
        : h(
            'ul',
            { class: 'contested-list', 'data-testid': 'contested-list' },
            ...disputes.map((dispute) =>
              h(
                'li',
                { 'data-dispute': dispute.key },
                h('h3', { dir: 'auto' }, dispute.key.startsWith('tie:') ? tieTitle(dispute.key.slice(4)) : dispute.title),
                h(
                  'ul',
                  { class: 'contested-sides' },
                  ...[...dispute.sides].map(([side, claims]) =>
                    h(
                      'li',
                      {},
                      h('strong', {}, side),
                      ` — ${claims.map((c) => `${c.sourceTitle} (${c.reliability}${c.credibility}${c.observedAt ? `, ${c.observedAt}` : ''})`).join('; ')}`,
                    ),
                  ),
                ),
              ),
            ),
          ),
    );
  } catch (error) {
    body.replaceChildren(h('p', { role: 'alert' }, `Could not load the contested claims: ${asApiError(error).message}`));
  }
}

/** The menu item; every role may read the list. */
export function mountContestedList(root: HTMLElement): void {
  if (!receivedFields().tieSource) return;
  const button = h('button', { type: 'button', 'data-testid': 'open-contested', 'aria-haspopup': 'dialog' }, 'Contested claims');
  button.addEventListener('click', () => void openContestedDialog());
  root.append(button);
}
