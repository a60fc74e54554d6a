/**
 * The engagement form, for logging (from the actor panel, that actor preselected) and editing.
 * Participants are picked from the actors the user may see (the map's actors) in a searchable
 * chip picker grouped by kind, the place with the area picker, the section from its mission
 * sections. Checked with `EngagementCreateSchema` / `EngagementPatchSchema` before
 * sending; the API's 409 for a participant it does not know lands on the participant field.
 * Follow-ups are typed one per line ("[x] " when done, "; YYYY-MM-DD" for a due date), so the form
 * stays a plain list of labelled fields that the keyboard and screen readers handle.
 */
import {
  ACTOR_KINDS,
  ENGAGEMENT_FORMATS,
  EngagementCreateSchema,
  EngagementPatchSchema,
  SENSITIVITY_LEVELS,
  type Actor,
  type FollowUp,
  type LoggedEngagement,
} from '../../server/contracts/index.js';
import { getState } from '../state.js';
import { areaPickerField } from '../ui/forms/area-picker.js';
import { chipPickerField } from '../ui/forms/chip-picker.js';
import {
  apiProblems,
  field,
  input,
  openFormDialog,
  select,
  textValue,
  zodProblems,
  type Field,
  type Problem,
} from '../ui/forms/form-kit.js';
import { createEngagementFromForm, updateEngagementFromForm } from './engagement-edits.js';
import { t } from '../i18n/i18n.js';
import { engagementFormatLabel, kindLabel, sensitivityLabel } from '../i18n/vocabulary.js';
import { formatDay } from '../ui/dates.js';

/** Follow-ups as the lines of the text field. */
export function followUpLines(followUps: readonly FollowUp[]): string {
  return followUps.map((f) => `${f.done ? '[x] ' : ''}${f.text}${f.due ? `; ${f.due}` : ''}`).join('\n');
}

/** The lines back as follow-ups (unchecked: the schema names what is wrong, line by line). */
export function parseFollowUpLines(text: string): { text: string; due: string | null; done: boolean }[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const done = /^\s*\[x\]\s*/i.test(line);
      const rest = line.replace(/^\s*\[x\]\s*/i, '');
      const cut = rest.lastIndexOf(';');
      const due = cut >= 0 ? rest.slice(cut + 1).trim() : '';
      return { text: (cut >= 0 ? rest.slice(0, cut) : rest).trim(), due: due === '' ? null : due, done };
    });
}

