/**
 * The diff view's lower sections (issue 14), each drawn for what it is: lead and support roles as
 * "Agency — role — output — area" lines marked added or removed; engagements added, removed and
 * moved (their admin area or date before → after); coordination gaps opened and closed, named by
 * output and area; the engagement share as small before/after tables, shares as percentages in
 * the page's locale and the change in points. A section with nothing in it says "No change"
 * rather than showing an empty heading. Names, titles and area names are the user's data, in
 * `<bdi data-record-text>`.
 */
import type { CoordinationDiff } from '../../server/contracts/index.js';
import { formatNumber, t, tParts, type MessageKey } from '../i18n/i18n.js';
import { outputRoleLabel } from '../i18n/vocabulary.js';
import { dayElement } from '../ui/dates.js';
import { h } from '../ui/dom.js';

type Kind = 'added' | 'removed' | 'changed';
type Sections = Partial<CoordinationDiff>;

const data = (text: string) => h('bdi', { 'data-record-text': '' }, text);
const markOf = (kind: Kind) => t(`rounds.mark_${kind}` as MessageKey);

/** One line of a section: its mark (Added, Removed...) then the parts, in the language's order. */
function line(kind: Kind, parts: (string | Node)[], detail?: (string | Node)[]): HTMLElement {
  return h(
    'li',
    { class: `diff-entry diff-entry-${kind}`, 'data-change-kind': kind },
    h(
      'span',
      { class: 'diff-entry-text' },
      ...tParts('rounds.markedLine', { mark: h('strong', {}, markOf(kind)), line: h('span', {}, ...parts) }),
    ),
    detail ? h('span', { class: 'diff-detail' }, ...detail) : null,
  );
}

function section(testId: string, title: string, body: HTMLElement[]): HTMLElement {
  return h(
    'section',
    { class: 'diff-section', 'data-testid': testId },
    h('h3', {}, title),
    ...(body.length > 0 ? body : [h('p', { class: 'panel-note', 'data-testid': 'diff-no-change' }, t('rounds.noChange'))]),
  );
}

const list = (items: HTMLElement[]) => (items.length > 0 ? [h('ul', { class: 'diff-entries' }, ...items)] : []);

function rolesSection(roles: CoordinationDiff['roles']): HTMLElement {
  const roleLine = (role: CoordinationDiff['roles']['added'][number]) =>
    tParts('rounds.roleLine', {
      agency: data(role.actorName),
      role: outputRoleLabel(role.role),
      output: data(role.outputTitle),
      area: role.areaNames.length > 0 ? data(role.areaNames.join(t('rounds.listSeparator'))) : t('rounds.wholeCountry'),
    });
  return section('diff-roles', t('rounds.extra_roles'), [
    ...list([...roles.added.map((role) => line('added', roleLine(role))), ...roles.removed.map((role) => line('removed', roleLine(role)))]),
  ]);
}

const areaText = (name: string | null) => (name === null ? t('rounds.noArea') : data(name));

function engagementsSection(engagements: CoordinationDiff['engagements']): HTMLElement {
  const engagementLine = (engagement: CoordinationDiff['engagements']['added'][number]) =>
    tParts('rounds.engagementLine', { date: dayElement(engagement.date), area: areaText(engagement.areaName) });
  const fieldDetail = (changed: CoordinationDiff['engagements']['changed'][number]) =>
    changed.fields.flatMap((change, index) => [
      index > 0 ? t('rounds.listSeparator') : '',
      ...tParts('rounds.fieldChange', {
        field: t(change.field === 'area' ? 'rounds.field_areaId' : 'rounds.part_date'),
        change: h(
          'span',
          {},
          ...(change.field === 'area'
            ? tParts('rounds.beforeAfter', { before: areaText(change.before?.name ?? null), after: areaText(change.after?.name ?? null) })
            : tParts('rounds.beforeAfter', { before: dayElement(change.before), after: dayElement(change.after) })),
        ),
      }),
    ]);
  return section('diff-engagements', t('rounds.extra_engagements'), [
    ...list([
      ...engagements.added.map((engagement) => line('added', engagementLine(engagement))),
      ...engagements.removed.map((engagement) => line('removed', engagementLine(engagement))),
      ...(engagements.changed ?? []).map((engagement) => line('changed', engagementLine(engagement), fieldDetail(engagement))),
    ]),
  ]);
}

function gapsSection(gaps: CoordinationDiff['gaps']): HTMLElement {
  const gapLine = (key: MessageKey, gap: CoordinationDiff['gaps']['opened'][number]) =>
    h(
      'li',
      { class: 'diff-entry', 'data-gap': key === 'rounds.gapOpened' ? 'opened' : 'closed' },
      ...tParts(key, { output: data(gap.outputTitle), area: data(gap.areaName) }),
    );
  return section('diff-gaps', t('rounds.extra_gaps'), [
    ...list([...gaps.opened.map((gap) => gapLine('rounds.gapOpened', gap)), ...gaps.closed.map((gap) => gapLine('rounds.gapClosed', gap))]),
  ]);
}

