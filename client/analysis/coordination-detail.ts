/**
 * A coordination cell's detail, opened next to the cell (not below a long grid): who leads and
 * supports there, each a link to the actor's panel; the mechanisms that cover it, each opening the
 * mechanism; and, on a gap or fragile cell, "Assign a lead" and "Add support" on the spot.
 * Escape or Close returns focus to the cell.
 */
import type { CoordinationCell, MechanismRecord } from '../../server/contracts/index.js';
import { h } from '../ui/dom.js';
import type { AnalysisContext } from './kit.js';
import { t } from '../i18n/i18n.js';
import { analysisSentences } from '../i18n/api-messages.js';

export interface DetailActions {
  outputTitle: string;
  areaName: string;
  mechanisms: ReadonlyMap<string, MechanismRecord>;
  assign(role: 'lead' | 'support'): void;
  openMechanism(mechanism: MechanismRecord): void;
}

const POPOVER_WIDTH = 300;

export function createCellDetail(wrap: HTMLElement, context: AnalysisContext) {
  const detail = h('div', {
    class: 'an-detail an-popover',
    role: 'dialog',
    'aria-label': t('analysis-coordination.cellDetail'),
    'data-testid': 'analysis-cell-detail',
    hidden: true,
  });
  wrap.append(detail);
  let opener: HTMLElement | null = null;

  const close = () => {
    detail.hidden = true;
    opener?.focus();
  };
  detail.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  });

  const actorLinks = (holders: CoordinationCell['leads']) =>
    holders.length === 0
      ? [t('analysis-coordination.nobody')]
      : holders.flatMap((holder, index) => {
          const link = h('button', { type: 'button', class: 'link', dir: 'auto', 'data-actor-id': holder.id }, holder.name);
          link.addEventListener('click', () => context.selectActor(holder.id));
          return index === 0 ? [link] : [t('analysis.listSeparator'), link];
        });

  function show(cell: CoordinationCell, button: HTMLElement, actions: DetailActions): void {
    opener = button;
    const closeButton = h(
      'button',
      { type: 'button', class: 'an-popover-close', 'aria-label': t('analysis-coordination.closeDetail') },
      '×',
    );
    closeButton.addEventListener('click', close);
    const mechanisms = cell.mechanismIds.map((id) => actions.mechanisms.get(id)).filter((m): m is MechanismRecord => m !== undefined);
    const mechanismLinks = mechanisms.flatMap((mechanism, index) => {
      const link = h('button', { type: 'button', class: 'link', 'data-mechanism-id': mechanism.id }, mechanism.name);
      link.addEventListener('click', () => actions.openMechanism(mechanism));
      return index === 0 ? [link] : [t('analysis.listSeparator'), link];
    });
    const offers = context.canEdit && (cell.flags.includes('gap') || cell.flags.includes('fragile'));
    const offer = (role: 'lead' | 'support', text: string) => {
      const action = h('button', { type: 'button', 'data-testid': `assign-${role}` }, text);
      action.addEventListener('click', () => actions.assign(role));
      return action;
    };
    detail.replaceChildren(
      ...[
        closeButton,
        h('p', {}, h('strong', {}, t('analysis-coordination.cellTitle', { output: actions.outputTitle, area: actions.areaName }))),
        // One sentence per finding, from its code; the English only for a code this page does not know.
        h('p', { 'data-testid': 'coordination-cell-explanation' }, ...analysisSentences(cell.explanation, cell.explanationCodes)),
        h('p', {}, h('strong', {}, t('analysis-coordination.leadLabel')), ...actorLinks(cell.leads)),
        h('p', {}, h('strong', {}, t('analysis-coordination.supportLabel')), ...actorLinks(cell.supports)),
        h(
          'p',
          {},
          h('strong', {}, t('analysis-coordination.mechanismsLabel')),
          ...(mechanismLinks.length ? mechanismLinks : [t('analysis-coordination.nobody')]),
        ),
        ...(offers
          ? [
              h(
                'div',
                { class: 'an-popover-actions' },
                offer('lead', t('analysis-coordination.assignLead')),
                offer('support', t('analysis-coordination.addSupport')),
              ),
            ]
          : []),
      ],
    );
    detail.hidden = false;
    // Next to the cell: on its right when that fits in the panel, else on its left.
    const wrapBox = wrap.getBoundingClientRect();
    const cellBox = button.getBoundingClientRect();
    const panelRight = (wrap.closest('.an-tabpanel') ?? document.body).getBoundingClientRect().right;
    const right = cellBox.right + 6 + POPOVER_WIDTH <= panelRight;
    detail.style.left = `${Math.max(0, (right ? cellBox.right + 6 : cellBox.left - 6 - POPOVER_WIDTH) - wrapBox.left)}px`;
    detail.style.top = `${cellBox.top - wrapBox.top}px`;
    detail.style.width = `${POPOVER_WIDTH}px`;
    detail.scrollIntoView({ block: 'nearest' });
    closeButton.focus({ preventScroll: true });
  }

  return { show, close, element: detail };
}
