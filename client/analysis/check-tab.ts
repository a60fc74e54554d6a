/**
 * Do-no-harm check: before engaging an actor, what it is tied to. Pick the actor by name (or take
 * the map's selection) to see the conflict parties it is tied to directly and in two steps (with
 * the paths), the dividers among its ties and on those paths, and how the balance of engagement
 * across parties would move if the mission engaged it once more. It ends with the verdict:
 * engage, engage with care, or do not engage yet, and the reasons.
 */
import type { EngagementCheckResult, EngagementVerdict, PartyBalance } from '../../server/contracts/index.js';
import { fetchEngagementCheck } from '../api/analysis.js';
import { formatDoNoHarm } from '../ui/format.js';
import { h } from '../ui/dom.js';
import { createLoader, formatInt, formatMetric, formatShare, graphFilterFields, section, type AnalysisContext } from './kit.js';
import { leanText, listOf, lower, partyLinkItem } from './party-links.js';
import { t, type MessageKey } from '../i18n/i18n.js';
import { analysisSentence } from '../i18n/api-messages.js';

function balanceTable(caption: string, balance: PartyBalance, testId: string): HTMLElement {
  return h(
    'table',
    { class: 'an-table an-compact', 'data-testid': testId },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('analysis.colParty')),
        h('th', { scope: 'col', class: 'num' }, t('analysis.colParticipations')),
        h('th', { scope: 'col', class: 'num' }, t('analysis.colShare')),
      ),
    ),
    h(
      'tbody',
      {},
      ...balance.parties.map((p) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row', dir: 'auto' }, p.partyName),
          h('td', { class: 'num' }, formatInt(p.participations)),
          h('td', { class: 'num' }, formatShare(p.share)),
        ),
      ),
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, t('analysis.noOrWeakLean')),
        h('td', { class: 'num' }, formatInt(balance.nonAligned)),
        h('td', { class: 'num' }, ''),
      ),
    ),
    h(
      'tfoot',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, t('analysis.balanceIndex')),
        h(
          'td',
          { class: 'num', colspan: '2' },
          balance.balanceIndex === null ? t('analysis.notApplicable') : formatMetric(balance.balanceIndex, 2),
        ),
      ),
    ),
  );
}

/** The verdict in words: "Engage", "Engage with care", "Do not engage yet". */
const decisionText = (decision: EngagementVerdict['decision']): string => t(`analysis.decision_${decision}` as MessageKey);

/** The check's conclusion, in plain words, with its reasons. */
function verdictBox(verdict: EngagementVerdict): HTMLElement {
  return h(
    'section',
    {
      class: `an-verdict an-verdict-${verdict.decision}`,
      'data-testid': 'analysis-check-verdict',
      'data-decision': verdict.decision,
      'aria-labelledby': 'an-verdict-title',
    },
    h('h4', { id: 'an-verdict-title' }, t('analysis.verdict', { decision: decisionText(verdict.decision) })),
    h('p', { class: 'an-verdict-summary' }, ...analysisSentence(verdict.summary, verdict.summaryCode)),
    verdict.reasons.length
      ? h('ul', {}, ...verdict.reasons.map((reason, index) => h('li', {}, ...analysisSentence(reason, verdict.reasonCodes[index]))))
      : null,
    h('p', { class: 'an-note' }, t('analysis.verdictCaveat')),
  );
}

