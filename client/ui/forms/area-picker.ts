/**
 * A searchable multi-select of admin areas: the chosen areas as removable chips, and a text box
 * (an ARIA combobox) that filters the areas by name in any language or by p-code, grouped under
 * their parent area. Keyboard: arrows move through the list, Enter chooses or un-chooses, Escape
 * closes the list (a second Escape closes the dialog), Backspace in an empty box removes the last
 * chip. Used by the actor form; other forms (engagements, roles, mechanisms) use it the same way
 * through `areaPickerField`.
 */
import type { AdminArea } from '../../../server/contracts/index.js';
import { h } from '../dom.js';
import { field, type Field } from './form-kit.js';
import './area-picker.css';

/** Shown at once; typing narrows the rest. */
const SHOWN_AT_MOST = 60;

export interface AreaPicker {
  /** The chips, the text box and the list, to place in a form. */
  element: HTMLElement;
  /** The text box: what the field's label names and what errors point at. */
  input: HTMLInputElement;
  values(): string[];
  setValues(ids: readonly string[]): void;
}

/** Folded for matching: case, accents and spacing do not matter ("Équateur" = "equateur"). */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Does the area match the typed text (name, other names, or the start of its p-code)? */
export function areaMatches(area: AdminArea, typed: string): boolean {
  const wanted = foldForSearch(typed);
  if (wanted === '') return true;
  if (area.pcode && area.pcode.toLowerCase().startsWith(wanted.replace(/ /g, ''))) return true;
  return [area.name, ...Object.values(area.names ?? {})].some((name) => foldForSearch(name).includes(wanted));
}

let pickerCounter = 0;

export function createAreaPicker(options: { areas: readonly AdminArea[]; label: string; onChange?: () => void }): AreaPicker {
  const id = `area-picker-${++pickerCounter}`;
  const byId = new Map(options.areas.map((area) => [area.id, area]));
  const chosen: string[] = [];
  let active = -1;
  let shown: AdminArea[] = [];

  const chips = h('ul', { class: 'area-chips', 'aria-label': `Chosen for ${options.label}` });
  const input = h('input', {
    type: 'text',
    role: 'combobox',
    autocomplete: 'off',
    dir: 'auto',
    'aria-expanded': 'false',
    'aria-controls': `${id}-list`,
    'aria-autocomplete': 'list',
    placeholder: 'Type a name or p-code',
  });
  const list = h('div', {
    class: 'area-options',
    id: `${id}-list`,
    role: 'listbox',
    'aria-multiselectable': 'true',
    'aria-label': options.label,
    hidden: true,
  });
  const more = h('p', { class: 'area-more field-hint', hidden: true });
  const status = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  // The list floats over the form below the box: opening and closing it never moves the fields
  // around it (a button would move away between a press and its release, and the click be lost).
  const panel = h('div', { class: 'area-panel' }, list, more);
  const element = h('div', { class: 'area-picker', 'data-testid': 'area-picker' }, chips, input, panel, status);

  const nameOf = (areaId: string) => byId.get(areaId)?.name ?? areaId;
  const parentName = (area: AdminArea) => (area.parentId ? nameOf(area.parentId) : 'Top level');

  function drawChips(): void {
    chips.replaceChildren(
      ...chosen.map((areaId) => {
        const remove = h('button', { type: 'button', class: 'area-chip-remove', 'aria-label': `Remove ${nameOf(areaId)}` }, '×');
        // Pressing × keeps the focus where it is, so an open list does not close under the pointer.
        remove.addEventListener('mousedown', (event) => event.preventDefault());
        remove.addEventListener('click', () => {
          toggle(areaId);
          input.focus();
        });
        const pcode = byId.get(areaId)?.pcode;
        return h(
          'li',
          { class: 'area-chip', 'data-area-chip': areaId },
          h('span', {}, nameOf(areaId)),
          pcode ? h('span', { class: 'area-pcode' }, pcode) : null,
          remove,
        );
      }),
    );
    chips.hidden = chosen.length === 0;
  }

  function drawList(): void {
    const matching = options.areas.filter((area) => areaMatches(area, input.value));
    // Grouped under the parent, groups and areas by name ("district 2" before "district 10").
    matching.sort((a, b) => parentName(a).localeCompare(parentName(b)) || a.name.localeCompare(b.name, undefined, { numeric: true }));
    shown = matching.slice(0, SHOWN_AT_MOST);
    const groups = new Map<string, HTMLElement[]>();
    shown.forEach((area, index) => {
      const selected = chosen.includes(area.id);
      const option = h(
        'div',
        {
          role: 'option',
          id: `${id}-option-${index}`,
          class: 'area-option',
          'aria-selected': String(selected),
          'data-area-option': area.id,
        },
        h('span', { class: 'area-check', 'aria-hidden': 'true' }, selected ? '✓' : ''),
        h('span', {}, area.name),
        area.pcode ? h('span', { class: 'area-pcode' }, area.pcode) : null,
      );
      // mousedown, not click: the text box keeps the focus, so the list stays open for the next pick.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        toggle(area.id);
      });
      const group = parentName(area);
      groups.set(group, [...(groups.get(group) ?? []), option]);
    });
    // A group holds only options (its visible heading is hidden from the accessibility tree and
    // given as the group's name instead), so the listbox's structure is what ARIA allows.
    list.replaceChildren(
      ...[...groups.entries()].map(([group, optionElements]) =>
        h(
          'div',
          { role: 'group', 'aria-label': group },
          h('div', { class: 'area-group', 'aria-hidden': 'true' }, group),
          ...optionElements,
        ),
      ),
    );
    more.hidden = matching.length > 0 && matching.length <= shown.length;
    more.textContent = matching.length === 0 ? 'No area matches' : `${matching.length - shown.length} more; type to narrow the list`;
    status.textContent = `${matching.length} ${matching.length === 1 ? 'area' : 'areas'} match`;
    setActive(Math.min(active, shown.length - 1));
  }

  function setActive(index: number): void {
    active = index;
    list.querySelectorAll('.area-option-active').forEach((node) => node.classList.remove('area-option-active'));
    const option = index >= 0 ? list.querySelector<HTMLElement>(`#${id}-option-${index}`) : null;
    if (option) {
      option.classList.add('area-option-active');
      option.scrollIntoView({ block: 'nearest' });
      input.setAttribute('aria-activedescendant', option.id);
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

  function toggle(areaId: string): void {
    const at = chosen.indexOf(areaId);
    if (at >= 0) chosen.splice(at, 1);
    else chosen.push(areaId);
    status.textContent = `${nameOf(areaId)} ${at >= 0 ? 'removed' : 'chosen'}`;
    drawChips();
    if (!list.hidden) drawList();
    options.onChange?.();
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
      const area = shown[active];
      if (!list.hidden && area) {
        toggle(area.id);
        input.value = '';
        drawList();
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
    setValues(ids) {
      chosen.splice(0, chosen.length, ...ids);
      drawChips();
    },
  };
}

/** A form field holding an area picker: labelled, with the usual hint and error slot. */
export function areaPickerField(name: string, label: string, areas: readonly AdminArea[], hint?: string): Field & { picker: AreaPicker } {
  const picker = createAreaPicker({ areas, label });
  const made = field(name, label, picker.input, hint);
  // `field` placed the text box in the wrapper; the picker (chips, box, list) takes its place.
  made.wrapper.insertBefore(picker.element, made.error);
  picker.element.insertBefore(picker.input, picker.element.children[1] ?? null);
  return { ...made, picker };
}
