/**
 * Engagement balance: where and with whom the mission has engaged over a period. The capital's
 * share of engagements and the Gini coefficient across areas as headline numbers, bars by area
 * (capital highlighted) and by civil society subtype, the women and youth figures, the balance
 * across conflict parties, and the influential organizations never engaged (each selectable).
 */
import type { EngagementBalanceResult } from '../../server/contracts/index.js';
import { fetchEngagementBalance } from '../api/analysis.js';
import { onEngagementsChanged } from '../engagements/engagement-events.js';
import { humanize } from '../ui/format.js';
import { h } from '../ui/dom.js';
import { createLoader, formatInt, formatMetric, formatShare, section, type AnalysisContext } from './kit.js';
import { subtypeLabel } from '../i18n/vocabulary.js';

interface Bar {
  label: string;
  value: number;
  /** Text after the bar (count and share). */
  note: string;
  highlight?: boolean;
}

/** Horizontal bars as a list: the label and number are text, the bar is decoration. */
function bars(items: readonly Bar[], testId: string): HTMLElement {
  const max = Math.max(1, ...items.map((i) => i.value));
  return h(
    'ul',
    { class: 'an-bars', 'data-testid': testId },
    ...items.map((item) =>
      h(
        'li',
        { class: item.highlight ? 'an-bar-highlight' : undefined },
        h('span', { class: 'an-bar-label', dir: 'auto' }, item.label),
        h(
          'span',
          { class: 'an-bar-track', 'aria-hidden': 'true' },
          h('span', { class: 'an-bar', style: `width:${(100 * item.value) / max}%` }),
        ),
        h('span', { class: 'an-bar-value' }, item.note),
      ),
    ),
  );
}

function bigNumber(value: string, label: string, explanation: string, testId: string): HTMLElement {
  return h(
    'div',
    { class: 'an-big', 'data-testid': testId },
    h('span', { class: 'an-big-value' }, value),
    h('span', { class: 'an-big-label' }, label),
    h('span', { class: 'an-sub' }, explanation),
  );
}

/** "Follow-ups due": open actions, overdue first (the server orders by due date, undated last). */
function followUpsDue(result: EngagementBalanceResult, context: AnalysisContext): HTMLElement {
  const items = result.followUpsDue;
  const overdue = items.filter((f) => f.overdue).length;
  const rows = items.map((f) => {
    const when = f.due === null ? 'no due date' : f.overdue ? `overdue since ${f.due}` : `due ${f.due}`;
    const participant = f.participantId;
    let link: HTMLElement | null = null;
    if (participant !== null) {
      link = h('button', { type: 'button', class: 'link', dir: 'auto', 'data-actor-id': participant }, context.actorName(participant));
      link.addEventListener('click', () => context.selectActor(participant));
    }
    return h(
      'li',
      { class: f.overdue ? 'an-follow-up-overdue' : undefined, 'data-engagement-id': f.engagementId, 'data-overdue': String(f.overdue) },
      h('strong', {}, when),
      f.text ? h('span', { dir: 'auto' }, ` — ${f.text}`) : null,
      h('span', { class: 'an-sub' }, ` · engagement of ${f.engagementDate}${link ? ' with ' : ''}`),
      link,
    );
  });
  const more = result.followUpsMore > 0 ? ` (the first ${formatInt(items.length)}; ${formatInt(result.followUpsMore)} more)` : '';
  return section(
    `Follow-ups due (${formatInt(items.length + result.followUpsMore)})`,
    'analysis-follow-ups',
    items.length
      ? h('p', { class: 'an-note' }, `${formatInt(overdue)} overdue, by due date; open follow-ups of the engagements counted${more}.`)
      : null,
    items.length
      ? h('ul', { class: 'an-never', 'data-testid': 'analysis-follow-up-list' }, ...rows)
      : h('p', { class: 'an-note' }, 'No open follow-up in the period.'),
  );
}

