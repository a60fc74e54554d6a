/**
 * An output's page: its benchmarks with their status (not started, in progress, met, at risk), as
 * of a date and with a note; the agencies that lead or support it; and the actors for and against
 * it or one of its activities (stances). Roles that edit change benchmarks and stances here; each
 * change is a command on the session's undo history, and the page follows undo and redo. Viewers
 * see no stances (the API sends none: they are judgements, like an actor's stance).
 */
import {
  BENCHMARK_STATUSES,
  BenchmarkPatchSchema,
  OUTPUT_STANCES,
  type Benchmark,
  type OutputDetail,
} from '../../server/contracts/index.js';
import { fetchOutput } from '../api/outputs.js';
import { failureText } from '../accounts/account-kit.js';
import { performEdit } from '../edit/edit-actions.js';
import { outputCommandFor } from '../edit/output-commands.js';
import * as store from '../state.js';
import { openTransferDialog, statusLine } from '../transfer/dialog.js';
import { h } from '../ui/dom.js';
import { mayCoordinate as mayCoordinateNow, mayEdit as mayEditNow } from '../ui/role.js';
import { apiProblems, field, input, openFormDialog, select, textValue, zodProblems } from '../ui/forms/form-kit.js';
import './outputs.css';

export const STATUS_NAMES: Record<Benchmark['status'], string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  met: 'Met',
  at_risk: 'At risk',
};
const STANCE_NAMES = { contributes_to: 'Contributes to', obstructs: 'Obstructs' } as const;