function render(result: EngagementCheckResult, context: AnalysisContext): Node[] {
  const select = h('button', { type: 'button', class: 'link' }, t('analysis.selectOnMap'));
  select.addEventListener('click', () => context.selectActor(result.actor.id));
  const parts: (Node | null)[] = [
    h('h3', { class: 'an-subject', dir: 'auto' }, result.actor.name),
    h('p', {}, `${t('analysis.doNoHarmRole', { role: formatDoNoHarm(result.actor.doNoHarmRole) })} ${leanText(result.lean)} `, select),
    h(
      'p',
      { class: `an-verdict-line an-verdict-${result.verdict.decision}` },
      h('strong', {}, t('analysis.decisionLine', { decision: decisionText(result.verdict.decision) })),
      ` ${t('analysis.reasonsAtEnd')}`,
    ),
    section(
      t('analysis.directTies', { count: result.direct.length }),
      'analysis-check-direct',
      result.direct.length
        ? h('ul', { class: 'an-links' }, ...result.direct.map(partyLinkItem))
        : h('p', { class: 'an-note' }, t('analysis.none')),
    ),
    section(
      t('analysis.twoStepTies', { count: result.twoStep.length }),
      'analysis-check-two-step',
      result.twoStep.length
        ? h('ul', { class: 'an-links' }, ...result.twoStep.map(partyLinkItem))
        : h('p', { class: 'an-note' }, t('analysis.none')),
    ),
    section(
      t('analysis.dividers', { count: result.dividers.length }),
      'analysis-check-dividers',
      result.dividers.length
        ? h(
            'ul',
            {},
            ...result.dividers.map((d) => {
              const button = h('button', { type: 'button', class: 'link', dir: 'auto' }, d.name);
              button.addEventListener('click', () => context.selectActor(d.id));
              const where =
                d.id === result.actor.id
                  ? t('analysis.dividerItself')
                  : d.onPathsToPartyIds.length
                    ? t('analysis.dividerOnPaths', { parties: listOf(d.onPathsToPartyIds.map(context.actorName)) })
                    : t('analysis.dividerDirect');
              return h('li', {}, button, ` ${t('analysis.dividerRole', { role: lower(formatDoNoHarm(d.doNoHarmRole)), where })}`);
            }),
          )
        : h('p', { class: 'an-note' }, t('analysis.noDivider')),
    ),
    section(
      t('analysis.checkBalance'),
      'analysis-check-balance',
      h('p', { class: 'an-note' }, t('analysis.checkBalanceNote')),
      h(
        'div',
        { class: 'an-two' },
        balanceTable(t('analysis.balanceNow'), result.balanceNow, 'analysis-balance-now'),
        balanceTable(t('analysis.balanceIfEngaged'), result.balanceIfEngaged, 'analysis-balance-if'),
      ),
    ),
    verdictBox(result.verdict),
  ];
  return parts.filter((part): part is Node => part !== null);
}

export function mountCheckTab(container: HTMLElement, context: AnalysisContext): () => void {
  const filters = graphFilterFields('an-check');
  const actor = h('input', {
    type: 'text',
    id: 'an-check-actor',
    list: 'an-check-actors',
    autocomplete: 'off',
    dir: 'auto',
    'data-testid': 'analysis-check-actor',
    placeholder: t('analysis.actorNamePlaceholder'),
  });
  const options = h('datalist', { id: 'an-check-actors' });
  const useSelection = h('button', { type: 'button', 'data-testid': 'analysis-check-selection' }, t('analysis.useSelection'));
  const run = h('button', { type: 'button', class: 'primary', 'data-testid': 'analysis-check-run' }, t('analysis.check'));
  const message = h('p', { class: 'an-error', role: 'alert', hidden: true });
  const results = h('div', { 'data-testid': 'analysis-check-result' });
  const load = createLoader(results);

  const fillOptions = () => {
    const names = context.actors();
    if (options.childElementCount === names.length) return;
    options.replaceChildren(...[...names].sort((a, b) => a.name.localeCompare(b.name)).map((a) => h('option', { value: a.name })));
  };
  const chosenId = (): string | null => {
    const text = actor.value.trim();
    if (!text) return null;
    const folded = text.toLocaleLowerCase();
    const match = context.actors().find((a) => a.name.toLocaleLowerCase() === folded || a.id === text);
    return match?.id ?? null;
  };
  const check = (id: string) => {
    message.hidden = true;
    void load(
      (signal) => fetchEngagementCheck({ actor: id, ...filters.values() }, signal),
      (data) => render(data, context),
    );
  };
  run.addEventListener('click', () => {
    const id = chosenId();
    if (id) return check(id);
    message.hidden = false;
    message.textContent = actor.value.trim() ? t('analysis.noActorNamed', { name: actor.value.trim() }) : t('analysis.typeAName');
    actor.focus();
  });
  actor.addEventListener('focus', fillOptions);
  actor.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') run.click();
  });
  useSelection.addEventListener('click', () => {
    const id = context.selectedActorId();
    if (!id) {
      message.hidden = false;
      message.textContent = t('analysis.noSelection');
      return;
    }
    actor.value = context.actorName(id);
    check(id);
  });

  container.append(
    h('p', { class: 'an-intro' }, t('analysis.checkIntro')),
    h('div', { class: 'an-params' }, h('label', { for: actor.id }, t('analysis.actor')), actor, options, run, useSelection),
    h('div', { class: 'an-params' }, filters.element),
    message,
    results,
  );
  return () => {
    fillOptions();
    const selected = context.selectedActorId();
    if (selected && !actor.value) {
      actor.value = context.actorName(selected);
      check(selected);
    }
  };
}
