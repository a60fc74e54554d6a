/**
 * The form to create or edit an admin area: name, p-code, level, parent (choosing a parent sets
 * the level one below it), capital flag and the names in other languages, one "fr: Nom" a line.
 * Checked with the API's schemas before sending; the API's refusals land next to their field.
 */
import { AREA_LEVEL_MAX, AdminAreaCreateSchema, AdminAreaPatchSchema, type AdminArea } from '../../server/contracts/index.js';
import { createArea, updateArea } from '../api/areas.js';
import { t } from '../i18n/i18n.js';
import { apiProblems, field, input, openFormDialog, select, zodProblems, type Problem } from '../ui/forms/form-kit.js';
import { areasInTreeOrder } from './area-tree.js';

/** An admin level's name with its number ("District (2)"); a level beyond the named ones is its number. */
export const levelName = (level: number): string => t('areas.level', { level });

/** "fr: Nom" lines -> { fr: "Nom" }; a line without a colon is reported at the field. */
function parseNames(text: string): { names: Record<string, string>; problems: Problem[] } {
  const names: Record<string, string> = {};
  const problems: Problem[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const colon = line.indexOf(':');
    if (colon <= 0) problems.push({ path: 'names', message: t('areas.badNameLine', { line: index + 1 }) });
    else names[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  });
  return { names, problems };
}

/** Open the form; `area` given means edit. Resolves with the saved area, or null when cancelled. */
export function openAreaForm(area: AdminArea | null, areas: readonly AdminArea[]): Promise<AdminArea | null> {
  const others = areasInTreeOrder(areas).filter(({ area: other }) => other.id !== area?.id && (other.level ?? 0) < AREA_LEVEL_MAX);
  const parent = select([
    { value: '', label: t('areas.noParent') },
    ...others.map(({ area: other, depth }) => ({
      value: other.id,
      label: `${'– '.repeat(depth)}${other.name}${other.pcode ? ` (${other.pcode})` : ''}`,
    })),
  ]);
  const level = select(Array.from({ length: AREA_LEVEL_MAX + 1 }, (_, value) => ({ value: String(value), label: levelName(value) })));
  const f = {
    name: field('name', t('areas.nameField'), input('text', { dir: 'auto', autocomplete: 'off' })),
    pcode: field('pcode', t('areas.pcode'), input('text', { autocomplete: 'off', spellcheck: 'false' }), t('areas.pcodeHint')),
    parentId: field('parentId', t('areas.liesIn'), parent),
    level: field('level', t('areas.levelField'), level, t('areas.levelHint')),
    isCapital: field('isCapital', t('areas.capital'), input('checkbox')),
    names: field('names', t('areas.otherNamesField'), document.createElement('textarea'), t('areas.otherNamesHint')),
  };
  (f.names.control as HTMLTextAreaElement).dir = 'auto';
  parent.addEventListener('change', () => {
    const chosen = areas.find((other) => other.id === parent.value);
    if (chosen) level.value = String(Math.min(AREA_LEVEL_MAX, (chosen.level ?? 0) + 1));
  });
  if (area) {
    f.name.control.value = area.name;
    f.pcode.control.value = area.pcode ?? '';
    parent.value = area.parentId ?? '';
    level.value = String(area.level ?? 1);
    (f.isCapital.control as HTMLInputElement).checked = area.isCapital;
    f.names.control.value = Object.entries(area.names ?? {})
      .map(([language, name]) => `${language}: ${name}`)
      .join('\n');
  } else level.value = '1';

  let saved: AdminArea | null = null;
  return openFormDialog({
    title: area ? t('areas.editTitle', { name: area.name }) : t('areas.newTitle'),
    fields: Object.values(f),
    submitLabel: area ? t('areas.saveArea') : t('areas.createArea'),
    submit: async () => {
      const { names, problems } = parseNames(f.names.control.value);
      if (problems.length > 0) return problems;
      const entered = {
        name: f.name.control.value,
        pcode: f.pcode.control.value.trim() === '' ? null : f.pcode.control.value.trim(),
        level: Number(level.value),
        parentId: parent.value === '' ? null : parent.value,
        isCapital: (f.isCapital.control as HTMLInputElement).checked,
        names,
      };
      try {
        if (!area) {
          const parsed = AdminAreaCreateSchema.safeParse(entered);
          if (!parsed.success) return zodProblems(parsed.error.issues);
          saved = await createArea(parsed.data);
          return [];
        }
        const patch: Record<string, unknown> = {};
        const before: Record<string, unknown> = { ...area, names: area.names ?? {} };
        for (const [key, value] of Object.entries(entered))
          if (JSON.stringify(value) !== JSON.stringify(before[key] ?? null)) patch[key] = value;
        if (Object.keys(patch).length === 0) return [];
        const parsed = AdminAreaPatchSchema.safeParse(patch);
        if (!parsed.success) return zodProblems(parsed.error.issues);
        saved = await updateArea(area.id, parsed.data);
        return [];
      } catch (error) {
        return apiProblems(error);
      }
    },
  }).then(() => saved);
}