export function openOutputsDialog(): void {
  // As role.ts judges them, so the map of a past date offers no change here either.
  const mayEdit = mayEditNow();
  // A benchmark's status is part of the division of labour leadership keeps (`coordinate`).
  const mayCoordinate = mayCoordinateNow();
  const outputs = store.getState().outputs;
  let current: OutputDetail | null = null;
  const ui = openTransferDialog({ title: 'Outputs', testId: 'outputs-dialog', wide: true, onClose: () => unsubscribe() });
  const status = statusLine('outputs-status');
  const picker = h('select', { id: 'output-choice' }, ...outputs.map((o) => h('option', { value: o.id }, o.title)));
  const page = h('div', { class: 'output-page', 'data-testid': 'output-page' });
  ui.body.append(h('div', { class: 'areas-toolbar' }, h('label', { for: 'output-choice' }, 'Output'), picker), status.element, page);

  async function load(): Promise<void> {
    try {
      current = await fetchOutput(picker.value);
      draw(current);
    } catch (error) {
      status.show(`The output could not be loaded: ${failureText(error)}`, 'error');
    }
  }

  async function edit(record: Parameters<typeof outputCommandFor>[0], notice: string): Promise<void> {
    await performEdit(outputCommandFor(record), notice);
    status.show(`${notice} Undo is in the header.`);
    await load();
  }

  function targetName(output: OutputDetail, targetId: string): string {
    return targetId === output.id ? 'the output' : `activity “${output.activities.find((a) => a.id === targetId)?.title ?? targetId}”`;
  }

  function draw(output: OutputDetail): void {
    page.replaceChildren(
      h('p', { class: 'output-summary' }, output.summary),
      h('h3', { class: 'accounts-heading' }, 'Benchmarks'),
      h('ul', { class: 'output-list', 'data-testid': 'benchmarks' }, ...output.benchmarks.map((b) => benchmarkItem(output, b))),
      h('h3', { class: 'accounts-heading' }, 'Lead and support'),
      output.roles.length === 0
        ? h('p', { class: 'transfer-note' }, 'No agency leads or supports this output yet.')
        : h(
            'ul',
            { class: 'output-list' },
            ...output.roles.map((r) =>
              h(
                'li',
                {},
                `${r.name} — ${r.role === 'lead' ? 'lead' : 'support'}${r.areaIds.length ? ` in ${r.areaIds.map((id) => store.getState().areasById.get(id)?.name ?? id).join(', ')}` : ', country-wide'}`,
              ),
            ),
          ),
      ...(output.stances ? stanceSection(output, output.stances) : []),
    );
  }

  function benchmarkItem(output: OutputDetail, benchmark: Benchmark): HTMLElement {
    const change = h(
      'button',
      { type: 'button', 'data-benchmark-edit': benchmark.id, 'aria-label': `Change status of ${benchmark.text}` },
      'Change status',
    );
    change.addEventListener('click', () => void openBenchmarkForm(output, benchmark));
    const asOf = benchmark.statusDate ? ` as of ${benchmark.statusDate}` : '';
    return h(
      'li',
      { 'data-benchmark': benchmark.id },
      h('span', { class: `output-status output-status-${benchmark.status}` }, STATUS_NAMES[benchmark.status]),
      h(
        'span',
        { class: 'output-text' },
        `${benchmark.text} (${benchmark.term} term)${asOf}`,
        benchmark.statusNote ? h('span', { class: 'output-note' }, ` — ${benchmark.statusNote}`) : null,
      ),
      mayCoordinate ? change : null,
    );
  }

  function openBenchmarkForm(output: OutputDetail, benchmark: Benchmark): Promise<void> {
    const f = {
      status: field('status', 'Status', select(BENCHMARK_STATUSES.map((value) => ({ value, label: STATUS_NAMES[value] })))),
      statusDate: field('statusDate', 'As of', input('date'), 'Left empty with a new status: today'),
      statusNote: field('statusNote', 'Note', document.createElement('textarea'), 'What was seen, by whom, what is missing'),
    };
    f.status.control.value = benchmark.status;
    f.statusDate.control.value = benchmark.statusDate ?? '';
    f.statusNote.control.value = benchmark.statusNote ?? '';
    return openFormDialog({
      title: `Benchmark: ${benchmark.text}`,
      fields: Object.values(f),
      submitLabel: 'Save status',
      submit: async () => {
        const entered = {
          status: f.status.control.value,
          statusDate: textValue(f.statusDate.control) ?? null,
          statusNote: textValue(f.statusNote.control) ?? null,
        };
        const patch = Object.fromEntries(
          Object.entries(entered).filter(([key, value]) => value !== (benchmark as Record<string, unknown>)[key]),
        );
        if (Object.keys(patch).length === 0) return [];
        const parsed = BenchmarkPatchSchema.safeParse(patch);
        if (!parsed.success) return zodProblems(parsed.error.issues);
        const inverse = Object.fromEntries(
          Object.keys(parsed.data).map((key) => [key, (benchmark as Record<string, unknown>)[key] ?? null]),
        );
        try {
          await edit(
            { op: 'update-benchmark', outputId: output.id, benchmarkId: benchmark.id, text: benchmark.text, patch: parsed.data, inverse },
            'Saved the benchmark’s status.',
          );
          return [];
        } catch (error) {
          return apiProblems(error);
        }
      },
    });
  }

  function stanceSection(output: OutputDetail, stances: NonNullable<OutputDetail['stances']>): HTMLElement[] {
    const items = stances.map((stance) => {
      const remove = h(
        'button',
        { type: 'button', 'aria-label': `Remove the stance of ${stance.name} on ${targetName(output, stance.targetId)}` },
        'Remove',
      );
      remove.addEventListener('click', () => {
        edit({ op: 'remove-stance', outputId: output.id, stance }, `Removed the stance of ${stance.name}.`).catch((error: unknown) =>
          status.show(failureText(error), 'error'),
        );
      });
      return h(
        'li',
        { 'data-stance': `${stance.actorId}:${stance.targetId}` },
        h('span', { class: `output-stance output-stance-${stance.stance}` }, STANCE_NAMES[stance.stance]),
        h(
          'span',
          { class: 'output-text' },
          `${stance.name}${stance.acronym ? ` (${stance.acronym})` : ''} — ${targetName(output, stance.targetId)}`,
        ),
        mayEdit ? remove : null,
      );
    });
    return [
      h('h3', { class: 'accounts-heading' }, 'For and against'),
      stances.length === 0
        ? h('p', { class: 'transfer-note' }, 'No actor is recorded as contributing to or obstructing this output.')
        : h('ul', { class: 'output-list', 'data-testid': 'stances' }, ...items),
      ...(mayEdit ? [stanceForm(output)] : []),
    ];
  }

  function stanceForm(output: OutputDetail): HTMLElement {
    const actors = [...store.getState().elements.nodes.map((node) => node.data)].sort((a, b) => a.label.localeCompare(b.label));
    const actor = field(
      'actorId',
      'Actor',
      select([{ value: '', label: '— Choose an actor —' }, ...actors.map((a) => ({ value: a.id, label: a.label }))]),
    );
    const stance = field('stance', 'Stance', select(OUTPUT_STANCES.map((value) => ({ value, label: STANCE_NAMES[value] }))));
    const target = field(
      'targetId',
      'On',
      select([
        { value: output.id, label: 'The output' },
        ...output.activities.map((a) => ({ value: a.id, label: `Activity: ${a.title}` })),
      ]),
    );
    const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
    const add = h('button', { type: 'submit', class: 'accounts-primary' }, 'Add stance');
    const form = h(
      'form',
      { class: 'accounts-form', novalidate: true, 'data-testid': 'stance-form' },
      h('div', { class: 'accounts-fields' }, actor.wrapper, stance.wrapper, target.wrapper),
      error,
      h('div', { class: 'accounts-form-actions' }, add),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      error.hidden = true;
      const chosen = actors.find((a) => a.id === actor.control.value);
      if (!chosen) {
        error.hidden = false;
        error.textContent = 'Choose an actor.';
        actor.control.focus();
        return;
      }
      const next = {
        actorId: chosen.id,
        name: chosen.label,
        targetId: target.control.value,
        stance: stance.control.value as (typeof OUTPUT_STANCES)[number],
      };
      const before = output.stances?.find((s) => s.actorId === next.actorId && s.targetId === next.targetId) ?? null;
      add.disabled = true;
      edit(
        { op: 'set-stance', outputId: output.id, stance: next, previous: before },
        `${chosen.label}: ${STANCE_NAMES[next.stance].toLowerCase()} ${targetName(output, next.targetId)}.`,
      )
        .catch((failure: unknown) => {
          error.hidden = false;
          error.textContent = apiProblems(failure)
            .map((p) => p.message)
            .join(' ');
        })
        .finally(() => {
          add.disabled = false;
        });
    });
    return form;
  }

  // Undo and redo change the output's records from the header: follow them.
  let lastHistory = store.getState().history;
  const unsubscribe = store.subscribe(() => {
    const { history } = store.getState();
    if (history === lastHistory) return;
    lastHistory = history;
    if (!history.busy) void load();
  });
  picker.addEventListener('change', () => {
    status.clear();
    void load();
  });
  void load();
  picker.focus();
}
