/**
 * Engagement balance: where and with whom the mission has engaged over a period. The capital's
 * share of engagements and the Gini coefficient across areas as headline numbers, bars by area
 * (capital highlighted) and by civil society subtype, the women and youth figures, the balance
 * across conflict parties, and the influential organizations never engaged (each selectable).
 */
import type { EngagementBalanceResult } from '../../server/contracts/index.js';
import { fetchEngagementBalance } from '../api/analysis.js';
import { onEngagementsChanged } from '../engagements/engagement-events.js';
import { h } from '../ui/dom.js';
import { createLoader, formatInt, formatMetric, formatShare, section, type AnalysisContext } from './kit.js';
import { subtypeLabel } from '../i18n/vocabulary.js';
import { t } from '../i18n/i18n.js';
import { analysisSentence } from '../i18n/api-messages.js';
import { listOf, lower } from './party-links.js';

/** A civil society subtype's name; actors with none are counted as `unspecified`. */
const subtypeName = (key: string): string => (key === 'unspecified' ? t('analysis.subtypeUnspecified') : subtypeLabel(key));

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

function bigNumber(value: string, label: string, explanation: (Node | string)[], testId: string): HTMLElement {
  return h(
    'div',
    { class: 'an-big', 'data-testid': testId },
    h('span', { class: 'an-big-value' }, value),
    h('span', { class: 'an-big-label' }, label),
    h('span', { class: 'an-sub' }, ...explanation),
  );
}

/** "Follow-ups due": open actions, overdue first (the server orders by due date, undated last). */
function followUpsDue(result: EngagementBalanceResult, context: AnalysisContext): HTMLElement {
  const items = result.followUpsDue;
  const overdue = items.filter((f) => f.overdue).length;
  const rows = items.map((f) => {
    const when =
      f.due === null
        ? t('analysis.noDueDate')
        : f.overdue
          ? t('analysis.overdueSince', { date: f.due })
          : t('analysis.due', { date: f.due });
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
      h('span', { class: 'an-sub' }, ` ${t('analysis.followUpOf', { date: f.engagementDate, with: String(link !== null) })}`),
      link,
    );
  });
  return section(
    t('analysis.followUpsTitle', { count: items.length + result.followUpsMore }),
    'analysis-follow-ups',
    items.length
      ? h(
          'p',
          { class: 'an-note' },
          t('analysis.followUpsNote', {
            overdue,
            shown: items.length,
            more: result.followUpsMore,
            hasMore: String(result.followUpsMore > 0),
          }),
        )
      : null,
    items.length
      ? h('ul', { class: 'an-never', 'data-testid': 'analysis-follow-up-list' }, ...rows)
      : h('p', { class: 'an-note' }, t('analysis.noFollowUp')),
  );
}

function render(result: EngagementBalanceResult, context: AnalysisContext): Node[] {
  const capital = result.byArea.find((a) => a.isCapital);
  const period = result.from && result.to ? t('analysis.period', { from: result.from, to: result.to }) : t('analysis.allEngagements');
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
        t('analysis.neverEngagedMeta', {
          influence: cso.influence,
          based: String(cso.basedIn.length > 0),
          areas: listOf(cso.basedIn.map(context.areaName)),
          hasSubtype: String(cso.subtype !== null && cso.subtype !== undefined),
          subtype: cso.subtype ? lower(subtypeLabel(cso.subtype)) : '',
        }),
      ),
    );
  });
  const { partyBalance } = result;
  return [
    h(
      'p',
      { class: 'an-summary' },
      t('analysis.engagementSummary', { engagements: result.engagements, participations: result.participations, period }),
    ),
    h(
      'div',
      { class: 'an-bigs' },
      bigNumber(
        formatShare(result.capitalShare),
        capital ? t('analysis.inArea', { area: capital.label }) : t('analysis.inCapital'),
        [t('analysis.capitalShareNote')],
        'analysis-capital-share',
      ),
      bigNumber(
        result.areaGini === null ? '–' : formatMetric(result.areaGini, 2),
        t('analysis.giniLabel'),
        [t('analysis.giniNote'), ' ', h('span', {}, ...analysisSentence(result.scope.statement, result.scope.statementCode))],
        'analysis-gini',
      ),
    ),
    followUpsDue(result, context),
    section(
      t('analysis.byArea'),
      'analysis-by-area',
      h(
        'p',
        { class: 'an-note', 'data-testid': 'engagement-scope-statement' },
        ...analysisSentence(result.scope.statement, result.scope.statementCode),
      ),
      bars(
        result.byArea.map((a) => ({
          label: a.isCapital ? t('analysis.capitalArea', { area: a.label }) : a.label,
          value: a.engagements,
          note: `${formatInt(a.engagements)} · ${formatShare(a.share)}`,
          highlight: a.isCapital,
        })),
        'analysis-area-bars',
      ),
    ),
    section(
      t('analysis.bySubtype'),
      'analysis-by-subtype',
      result.byCsoSubtype.length
        ? bars(
            result.byCsoSubtype.map((s) => ({
              label: subtypeName(s.key),
              value: s.participations,
              note: t('analysis.subtypeNote', { participations: s.participations, engagements: s.engagements }),
            })),
            'analysis-subtype-bars',
          )
        : h('p', { class: 'an-note' }, t('analysis.noCsoParticipation')),
    ),
    section(
      t('analysis.womenYouth'),
      'analysis-women-youth',
      h(
        'dl',
        { class: 'an-facts' },
        h('dt', {}, t('analysis.womenFocused')),
        h('dd', {}, formatInt(result.women.womenFocusedParticipations)),
        h('dt', {}, t('analysis.womenMechanisms')),
        h('dd', {}, formatInt(result.women.mechanismEngagements)),
        h('dt', {}, t('analysis.youthFocused')),
        h('dd', {}, formatInt(result.youth.youthFocusedParticipations)),
        h('dt', {}, t('analysis.youthMechanisms')),
        h('dd', {}, formatInt(result.youth.mechanismEngagements)),
      ),
    ),
    section(
      t('analysis.partyBalance'),
      'analysis-party-balance',
      h(
        'p',
        { class: 'an-note' },
        t('analysis.partyBalanceNote', {
          index: partyBalance.balanceIndex === null ? t('analysis.notApplicable') : formatMetric(partyBalance.balanceIndex, 2),
          nonAligned: partyBalance.nonAligned,
        }),
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
      t('analysis.neverEngaged', { count: result.neverEngaged.length }),
      'analysis-never-engaged',
      never.length ? h('ul', { class: 'an-never' }, ...never) : h('p', { class: 'an-note' }, t('analysis.allEngaged')),
    ),
  ];
}

export function mountEngagementTab(container: HTMLElement, context: AnalysisContext): () => void {
  const from = h('input', { type: 'date', id: 'an-engagement-from', 'data-testid': 'analysis-engagement-from' });
  const to = h('input', { type: 'date', id: 'an-engagement-to', 'data-testid': 'analysis-engagement-to' });
  const apply = h('button', { type: 'button', class: 'primary', 'data-testid': 'analysis-engagement-apply' }, t('analysis.apply'));
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
    h('p', { class: 'an-intro' }, t('analysis.engagementIntro')),
    h(
      'div',
      { class: 'an-params' },
      h('label', { for: from.id }, t('analysis.from')),
      from,
      h('label', { for: to.id }, t('analysis.to')),
      to,
      apply,
    ),
    results,
  );
  return () => void refresh();
}