/** A problem at `followUps.2.due` reads "Line 3: ..." on the follow-ups field. */
function withLineNumbers(problems: readonly Problem[]): Problem[] {
  return problems.map((problem) => {
    const match = /^(?:body\.)?followUps\.(\d+)/.exec(problem.path);
    return match
      ? { path: 'followUps', message: t('engagements.followUpLine', { line: Number(match[1]) + 1, message: problem.message }) }
      : problem;
  });
}

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** Open the form: `engagement` given means edit; otherwise a new engagement with `actor` present. */
export function openEngagementForm(engagement: LoggedEngagement | null, actor: Actor): Promise<void> {
  const state = getState();
  const actors = state.elements.nodes.map((node) => node.data).sort((a, b) => a.label.localeCompare(b.label));
  const sections = actors.filter((a) => a.kind === 'mission_component');
  const label = (a: { label: string; acronym?: string | null | undefined }) => (a.acronym ? `${a.label} (${a.acronym})` : a.label);
  const f = {
    date: field('date', t('engagements.date'), input('date', { required: 'true' })),
    sectionId: field(
      'sectionId',
      t('engagements.heldBy'),
      select([{ value: '', label: t('engagements.chooseSection') }, ...sections.map((s) => ({ value: s.id, label: label(s) }))]),
    ),
    actorIds: chipPickerField(
      'actorIds',
      t('engagements.participants'),
      {
        options: actors.map((a) => ({ value: a.id, label: a.label, detail: a.acronym, group: kindLabel(a.kind) })),
        groupOrder: ACTOR_KINDS.map((kind) => kindLabel(kind)),
        noun: 'actor',
        placeholder: t('engagements.participantsPlaceholder'),
      },
      t('engagements.participantsHint'),
    ),
    format: field(
      'format',
      t('engagements.format'),
      select(ENGAGEMENT_FORMATS.map((value) => ({ value, label: engagementFormatLabel(value) }))),
    ),
    areaId: areaPickerField('areaId', t('engagements.where'), [...state.areasById.values()], undefined, false),
    outputIds: chipPickerField('outputIds', t('engagements.servesOutputs'), {
      options: state.outputs.map((o) => ({ value: o.id, label: o.title })),
      noun: 'output',
      placeholder: t('engagements.outputsPlaceholder'),
    }),
    womensMechanism: field('womensMechanism', t('engagements.womensMechanism'), input('checkbox')),
    youthMechanism: field('youthMechanism', t('engagements.youthMechanism'), input('checkbox')),
    summary: field('summary', t('engagements.summary'), document.createElement('textarea')),
    followUps: field('followUps', t('engagements.followUps'), document.createElement('textarea'), t('engagements.followUpsHint')),
    sensitivity: field(
      'sensitivity',
      t('engagements.sensitivity'),
      select(SENSITIVITY_LEVELS.map((value) => ({ value, label: sensitivityLabel(value) }))),
    ),
  };
  const control = <T extends HTMLElement>(entry: Field) => entry.control as unknown as T;
  const checkbox = (entry: Field) => control<HTMLInputElement>(entry);
  f.summary.control.setAttribute('dir', 'auto');
  if (engagement) {
    f.date.control.value = engagement.date.slice(0, 10);
    f.sectionId.control.value = engagement.sectionId ?? '';
    f.actorIds.picker.setValues(engagement.actorIds);
    f.format.control.value = engagement.format;
    f.areaId.picker.setValues(engagement.areaId ? [engagement.areaId] : []);
    f.outputIds.picker.setValues(engagement.outputIds);
    checkbox(f.womensMechanism).checked = engagement.womensMechanism;
    checkbox(f.youthMechanism).checked = engagement.youthMechanism;
    f.summary.control.value = engagement.summary ?? '';
    f.followUps.control.value = followUpLines(engagement.followUps.map((action) => ({ ...action, text: action.text ?? '' })));
    f.sensitivity.control.value = engagement.sensitivity;
  } else {
    f.date.control.value = today();
    f.sectionId.control.value = actor.kind === 'mission_component' ? actor.id : sections.length === 1 ? (sections[0]?.id ?? '') : '';
    f.actorIds.picker.setValues([actor.id]);
    f.format.control.value = 'meeting';
    const where = actor.basedIn[0] ?? actor.activeIn[0];
    f.areaId.picker.setValues(where ? [where] : []);
    f.sensitivity.control.value = 'internal';
  }
  const fields: Field[] = Object.values(f);

  const values = () => ({
    date: textValue(f.date.control),
    sectionId: textValue(f.sectionId.control),
    actorIds: f.actorIds.picker.values(),
    format: f.format.control.value,
    areaId: f.areaId.picker.values()[0],
    outputIds: f.outputIds.picker.values(),
    womensMechanism: checkbox(f.womensMechanism).checked,
    youthMechanism: checkbox(f.youthMechanism).checked,
    summary: f.summary.control.value,
    followUps: parseFollowUpLines(f.followUps.control.value),
    sensitivity: f.sensitivity.control.value,
  });

  const submit = async (): Promise<Problem[]> => {
    const entered = values();
    try {
      if (!engagement) {
        const parsed = EngagementCreateSchema.safeParse(Object.fromEntries(Object.entries(entered).filter(([, v]) => v !== undefined)));
        if (!parsed.success) return withLineNumbers(zodProblems(parsed.error.issues));
        await createEngagementFromForm(parsed.data);
        return [];
      }
      const patch: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(entered)) {
        const before = (engagement as Record<string, unknown>)[key];
        if (JSON.stringify(value ?? null) !== JSON.stringify(before ?? null)) patch[key] = value;
      }
      if (Object.keys(patch).length === 0) return [];
      const parsed = EngagementPatchSchema.safeParse(patch);
      if (!parsed.success) return withLineNumbers(zodProblems(parsed.error.issues));
      await updateEngagementFromForm(engagement.id, parsed.data);
      return [];
    } catch (error) {
      return withLineNumbers(apiProblems(error));
    }
  };

  return openFormDialog({
    title: engagement ? t('engagements.editTitle', { date: formatDay(engagement.date) }) : t('engagements.logTitle'),
    fields,
    submitLabel: engagement ? t('engagements.saveChanges') : t('engagements.logTitle'),
    submit,
  });
}
