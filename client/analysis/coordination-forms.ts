/**
 * The two forms the coordination tab opens: assigning a lead or support role on the spot (from a
 * gap or fragile cell: a searchable agency picker of the actors the user may see, agencies first,
 * and an area picker preset to the cell's area) and creating or editing a coordination mechanism. Both are checked with the API's zod
 * schemas before sending, show the server's field errors inline, and go through the undo history.
 */
import {
  MECHANISM_KINDS,
  MechanismCreateSchema,
  MechanismPatchSchema,
  OutputRoleCreateSchema,
  type ActorKind,
  type AdminArea,
  type MechanismRecord,
} from '../../server/contracts/index.js';
import { createMechanismCommand, createOutputRoleCommand, updateMechanismCommand } from '../edit/coordination-commands.js';
import { newId } from '../edit/commands.js';
import { performEdit } from '../edit/edit-actions.js';
import { getState, notify } from '../state.js';
import { h } from '../ui/dom.js';
import { areaPickerField } from '../ui/forms/area-picker.js';
import { chipPickerField } from '../ui/forms/chip-picker.js';
import { field, input, openFormDialog, select, textValue, zodProblems } from '../ui/forms/form-kit.js';
import type { AnalysisContext } from './kit.js';
import { kindLabel, mechanismKindLabel } from '../i18n/vocabulary.js';
import { t } from '../i18n/i18n.js';

/** Agencies first (who usually leads), then the rest, each by name. */
const KIND_ORDER = ['un_entity', 'international_org', 'mission_component', 'donor', 'government', 'civil_society', 'conflict_party'];

/** The agencies as picker options, under their kind, agencies' kinds first. */
function agencyChoices(context: AnalysisContext) {
  const acronyms = new Map(getState().elements.nodes.map((node) => [node.data.id, node.data.acronym]));
  const kindWord = (kind: string) => kindLabel(kind as ActorKind);
  return {
    options: context
      .actors()
      .map((actor) => ({ value: actor.id, label: actor.name, detail: acronyms.get(actor.id), group: kindWord(actor.kind) })),
    groupOrder: KIND_ORDER.map(kindWord),
    noun: 'actor',
    placeholder: t('analysis-coordination.typeNameOrAcronym'),
  };
}

/** The grid's areas (in scope) with their p-codes and parents, for the area picker. */
function withAreaDetails(areas: readonly Pick<AdminArea, 'id' | 'name'>[], context: AnalysisContext): AdminArea[] {
  const known = new Map(context.areas().map((area) => [area.id, area]));
  return areas.map((area) => known.get(area.id) ?? { ...area, level: 1, parentId: null, pcode: null, isCapital: false });
}

export interface RoleTarget {
  outputId: string;
  outputTitle: string;
  areaId: string;
  areaName: string;
  role: 'lead' | 'support';
  /** The areas offered in the form (the grid's scope); the cell's area is chosen. */
  areas: readonly Pick<AdminArea, 'id' | 'name'>[];
}

/** "Assign a lead" / "Add support": resolves when the dialog closes (after a save or a cancel). */
export function openRoleForm(target: RoleTarget, context: AnalysisContext): Promise<void> {
  const agency = chipPickerField(
    'actorId',
    t('analysis-coordination.agency'),
    { ...agencyChoices(context), multiple: false },
    t('analysis-coordination.agencyHint'),
  );
  const areas = areaPickerField(
    'areaIds',
    t('analysis-coordination.adminAreas'),
    withAreaDetails(target.areas, context),
    t('analysis-coordination.adminAreasHint'),
  );
  areas.picker.setValues([target.areaId]);
  const from = field('from', t('analysis-coordination.fromOptional'), input('date'));
  const to = field('to', t('analysis-coordination.toOptional'), input('date'));
  const note = field('note', t('analysis-coordination.noteOptional'), h('textarea', { rows: '2', maxlength: '2000' }));
  const fields = [agency, areas, from, to, note];
  const verb = target.role === 'lead' ? t('analysis-coordination.assignLead') : t('analysis-coordination.addSupport');
  return openFormDialog({
    title: t('analysis-coordination.roleFormTitle', { verb, output: target.outputTitle, area: target.areaName }),
    fields,
    submitLabel: verb,
    submit: async () => {
      const parsed = OutputRoleCreateSchema.safeParse({
        actorId: agency.picker.values()[0],
        outputId: target.outputId,
        role: target.role,
        areaIds: areas.picker.values(),
        from: textValue(from.control),
        to: textValue(to.control),
        note: note.control.value,
      });
      if (!parsed.success)
        return zodProblems(parsed.error.issues).map((p) =>
          p.path === 'actorId' ? { ...p, message: t('analysis-coordination.chooseAgency') } : p,
        );
      const name = context.actorName(parsed.data.actorId);
      const label = t('analysis-coordination.roleEditLabel', { role: target.role, name, output: target.outputTitle });
      await performEdit(createOutputRoleCommand({ ...parsed.data, id: newId('role') }, label));
      notify(
        t('analysis-coordination.roleSaved', { name, role: target.role, output: target.outputTitle, areas: parsed.data.areaIds.length }),
      );
      return [];
    },
  });
}

