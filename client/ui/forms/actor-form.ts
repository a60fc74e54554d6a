/**
 * The actor form, for creating and editing. Values are checked with the API's own zod schemas
 * (`ActorCreateSchema`, `ActorPatchSchema`) before anything is sent, and the API's field details
 * are shown inline too. Editing sends only the fields that changed (null clears one).
 */
import {
  ACTOR_KINDS,
  ACTOR_SUBTYPES,
  ActorCreateSchema,
  ActorPatchSchema,
  DO_NO_HARM_ROLES,
  SENSITIVITY_LEVELS,
  type Actor,
  type ActorKind,
} from '../../../server/contracts/index.js';
import { createActorFromForm, updateActorFromForm } from '../../edit/edit-actions.js';
import { isPossibleDuplicate, showDuplicateWarning } from '../../merge/duplicate-warning.js';
import { getState } from '../../state.js';
import { formatDoNoHarm, formatStance } from '../format.js';
import { areaPickerField } from './area-picker.js';
import { apiProblems, field, input, numberValue, openFormDialog, select, textValue, zodProblems, type Field } from './form-kit.js';
import { kindLabel, sensitivityLabel, subtypeLabel } from '../../i18n/vocabulary.js';
import { t } from '../../i18n/i18n.js';
import { editSourceField } from '../../evidence/edit-source-field.js';

const lines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

function subtypeOptions(kind: ActorKind) {
  return [{ value: '', label: t('forms.none') }, ...ACTOR_SUBTYPES[kind].map((value) => ({ value, label: subtypeLabel(value) }))];
}

