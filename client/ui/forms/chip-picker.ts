/**
 * A searchable picker that shows what is chosen as removable chips: a text box (an ARIA
 * combobox) filters the options as the user types, grouped under headings; arrows move through
 * the list, Enter chooses (or un-chooses), Escape closes the list (a second Escape closes the
 * dialog), Backspace in an empty box removes the last chip. With `multiple: false` it holds one
 * value, and choosing another replaces it. It replaces the Ctrl-click multi-selects that hid what
 * was chosen (issue 13, point 8): the area picker, engagement participants, a role's agency and
 * areas all use it. Choosing or removing fires `change` on the text box, so a field's error
 * clears as the field is corrected (form-kit.ts).
 */
import { h } from '../dom.js';
import { field, type Field } from './form-kit.js';
import './chip-picker.css';
import { t } from '../../i18n/i18n.js';

/** Shown at once; typing narrows the rest. */
const SHOWN_AT_MOST = 60;

export interface ChipOption {
  value: string;
  label: string;
  /** Shown after the label in a muted face (a p-code, an acronym) and searched from its start. */
  detail?: string | null | undefined;
  /** The heading it is listed under. */
  group?: string;
  /** Other texts that find it (names in other languages, aliases). */
  terms?: readonly string[];
}

export interface ChipPickerOptions {
  options: readonly ChipOption[];
  /** What is being chosen, for the list's and the chips' accessible names. */
  label: string;
  /** Several values (default) or one. */
  multiple?: boolean;
  /** Names the data attributes, `data-<noun>-chip` and `data-<noun>-option`, that tests and styles find. */
  noun?: string;
  placeholder?: string;
  /** Group headings in this order; the others after them, by name. */
  groupOrder?: readonly string[];
  /** Overrides the default matching (label and terms contain the text, detail starts with it). */
  matches?: (option: ChipOption, typed: string) => boolean;
  onChange?: () => void;
}

export interface ChipPicker {
  /** The chips, the text box and the list, to place in a form. */
  element: HTMLElement;
  /** The text box: what the field's label names and what errors point at. */
  input: HTMLInputElement;
  values(): string[];
  setValues(values: readonly string[]): void;
}

/** Folded for matching: case, accents and spacing do not matter ("Équateur" = "equateur"). */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The default matching: the label or another term contains the text, or the detail starts with it. */
export function optionMatches(option: ChipOption, typed: string): boolean {
  const wanted = foldForSearch(typed);
  if (wanted === '') return true;
  if (option.detail && foldForSearch(option.detail).replace(/ /g, '').startsWith(wanted.replace(/ /g, ''))) return true;
  return [option.label, ...(option.terms ?? [])].some((text) => foldForSearch(text).includes(wanted));
}

let pickerCounter = 0;