/** A share as the locale writes a percentage ("71.9%", "71,9 %"). */
const percent = (share: number | null) => (share === null ? '—' : formatNumber(share, { style: 'percent', maximumFractionDigits: 1 }));
/** A signed number isolated left to right, so its sign stays before its digits in a right-to-left line. */
const signedNumber = (text: string) => h('bdi', { dir: 'ltr' }, text);
/** The move between two shares in percentage points, signed ("−3.1 points"): the number isolated, the word in the page's direction. */
function points(before: number | null, after: number | null): string | Node {
  if (before === null || after === null) return '—';
  const moved = Math.round((after - before) * 1000) / 10;
  return h(
    'span',
    {},
    ...tParts('rounds.points', { points: signedNumber(formatNumber(moved, { signDisplay: 'exceptZero', maximumFractionDigits: 1 })) }),
  );
}
const count = (value: number) => formatNumber(value);
function countMove(before: number, after: number): string {
  return formatNumber(after - before, { signDisplay: 'exceptZero' });
}

interface Row {
  label: string | Node;
  before: string;
  after: string;
  change: string | Node;
}

function shareTable(testId: string, caption: string, firstColumn: string, rows: Row[]): HTMLElement {
  // A number keeps its sign before its digits in a right-to-left line: each cell isolated left to right.
  const numberCell = (text: string | Node) => h('td', {}, typeof text === 'string' ? signedNumber(text) : text);
  return h(
    'table',
    { class: 'diff-share', 'data-testid': testId },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, firstColumn),
        h('th', { scope: 'col' }, t('rounds.part_before')),
        h('th', { scope: 'col' }, t('rounds.part_after')),
        h('th', { scope: 'col' }, t('rounds.shareColumnChange')),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h('tr', {}, h('th', { scope: 'row' }, row.label), numberCell(row.before), numberCell(row.after), numberCell(row.change)),
      ),
    ),
  );
}

function shareSection(share: CoordinationDiff['engagementShare']): HTMLElement {
  const areaRows: Row[] = [];
  if (share.engagements.before !== share.engagements.after)
    areaRows.push({
      label: t('rounds.part_engagements'),
      before: count(share.engagements.before),
      after: count(share.engagements.after),
      change: countMove(share.engagements.before, share.engagements.after),
    });
  for (const area of share.byArea)
    if (area.before.share !== area.after.share || area.before.engagements !== area.after.engagements)
      areaRows.push({
        label: area.isCapital ? h('span', {}, ...tParts('rounds.capitalArea', { area: data(area.name) })) : data(area.name),
        before: percent(area.before.share),
        after: percent(area.after.share),
        change: points(area.before.share, area.after.share),
      });
  const { bySide } = share;
  const sideRows: Row[] = bySide.parties
    .filter((party) => party.before.share !== party.after.share)
    .map((party) => ({
      label: data(party.partyName),
      before: percent(party.before.share),
      after: percent(party.after.share),
      change: points(party.before.share, party.after.share),
    }));
  if (bySide.nonAligned.before !== bySide.nonAligned.after)
    sideRows.push({
      label: t('rounds.part_nonAligned'),
      before: count(bySide.nonAligned.before),
      after: count(bySide.nonAligned.after),
      change: countMove(bySide.nonAligned.before, bySide.nonAligned.after),
    });
  if (bySide.balanceIndex.before !== bySide.balanceIndex.after) {
    const index = (value: number | null) => (value === null ? '—' : formatNumber(value, { maximumFractionDigits: 2 }));
    const moved =
      bySide.balanceIndex.before === null || bySide.balanceIndex.after === null
        ? '—'
        : formatNumber(bySide.balanceIndex.after - bySide.balanceIndex.before, { signDisplay: 'exceptZero', maximumFractionDigits: 2 });
    sideRows.push({
      label: t('rounds.part_balanceIndex'),
      before: index(bySide.balanceIndex.before),
      after: index(bySide.balanceIndex.after),
      change: moved,
    });
  }
  const part = (testId: string, title: string, firstColumn: string, rows: Row[]) =>
    rows.length > 0
      ? shareTable(testId, title, firstColumn, rows)
      : h(
          'div',
          { 'data-testid': testId },
          h('h4', {}, title),
          h('p', { class: 'panel-note', 'data-testid': 'diff-no-change' }, t('rounds.noChange')),
        );
  return section('diff-share', t('rounds.extra_engagementShare'), [
    part('diff-share-by-area', t('rounds.part_byArea'), t('rounds.field_areaId'), areaRows),
    part('diff-share-by-side', t('rounds.part_bySide'), t('rounds.shareColumnSide'), sideRows),
  ]);
}

/** The sections the diff carries, in their order; none for a section the server did not send. */
export function coordinationSections(diff: Sections): HTMLElement[] {
  return [
    ...(diff.roles ? [rolesSection(diff.roles)] : []),
    ...(diff.engagements ? [engagementsSection(diff.engagements)] : []),
    ...(diff.gaps ? [gapsSection(diff.gaps)] : []),
    ...(diff.engagementShare ? [shareSection(diff.engagementShare)] : []),
  ];
}