/** Open the form; `actor` given means edit. */
export function openActorForm(actor: Actor | null): Promise<void> {
  const areas = [...getState().areasById.values()];
  const kind = select(ACTOR_KINDS.map((value) => ({ value, label: kindLabel(value) })));
  const subtype = select(subtypeOptions(actor?.kind ?? 'civil_society'));
  kind.addEventListener('change', () => subtype.replaceChildren(...select(subtypeOptions(kind.value as ActorKind)).children));
  const score = () => input('number', { min: '1', max: '5', step: '1', inputmode: 'numeric' });
  const f = {
    name: field('name', t('forms.name'), input('text', { dir: 'auto', autocomplete: 'off' })),
    kind: field('kind', t('forms.kind'), kind),
    subtype: field('subtype', t('forms.subtype'), subtype),
    acronym: field('acronym', t('forms.acronym'), input('text', { dir: 'auto' })),
    aliases: field('aliases', t('forms.aliases'), document.createElement('textarea'), t('forms.onePerLine')),
    description: field('description', t('forms.description'), document.createElement('textarea')),
    basedIn: areaPickerField('basedIn', t('forms.basedIn'), areas),
    activeIn: areaPickerField('activeIn', t('forms.activeIn'), areas),
    influence: field('influence', t('forms.influence'), score()),
    interest: field('interest', t('forms.interest'), score()),
    stance: field(
      'stance',
      t('forms.stance'),
      select([
        { value: '', label: t('format.notAssessed') },
        ...[-2, -1, 0, 1, 2].map((value) => ({ value: String(value), label: formatStance(value) })),
      ]),
    ),
    doNoHarmRole: field(
      'doNoHarmRole',
      t('forms.doNoHarm'),
      select(DO_NO_HARM_ROLES.map((value) => ({ value, label: formatDoNoHarm(value) }))),
    ),
    womenFocus: field('womenFocus', t('forms.womenFocus'), input('checkbox')),
    youthFocus: field('youthFocus', t('forms.youthFocus'), input('checkbox')),
    sensitivity: field(
      'sensitivity',
      t('forms.sensitivity'),
      select([
        ...(actor ? [] : [{ value: '', label: t('forms.defaultForSubtype') }]),
        ...SENSITIVITY_LEVELS.map((value) => ({ value, label: sensitivityLabel(value) })),
      ]),
    ),
    reviewBy: field('reviewBy', t('forms.reviewBy'), input('date')),
  };
  (f.description.control as HTMLTextAreaElement).dir = 'auto';
  (f.aliases.control as HTMLTextAreaElement).dir = 'auto';
  if (actor) {
    f.name.control.value = actor.name;
    kind.value = actor.kind;
    subtype.value = actor.subtype ?? '';
    f.acronym.control.value = actor.acronym ?? '';
    f.aliases.control.value = actor.aliases.join('\n');
    f.description.control.value = actor.description ?? '';
    f.basedIn.picker.setValues(actor.basedIn);
    f.activeIn.picker.setValues(actor.activeIn);
    f.influence.control.value = actor.influence?.toString() ?? '';
    f.interest.control.value = actor.interest?.toString() ?? '';
    f.stance.control.value = actor.stance?.toString() ?? '';
    f.doNoHarmRole.control.value = actor.doNoHarmRole;
    (f.womenFocus.control as HTMLInputElement).checked = actor.womenFocus;
    (f.youthFocus.control as HTMLInputElement).checked = actor.youthFocus;
    f.sensitivity.control.value = actor.sensitivity;
    f.reviewBy.control.value = actor.reviewBy?.slice(0, 10) ?? '';
  } else {
    f.doNoHarmRole.control.value = 'unknown';
  }
  // Who says so: an edit of stance, influence, interest or do-no-harm role is a claim (issue #15).
  const source = editSourceField();
  const fields: Field[] = [...Object.values(f), ...(source ? [source.field] : [])];
  const claim = () => (source ? { claim: source.claim() } : {});

  /** The form as a create body; blank optional fields are left out. */
  const values = () => ({
    name: f.name.control.value,
    kind: kind.value,
    subtype: textValue(subtype),
    acronym: textValue(f.acronym.control),
    aliases: lines(f.aliases.control.value),
    description: f.description.control.value,
    basedIn: f.basedIn.picker.values(),
    activeIn: f.activeIn.picker.values(),
    influence: numberValue(f.influence.control),
    interest: numberValue(f.interest.control),
    stance: numberValue(f.stance.control),
    doNoHarmRole: f.doNoHarmRole.control.value,
    womenFocus: (f.womenFocus.control as HTMLInputElement).checked,
    youthFocus: (f.youthFocus.control as HTMLInputElement).checked,
    sensitivity: textValue(f.sensitivity.control),
    reviewBy: textValue(f.reviewBy.control),
  });

  // Set by "Create anyway" after the API answered that an actor of this name exists.
  let confirmDuplicate = false;
  return openFormDialog({
    title: actor ? t('forms.editActor', { name: actor.name }) : t('forms.newActor'),
    fields,
    submitLabel: actor ? t('forms.saveChanges') : t('forms.createActor'),
    submit: async (general) => {
      const entered = values();
      if (!actor) {
        const parsed = ActorCreateSchema.safeParse(Object.fromEntries(Object.entries(entered).filter(([, v]) => v !== undefined)));
        if (!parsed.success) return zodProblems(parsed.error.issues);
        try {
          await createActorFromForm({ ...parsed.data, ...claim(), ...(confirmDuplicate ? { confirmDuplicate: true } : {}) });
          return [];
        } catch (error) {
          if (!isPossibleDuplicate(error)) return apiProblems(error);
          return showDuplicateWarning(general, error, () => {
            confirmDuplicate = true;
            general.closest('form')?.requestSubmit();
          });
        }
      }
      const patch: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(entered)) {
        const before = (actor as Record<string, unknown>)[key];
        const normalizedBefore = key === 'reviewBy' && typeof before === 'string' ? before.slice(0, 10) : before;
        if (JSON.stringify(value ?? null) !== JSON.stringify(normalizedBefore ?? null)) patch[key] = value ?? null;
      }
      if (Object.keys(patch).length === 0) return [];
      const parsed = ActorPatchSchema.safeParse({ ...patch, ...claim() });
      if (!parsed.success) return zodProblems(parsed.error.issues);
      try {
        await updateActorFromForm(actor.id, parsed.data);
        return [];
      } catch (error) {
        return apiProblems(error);
      }
    },
  });
}