export function createChipPicker(options: ChipPickerOptions): ChipPicker {
  const id = `chip-picker-${++pickerCounter}`;
  const multiple = options.multiple !== false;
  const noun = options.noun ?? 'chip';
  const byValue = new Map(options.options.map((option) => [option.value, option]));
  const matches = options.matches ?? optionMatches;
  const chosen: string[] = [];
  let active = -1;
  let shown: ChipOption[] = [];

  const chips = h('ul', { class: 'chip-list', 'aria-label': t('forms.chosenFor', { label: options.label }) });
  const input = h('input', {
    type: 'text',
    role: 'combobox',
    autocomplete: 'off',
    dir: 'auto',
    'aria-expanded': 'false',
    'aria-controls': `${id}-list`,
    'aria-autocomplete': 'list',
    placeholder: options.placeholder ?? t('forms.typeToSearch'),
  });
  const list = h('div', {
    class: 'chip-options',
    id: `${id}-list`,
    role: 'listbox',
    'aria-multiselectable': multiple ? 'true' : undefined,
    'aria-label': options.label,
    hidden: true,
  });
  const more = h('p', { class: 'chip-more field-hint', hidden: true });
  const status = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  // The list floats over the form below the box: opening and closing it never moves the fields
  // around it (a button would move away between a press and its release, and the click be lost).
  const panel = h('div', { class: 'chip-panel' }, list, more);
  const element = h('div', { class: 'chip-picker', 'data-testid': `${noun}-picker` }, chips, input, panel, status);

  const labelOf = (value: string) => byValue.get(value)?.label ?? value;
  const groupOf = (option: ChipOption) => option.group ?? '';
  const groupRank = (group: string) => {
    const at = options.groupOrder?.indexOf(group) ?? -1;
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };

  function drawChips(): void {
    chips.replaceChildren(
      ...chosen.map((value) => {
        const remove = h(
          'button',
          { type: 'button', class: 'chip-remove', 'aria-label': t('pickers.remove', { label: labelOf(value) }) },
          '×',
        );
        // Pressing × keeps the focus where it is, so an open list does not close under the pointer.
        remove.addEventListener('mousedown', (event) => event.preventDefault());
        remove.addEventListener('click', () => {
          toggle(value);
          input.focus();
        });
        const detail = byValue.get(value)?.detail;
        return h(
          'li',
          { class: 'chip', [`data-${noun}-chip`]: value, dir: 'auto' },
          h('span', {}, labelOf(value)),
          detail ? h('span', { class: 'chip-detail', 'data-record-text': '' }, detail) : null,
          remove,
        );
      }),
    );
    chips.hidden = chosen.length === 0;
  }

  function drawList(): void {
    const matching = options.options.filter((option) => matches(option, input.value));
    // Grouped under their heading, groups and options by name ("district 2" before "district 10").
    matching.sort(
      (a, b) =>
        groupRank(groupOf(a)) - groupRank(groupOf(b)) ||
        groupOf(a).localeCompare(groupOf(b)) ||
        a.label.localeCompare(b.label, undefined, { numeric: true }),
    );
    shown = matching.slice(0, SHOWN_AT_MOST);
    const groups = new Map<string, HTMLElement[]>();
    shown.forEach((option, index) => {
      const selected = chosen.includes(option.value);
      const row = h(
        'div',
        {
          role: 'option',
          id: `${id}-option-${index}`,
          class: 'chip-option',
          dir: 'auto',
          'aria-selected': String(selected),
          [`data-${noun}-option`]: option.value,
        },
        h('span', { class: 'chip-check', 'aria-hidden': 'true' }, selected ? '✓' : ''),
        h('span', {}, option.label),
        option.detail ? h('span', { class: 'chip-detail', 'data-record-text': '' }, option.detail) : null,
      );
      // mousedown, not click: the text box keeps the focus, so the list stays open for the next pick.
      row.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(option.value);
      });
      groups.set(groupOf(option), [...(groups.get(groupOf(option)) ?? []), row]);
    });
    // A group holds only options (its visible heading is hidden from the accessibility tree and
    // given as the group's name instead), so the listbox's structure is what ARIA allows.
    list.replaceChildren(
      ...[...groups.entries()].map(([group, rows]) =>
        group === ''
          ? h('div', { role: 'group', 'aria-label': options.label }, ...rows)
          : h('div', { role: 'group', 'aria-label': group }, h('div', { class: 'chip-group', 'aria-hidden': 'true' }, group), ...rows),
      ),
    );
    more.hidden = matching.length > 0 && matching.length <= shown.length;
    more.textContent =
      matching.length === 0 ? t('forms.nothingMatches') : t('forms.moreToNarrow', { count: matching.length - shown.length });
    status.textContent = t('pickers.matches', { count: matching.length });
    setActive(Math.min(active, shown.length - 1));
  }

  function setActive(index: number): void {
    active = index;
    list.querySelectorAll('.chip-option-active').forEach((node) => node.classList.remove('chip-option-active'));
    const row = index >= 0 ? list.querySelector<HTMLElement>(`#${id}-option-${index}`) : null;
    if (row) {
      row.classList.add('chip-option-active');
      row.scrollIntoView({ block: 'nearest' });
      input.setAttribute('aria-activedescendant', row.id);
    } else input.removeAttribute('aria-activedescendant');
  }

  function open(): void {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    drawList();
  }

  function close(): void {
    list.hidden = true;
    more.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }

  /** Add or take off one value (with one value allowed, a new one replaces the old). */
  function toggle(value: string): void {
    const at = chosen.indexOf(value);
    if (at >= 0) chosen.splice(at, 1);
    else if (multiple) chosen.push(value);
    else chosen.splice(0, chosen.length, value);
    status.textContent = t(at >= 0 ? 'pickers.removed' : 'pickers.chosen', { label: labelOf(value) });
    drawChips();
    if (!list.hidden) drawList();
    input.dispatchEvent(new Event('change', { bubbles: true }));
    options.onChange?.();
  }

  /** Choosing from the list: a single picker closes its list once it holds its one value. */
  function pick(value: string): void {
    toggle(value);
    if (!multiple && chosen.length === 1) {
      input.value = '';
      close();
    }
  }

  input.addEventListener('input', () => {
    active = 0;
    open();
  });
  input.addEventListener('focus', () => open());
  input.addEventListener('blur', () => close());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) open();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.max(0, Math.min(shown.length - 1, active + step)));
    } else if (event.key === 'Enter') {
      // Enter picks in the list; it never submits the form from here.
      event.preventDefault();
      const option = shown[active];
      if (!list.hidden && option) {
        input.value = '';
        pick(option.value);
        if (!list.hidden) drawList();
      }
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Backspace' && input.value === '' && chosen.length > 0) {
      toggle(chosen.at(-1)!);
    }
  });

  drawChips();
  return {
    element,
    input,
    values: () => [...chosen],
    setValues(values) {
      chosen.splice(0, chosen.length, ...(multiple ? values : values.slice(0, 1)));
      drawChips();
      if (!list.hidden) drawList();
    },
  };
}

/** A form field holding a chip picker: labelled, with the usual hint and error slot. */
export function chipPickerField(
  name: string,
  label: string,
  options: Omit<ChipPickerOptions, 'label'>,
  hint?: string,
): Field & { picker: ChipPicker } {
  const picker = createChipPicker({ ...options, label });
  const made = field(name, label, picker.input, hint);
  // `field` placed the text box in the wrapper; the picker (chips, box, list) takes its place.
  made.wrapper.insertBefore(picker.element, made.error);
  picker.element.insertBefore(picker.input, picker.element.children[1] ?? null);
  return { ...made, picker };
}
