/**
 * The admin-area picker: a chip picker (chip-picker.ts) whose options are areas, found by name in
 * any language or by the start of their p-code, listed under their parent area. Used by the actor
 * form (Based in, Active in), the engagement form (Where) and the role form (Admin areas).
 */
import type { AdminArea } from '../../../server/contracts/index.js';
import { chipPickerField, createChipPicker, foldForSearch, type ChipOption, type ChipPicker } from './chip-picker.js';
import type { Field } from './form-kit.js';
import { t } from '../../i18n/i18n.js';

export { foldForSearch };

/** Does the area match the typed text (name, other names, or the start of its p-code)? */
export function areaMatches(area: AdminArea, typed: string): boolean {
  const wanted = foldForSearch(typed);
  if (wanted === '') return true;
  if (area.pcode && area.pcode.toLowerCase().startsWith(wanted.replace(/ /g, ''))) return true;
  return [area.name, ...Object.values(area.names ?? {})].some((name) => foldForSearch(name).includes(wanted));
}

export type AreaPicker = ChipPicker;

/** Areas as picker options, each under its parent's name ("Top level" for the regions). */
function areaOptions(areas: readonly AdminArea[]): { options: ChipOption[]; byValue: Map<string, AdminArea> } {
  const byId = new Map(areas.map((area) => [area.id, area]));
  const options = areas.map((area) => ({
    value: area.id,
    label: area.name,
    detail: area.pcode,
    group: area.parentId ? (byId.get(area.parentId)?.name ?? area.parentId) : t('forms.topLevel'),
  }));
  return { options, byValue: byId };
}

function pickerOptions(areas: readonly AdminArea[], multiple: boolean) {
  const { options, byValue } = areaOptions(areas);
  return {
    options,
    multiple,
    noun: 'area',
    placeholder: t('forms.areaPlaceholder'),
    matches: (option: ChipOption, typed: string) => {
      const area = byValue.get(option.value);
      return area ? areaMatches(area, typed) : false;
    },
  };
}

export function createAreaPicker(options: { areas: readonly AdminArea[]; label: string; multiple?: boolean }): AreaPicker {
  return createChipPicker({ ...pickerOptions(options.areas, options.multiple !== false), label: options.label });
}

/** A form field holding an area picker: labelled, with the usual hint and error slot. */
export function areaPickerField(
  name: string,
  label: string,
  areas: readonly AdminArea[],
  hint?: string,
  multiple = true,
): Field & { picker: AreaPicker } {
  return chipPickerField(name, label, pickerOptions(areas, multiple), hint);
}