/** Create (no `existing`) or edit a mechanism; resolves when the dialog closes. */
export function openMechanismForm(
  existing: MechanismRecord | null,
  options: { outputs: readonly { id: string; title: string }[]; areas: readonly Pick<AdminArea, 'id' | 'name'>[] },
  context: AnalysisContext,
): Promise<void> {
  const name = field('name', t('analysis-coordination.name'), input('text', { maxlength: '200' }));
  const kind = field(
    'kind',
    t('analysis-coordination.kind'),
    select(MECHANISM_KINDS.map((value) => ({ value, label: mechanismKindLabel(value) }))),
  );
  const members = chipPickerField(
    'memberIds',
    t('analysis-coordination.members'),
    agencyChoices(context),
    t('analysis-coordination.membersHint'),
  );
  const chair = chipPickerField('chairId', t('analysis-coordination.chair'), { ...agencyChoices(context), multiple: false });
  const outputs = chipPickerField('outputIds', t('analysis-coordination.outputs'), {
    options: options.outputs.map((o) => ({ value: o.id, label: o.title })),
    noun: 'output',
    placeholder: t('analysis-coordination.outputsPlaceholder'),
  });
  const areas = areaPickerField(
    'areaIds',
    t('analysis-coordination.areasCovered'),
    withAreaDetails(options.areas, context),
    t('analysis-coordination.areasCoveredHint'),
  );
  if (existing) {
    name.control.value = existing.name;
    kind.control.value = existing.kind;
    members.picker.setValues(existing.memberIds);
    chair.picker.setValues(existing.chairId ? [existing.chairId] : []);
    outputs.picker.setValues(existing.outputIds);
    areas.picker.setValues(existing.areaIds);
  }
  const fields = [name, kind, members, chair, outputs, areas];
  const chairId = () => chair.picker.values()[0];
  const values = () => ({
    name: name.control.value,
    kind: kind.control.value,
    memberIds: members.picker.values(),
    outputIds: outputs.picker.values(),
    areaIds: areas.picker.values(),
  });
  return openFormDialog({
    title: existing ? t('analysis-coordination.editMechanism', { name: existing.name }) : t('analysis-coordination.newMechanismTitle'),
    fields,
    submitLabel: existing ? t('analysis-coordination.save') : t('analysis-coordination.create'),
    submit: async () => {
      if (!existing) {
        const parsed = MechanismCreateSchema.safeParse({ ...values(), chairId: chairId() });
        if (!parsed.success) return zodProblems(parsed.error.issues);
        await performEdit(createMechanismCommand({ ...parsed.data, id: newId('mechanism') }));
        notify(t('analysis-coordination.mechanismCreated', { name: parsed.data.name }));
        return [];
      }
      // Only what changed: an unchanged chair is not sent, so a chair the user may not see is never touched.
      const next: Record<string, unknown> = { ...values(), chairId: chairId() ?? null };
      const same = (a: unknown, b: unknown) =>
        JSON.stringify(Array.isArray(a) ? [...a].sort() : a) === JSON.stringify(Array.isArray(b) ? [...b].sort() : b);
      for (const key of Object.keys(next)) if (same(next[key], existing[key as keyof MechanismRecord])) delete next[key];
      if (Object.keys(next).length === 0) return [];
      const parsed = MechanismPatchSchema.safeParse(next);
      if (!parsed.success) return zodProblems(parsed.error.issues);
      await performEdit(await updateMechanismCommand(existing.id, parsed.data));
      notify(t('analysis-coordination.mechanismSaved', { name: parsed.data.name ?? existing.name }));
      return [];
    },
  });
}
