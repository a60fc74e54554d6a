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
import { createLoader, formatMetric, formatShare, graphFilterFields, section, type AnalysisContext } from './kit.js';
import { leanText, partyLinkItem } from './party-links.js';

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
        h('th', { scope: 'col' }, 'Party'),
        h('th', { scope: 'col', class: 'num' }, 'Participations'),
        h('th', { scope: 'col', class: 'num' }, 'Share'),
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
          h('td', { class: 'num' }, String(p.participations)),
          h('td', { class: 'num' }, formatShare(p.share)),
        ),
      ),
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, 'No or weak lean'),
        h('td', { class: 'num' }, String(balance.nonAligned)),
        h('td', { class: 'num' }, ''),
      ),
    ),
    h(
      'tfoot',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, 'Balance index'),
        h('td', { class: 'num', colspan: '2' }, balance.balanceIndex === null ? 'n/a' : formatMetric(balance.balanceIndex, 2)),
      ),
    ),
  );
}

const DECISION_TEXT: Record<EngagementVerdict['decision'], string> = {
  engage: 'Engage',
  engage_with_care: 'Engage with care',
  do_not_engage_yet: 'Do not engage yet',
};

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
    h('h4', { id: 'an-verdict-title' }, `Verdict: ${DECISION_TEXT[verdict.decision]}`),
    h('p', { class: 'an-verdict-summary' }, verdict.summary),
    verdict.reasons.length ? h('ul', {}, ...verdict.reasons.map((reason) => h('li', { dir: 'auto' }, reason))) : null,
    h(
      'p',
      { class: 'an-note' },
      'An aid to judgement from what the map records, not a clearance: check with the section and the protection focal point.',
    ),
  );
}

function render(result: EngagementCheckResult, context: AnalysisContext): Node[] {
  const select = h('button', { type: 'button', class: 'link' }, 'Select on the map');
  select.addEventListener('click', () => context.selectActor(result.actor.id));
  const parts: (Node | null)[] = [
    h('h3', { class: 'an-subject', dir: 'auto' }, result.actor.name),
    h('p', {}, `Do-no-harm role: ${formatDoNoHarm(result.actor.doNoHarmRole)}. ${leanText(result.lean)} `, select),
    h(
      'p',
      { class: `an-verdict-line an-verdict-${result.verdict.decision}` },
      h('strong', {}, `${DECISION_TEXT[result.verdict.decision]}.`),
      ' The reasons are at the end of the check.',
    ),
    section(
      `Direct ties to conflict parties (${result.direct.length})`,
      'analysis-check-direct',
      result.direct.length ? h('ul', { class: 'an-links' }, ...result.direct.map(partyLinkItem)) : h('p', { class: 'an-note' }, 'None.'),
    ),
    section(
      `Two steps from a conflict party (${result.twoStep.length})`,
      'analysis-check-two-step',
      result.twoStep.length ? h('ul', { class: 'an-links' }, ...result.twoStep.map(partyLinkItem)) : h('p', { class: 'an-note' }, 'None.'),
    ),
    section(
      `Dividers among its ties and on its paths to parties (${result.dividers.length})`,
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
                  ? 'the actor itself'
                  : d.onPathsToPartyIds.length
                    ? `on paths to ${d.onPathsToPartyIds.map(context.actorName).join(', ')}`
                    : 'tied to it directly';
              return h('li', {}, button, ` (${formatDoNoHarm(d.doNoHarmRole).toLowerCase()}), ${where}`);
            }),
          )
        : h('p', { class: 'an-note' }, 'No actor marked as a divider among its ties or on these paths.'),
    ),
    section(
      'Engagement balance across parties',
      'analysis-check-balance',
      h('p', { class: 'an-note' }, 'Balance index: 1 = engagement spread evenly across parties, 0 = all toward one.'),
      h(
        'div',
        { class: 'an-two' },
        balanceTable('Now', result.balanceNow, 'analysis-balance-now'),
        balanceTable('If engaged once more', result.balanceIfEngaged, 'analysis-balance-if'),
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
    placeholder: 'Name of an actor',
  });
  const options = h('datalist', { id: 'an-check-actors' });
  const useSelection = h('button', { type: 'button', 'data-testid': 'analysis-check-selection' }, 'Use current selection');
  const run = h('button', { type: 'button', class: 'primary', 'data-testid': 'analysis-check-run' }, 'Check');
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
    message.textContent = actor.value.trim()
      ? `No actor on the map is named “${actor.value.trim()}”.`
      : 'Type an actor’s name or use the current selection.';
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
      message.textContent = 'No actor is selected on the map.';
      return;
    }
    actor.value = context.actorName(id);
    check(id);
  });

  container.append(
    h(
      'p',
      { class: 'an-intro' },
      'Before engaging an actor: its ties to conflict parties, the dividers on those ties, and how engaging it would change the balance across parties.',
    ),
    h('div', { class: 'an-params' }, h('label', { for: actor.id }, 'Actor'), actor, options, run, useSelection),
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