function render(result: EngagementBalanceResult, context: AnalysisContext): Node[] {
  const capital = result.byArea.find((a) => a.isCapital);
  const period = result.from && result.to ? `${result.from} to ${result.to}` : 'all recorded engagements';
  const never = result.neverEngaged.map((cso) => {
    const button = h('button', { type: 'button', class: 'link', dir: 'auto', 'data-actor-id': cso.id }, cso.name);
    button.addEventListener('click', () => context.selectActor(cso.id));
    return h(
      'li',
      {},
      button,
      h(
        'span',
        { class: 'an-sub' },
        `influence ${cso.influence} of 5${cso.basedIn.length ? ` · based in ${cso.basedIn.map(context.areaName).join(', ')}` : ''}${cso.subtype ? ` · ${subtypeLabel(cso.subtype).toLowerCase()}` : ''}`,
      ),
    );
  });
  const { partyBalance } = result;
  return [
    h(
      'p',
      { class: 'an-summary' },
      `${formatInt(result.engagements)} engagements and ${formatInt(result.participations)} actor participations, ${period}.`,
    ),
    h(
      'div',
      { class: 'an-bigs' },
      bigNumber(
        formatShare(result.capitalShare),
        `in ${capital?.label ?? 'the capital'}`,
        'Share of engagements held in the capital.',
        'analysis-capital-share',
      ),
      bigNumber(
        result.areaGini === null ? '–' : formatMetric(result.areaGini, 2),
        'Gini across areas',
        `0 = engagements spread evenly over the areas in scope; near 1 = all in one area. ${result.scope.statement}`,
        'analysis-gini',
      ),
    ),
    followUpsDue(result, context),
    section(
      'Engagements by admin area',
      'analysis-by-area',
      h('p', { class: 'an-note', 'data-testid': 'engagement-scope-statement' }, result.scope.statement),
      bars(
        result.byArea.map((a) => ({
          label: a.isCapital ? `${a.label} (capital)` : a.label,
          value: a.engagements,
          note: `${formatInt(a.engagements)} · ${formatShare(a.share)}`,
          highlight: a.isCapital,
        })),
        'analysis-area-bars',
      ),
    ),
    section(
      'Civil society participations by subtype',
      'analysis-by-subtype',
      result.byCsoSubtype.length
        ? bars(
            result.byCsoSubtype.map((s) => ({
              label: humanize(s.key),
              value: s.participations,
              note: `${formatInt(s.participations)} in ${formatInt(s.engagements)} engagements`,
            })),
            'analysis-subtype-bars',
          )
        : h('p', { class: 'an-note' }, 'No civil society participation in the period.'),
    ),
    section(
      'Women and youth',
      'analysis-women-youth',
      h(
        'dl',
        { class: 'an-facts' },
        h('dt', {}, 'Women-focused participations'),
        h('dd', {}, formatInt(result.women.womenFocusedParticipations)),
        h('dt', {}, 'Engagements of women’s mechanisms'),
        h('dd', {}, formatInt(result.women.mechanismEngagements)),
        h('dt', {}, 'Youth-focused participations'),
        h('dd', {}, formatInt(result.youth.youthFocusedParticipations)),
        h('dt', {}, 'Engagements of youth mechanisms'),
        h('dd', {}, formatInt(result.youth.mechanismEngagements)),
      ),
    ),
    section(
      'Balance across conflict parties',
      'analysis-party-balance',
      h(
        'p',
        { class: 'an-note' },
        `Participations by actors leaning moderately or strongly toward a party. Balance index ${partyBalance.balanceIndex === null ? 'n/a' : formatMetric(partyBalance.balanceIndex, 2)} (1 = even across parties, 0 = all toward one); ${formatInt(partyBalance.nonAligned)} participations by actors with no or a weak lean.`,
      ),
      bars(
        partyBalance.parties.map((p) => ({
          label: p.partyName,
          value: p.participations,
          note: `${formatInt(p.participations)} · ${formatShare(p.share)}`,
        })),
        'analysis-party-bars',
      ),
    ),
    section(
      `Influential organizations never engaged (${result.neverEngaged.length})`,
      'analysis-never-engaged',
      never.length
        ? h('ul', { class: 'an-never' }, ...never)
        : h('p', { class: 'an-note' }, 'Every influential organization was engaged in the period.'),
    ),
  ];
}

export function mountEngagementTab(container: HTMLElement, context: AnalysisContext): () => void {
  const from = h('input', { type: 'date', id: 'an-engagement-from', 'data-testid': 'analysis-engagement-from' });
  const to = h('input', { type: 'date', id: 'an-engagement-to', 'data-testid': 'analysis-engagement-to' });
  const apply = h('button', { type: 'button', class: 'primary', 'data-testid': 'analysis-engagement-apply' }, 'Apply');
  const results = h('div');
  const load = createLoader(results);
  let shown = false;
  const refresh = () => {
    shown = true;
    return load(
      (signal) => fetchEngagementBalance({ ...(from.value ? { from: from.value } : {}), ...(to.value ? { to: to.value } : {}) }, signal),
      (data) => render(data, context),
    );
  };
  // An engagement logged, edited or deleted (or undone) changes the counts: a tab already shown reloads.
  onEngagementsChanged(() => {
    if (shown) void refresh();
  });
  apply.addEventListener('click', () => void refresh());
  container.append(
    h('p', { class: 'an-intro' }, 'Where and with whom the mission has engaged. Leave the dates empty for every recorded engagement.'),
    h('div', { class: 'an-params' }, h('label', { for: from.id }, 'From'), from, h('label', { for: to.id }, 'To'), to, apply),
    results,
  );
  return () => void refresh();
}
