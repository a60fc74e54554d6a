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
import { t, tParts, type MessageKey } from '../i18n/i18n.js';
import * as store from '../state.js';
import { openTransferDialog, statusLine } from '../transfer/dialog.js';
import { dayElement } from '../ui/dates.js';
import { h } from '../ui/dom.js';
import { mayCoordinate as mayCoordinateNow, mayEdit as mayEditNow } from '../ui/role.js';
import { apiProblems, field, input, openFormDialog, select, textValue, zodProblems } from '../ui/forms/form-kit.js';
import { outputRoleLabel } from '../i18n/vocabulary.js';
import './outputs.css';

/** A benchmark's status in the interface's words ("At risk"); the API's code stays `at_risk`. */
export const statusName = (status: Benchmark['status']): string => t(`outputs.status_${status}` as MessageKey);
const stanceName = (stance: (typeof OUTPUT_STANCES)[number]): string => t(`outputs.stance_${stance}` as MessageKey);
const bdi = (text: string) => h('bdi', { 'data-record-text': '' }, text);

export function openOutputsDialog(): void {
  // As role.ts judges them, so the map of a past date offers no change here either.
  const mayEdit = mayEditNow();
  // A benchmark's status is part of the division of labour leadership keeps (`coordinate`).
  const mayCoordinate = mayCoordinateNow();
  const outputs = store.getState().outputs;
  let current: OutputDetail | null = null;
  const ui = openTransferDialog({ title: t('outputs.title'), testId: 'outputs-dialog', wide: true, onClose: () => unsubscribe() });
  const status = statusLine('outputs-status');
  const picker = h('select', { id: 'output-choice', dir: 'auto' }, ...outputs.map((o) => h('option', { value: o.id }, o.title)));
  const page = h('div', { class: 'output-page', 'data-testid': 'output-page' });
  ui.body.append(
    h('div', { class: 'areas-toolbar' }, h('label', { for: 'output-choice' }, t('outputs.output')), picker),
    status.element,
    page,
  );

  async function load(): Promise<void> {
    try {
      current = await fetchOutput(picker.value);
      draw(current);
    } catch (error) {
      status.show(t('outputs.loadFailed', { message: failureText(error) }), 'error');
    }
  }

  async function edit(record: Parameters<typeof outputCommandFor>[0], notice: string): Promise<void> {
    await performEdit(outputCommandFor(record), notice);
    status.show(t('outputs.undoHint', { notice }));
    await load();
  }

  function targetName(output: OutputDetail, targetId: string): string {
    return targetId === output.id
      ? t('outputs.theOutput')
      : t('outputs.theActivity', { title: output.activities.find((a) => a.id === targetId)?.title ?? targetId });
  }

  /** "lead in Juba, Wau" or "support, country-wide": the areas as stored. */
  function roleLine(r: OutputDetail['roles'][number]): (string | Node)[] {
    const areas = r.areaIds.map((id) => store.getState().areasById.get(id)?.name ?? id).join(t('outputs.nameSeparator'));
    return [
      bdi(r.name),
      ' — ',
      ...(r.areaIds.length
        ? tParts('outputs.roleIn', { role: outputRoleLabel(r.role), areas: bdi(areas) })
        : [t('outputs.roleCountryWide', { role: outputRoleLabel(r.role) })]),
    ];
  }

  function draw(output: OutputDetail): void {
    page.replaceChildren(
      h('p', { class: 'output-summary', dir: 'auto', 'data-record-text': '' }, output.summary),
      h('h3', { class: 'accounts-heading' }, t('outputs.benchmarks')),
      h('ul', { class: 'output-list', 'data-testid': 'benchmarks' }, ...output.benchmarks.map((b) => benchmarkItem(output, b))),
      h('h3', { class: 'accounts-heading' }, t('outputs.leadAndSupport')),
      output.roles.length === 0
        ? h('p', { class: 'transfer-note' }, t('outputs.noRoles'))
        : h('ul', { class: 'output-list' }, ...output.roles.map((r) => h('li', {}, ...roleLine(r)))),
      ...(output.stances ? stanceSection(output, output.stances) : []),
    );
  }

  function benchmarkItem(output: OutputDetail, benchmark: Benchmark): HTMLElement {
    const change = h(
      'button',
      { type: 'button', 'data-benchmark-edit': benchmark.id, 'aria-label': t('outputs.changeStatusOf', { text: benchmark.text }) },
      t('outputs.changeStatus'),
    );
    change.addEventListener('click', () => void openBenchmarkForm(output, benchmark));
    const term = t(`outputs.term_${benchmark.term}` as MessageKey);
    return h(
      'li',
      { 'data-benchmark': benchmark.id },
      h('span', { class: `output-status output-status-${benchmark.status}` }, statusName(benchmark.status)),
      h(
        'span',
        { class: 'output-text' },
        bdi(benchmark.text),
        ' ',
        ...(benchmark.statusDate
          ? tParts('outputs.termAsOf', { term, date: dayElement(benchmark.statusDate) })
          : [t('outputs.termOnly', { term })]),
        benchmark.statusNote ? h('span', { class: 'output-note' }, ' — ', bdi(benchmark.statusNote)) : null,
      ),
      mayCoordinate ? change : null,
    );
  }

  function openBenchmarkForm(output: OutputDetail, benchmark: Benchmark): Promise<void> {
    const f = {
      status: field('status', t('outputs.status'), select(BENCHMARK_STATUSES.map((value) => ({ value, label: statusName(value) })))),
      statusDate: field('statusDate', t('outputs.asOf'), input('date'), t('outputs.asOfHint')),
      statusNote: field('statusNote', t('outputs.note'), document.createElement('textarea'), t('outputs.noteHint')),
    };
    f.status.control.value = benchmark.status;
    f.statusDate.control.value = benchmark.statusDate ?? '';
    f.statusNote.control.value = benchmark.statusNote ?? '';
    return openFormDialog({
      title: t('outputs.benchmarkTitle', { text: benchmark.text }),
      fields: Object.values(f),
      submitLabel: t('outputs.saveStatus'),
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
            t('outputs.savedStatus'),
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
        {
          type: 'button',
          'aria-label': t('outputs.removeStanceLabel', { name: stance.name, target: targetName(output, stance.targetId) }),
        },
        t('outputs.remove'),
      );
      remove.addEventListener('click', () => {
        edit({ op: 'remove-stance', outputId: output.id, stance }, t('outputs.removedStance', { name: stance.name })).catch(
          (error: unknown) => status.show(failureText(error), 'error'),
        );
      });
      return h(
        'li',
        { 'data-stance': `${stance.actorId}:${stance.targetId}` },
        h('span', { class: `output-stance output-stance-${stance.stance}` }, stanceName(stance.stance)),
        h(
          'span',
          { class: 'output-text' },
          bdi(`${stance.name}${stance.acronym ? ` (${stance.acronym})` : ''}`),
          ` — ${targetName(output, stance.targetId)}`,
        ),
        mayEdit ? remove : null,
      );
    });
    return [
      h('h3', { class: 'accounts-heading' }, t('outputs.forAndAgainst')),
      stances.length === 0
        ? h('p', { class: 'transfer-note' }, t('outputs.noStances'))
        : h('ul', { class: 'output-list', 'data-testid': 'stances' }, ...items),
      ...(mayEdit ? [stanceForm(output)] : []),
    ];
  }

  function stanceForm(output: OutputDetail): HTMLElement {
    const actors = [...store.getState().elements.nodes.map((node) => node.data)].sort((a, b) => a.label.localeCompare(b.label));
    const actor = field(
      'actorId',
      t('outputs.actor'),
      select([{ value: '', label: t('outputs.chooseActor') }, ...actors.map((a) => ({ value: a.id, label: a.label }))]),
    );
    const stance = field('stance', t('outputs.stance'), select(OUTPUT_STANCES.map((value) => ({ value, label: stanceName(value) }))));
    const target = field(
      'targetId',
      t('outputs.on'),
      select([
        { value: output.id, label: t('outputs.theOutputOption') },
        ...output.activities.map((a) => ({ value: a.id, label: t('outputs.activityOption', { title: a.title }) })),
      ]),
    );
    const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
    const add = h('button', { type: 'submit', class: 'accounts-primary' }, t('outputs.addStance'));
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
        error.textContent = t('outputs.chooseActorFirst');
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
        t('outputs.stanceSet', { name: chosen.label, stance: next.stance, target: targetName(output, next.targetId) }),
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
