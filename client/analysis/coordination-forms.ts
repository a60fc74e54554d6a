/**
 * The two forms the coordination tab opens: assigning a lead or support role on the spot (from a
 * gap or fragile cell: agency picker of the actors the user may see, areas preset to the cell's
 * area) and creating or editing a coordination mechanism. Both are checked with the API's zod
 * schemas before sending, show the server's field errors inline, and go through the undo history.
 */
import {
  MECHANISM_KINDS,
  MechanismCreateSchema,
  MechanismPatchSchema,
  OutputRoleCreateSchema,
  type AdminArea,
  type MechanismRecord,
} from '../../server/contracts/index.js';
import { createMechanismCommand, createOutputRoleCommand, updateMechanismCommand } from '../edit/coordination-commands.js';
import { newId } from '../edit/commands.js';
import { performEdit } from '../edit/edit-actions.js';
import { notify } from '../state.js';
import { h } from '../ui/dom.js';
import { choose, chosen, field, input, openFormDialog, select, textValue, zodProblems } from '../ui/forms/form-kit.js';
import type { AnalysisContext } from './kit.js';

/** Agencies first (who usually leads), then the rest, each by name. */
const KIND_ORDER = ['un_entity', 'international_org', 'mission_component', 'donor', 'government', 'civil_society', 'conflict_party'];
function agencyOptions(context: AnalysisContext) {
  return [...context.actors()]
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name))
    .map((actor) => ({ value: actor.id, label: actor.name }));
}

const areaOptions = (areas: readonly Pick<AdminArea, 'id' | 'name'>[]) => areas.map((area) => ({ value: area.id, label: area.name }));

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
  const agency = field('actorId', 'Agency', select([{ value: '', label: 'Choose an agency…' }, ...agencyOptions(context)]));
  const areas = field(
    'areaIds',
    'Admin areas',
    select(areaOptions(target.areas), { multiple: true, size: '5' }),
    'Preset to the cell’s area; choose more with Ctrl or Shift.',
  );
  choose(areas.control as HTMLSelectElement, [target.areaId]);
  const from = field('from', 'From (optional)', input('date'));
  const to = field('to', 'To (optional)', input('date'));
  const note = field('note', 'Note (optional)', h('textarea', { rows: '2', maxlength: '2000' }));
  const fields = [agency, areas, from, to, note];
  const verb = target.role === 'lead' ? 'Assign a lead' : 'Add support';
  return openFormDialog({
    title: `${verb}: ${target.outputTitle} in ${target.areaName}`,
    fields,
    submitLabel: verb,
    submit: async () => {
      const parsed = OutputRoleCreateSchema.safeParse({
        actorId: agency.control.value || undefined,
        outputId: target.outputId,
        role: target.role,
        areaIds: chosen(areas.control as HTMLSelectElement),
        from: textValue(from.control),
        to: textValue(to.control),
        note: note.control.value,
      });
      if (!parsed.success)
        return zodProblems(parsed.error.issues).map((p) => (p.path === 'actorId' ? { ...p, message: 'Choose an agency.' } : p));
      const name = context.actorName(parsed.data.actorId);
      const label = `${target.role === 'lead' ? 'assign lead' : 'add support'} “${name}” on ${target.outputTitle}`;
      await performEdit(createOutputRoleCommand({ ...parsed.data, id: newId('role') }, label));
      notify(
        `${name} now ${target.role === 'lead' ? 'leads' : 'supports'} ${target.outputTitle} in ${parsed.data.areaIds.length} area${parsed.data.areaIds.length === 1 ? '' : 's'}.`,
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
  const name = field('name', 'Name', input('text', { maxlength: '200' }));
  const kind = field('kind', 'Kind', select(MECHANISM_KINDS.map((value) => ({ value, label: value.replaceAll('_', ' ') }))));
  const agencies = agencyOptions(context);
  const members = field('memberIds', 'Members', select(agencies, { multiple: true, size: '6' }), 'Members you may not see stay members.');
  const chair = field('chairId', 'Chair (optional, one of the members)', select([{ value: '', label: 'No chair' }, ...agencies]));
  const outputs = field(
    'outputIds',
    'Outputs it coordinates',
    select(
      options.outputs.map((o) => ({ value: o.id, label: o.title })),
      { multiple: true, size: '4' },
    ),
  );
  const areas = field(
    'areaIds',
    'Areas it covers',
    select(areaOptions(options.areas), { multiple: true, size: '5' }),
    'None chosen: every area.',
  );
  if (existing) {
    name.control.value = existing.name;
    kind.control.value = existing.kind;
    choose(members.control as HTMLSelectElement, existing.memberIds);
    chair.control.value = existing.chairId ?? '';
    choose(outputs.control as HTMLSelectElement, existing.outputIds);
    choose(areas.control as HTMLSelectElement, existing.areaIds);
  }
  const fields = [name, kind, members, chair, outputs, areas];
  const values = () => ({
    name: name.control.value,
    kind: kind.control.value,
    memberIds: chosen(members.control as HTMLSelectElement),
    outputIds: chosen(outputs.control as HTMLSelectElement),
    areaIds: chosen(areas.control as HTMLSelectElement),
  });
  return openFormDialog({
    title: existing ? `Edit mechanism “${existing.name}”` : 'New coordination mechanism',
    fields,
    submitLabel: existing ? 'Save' : 'Create',
    submit: async () => {
      if (!existing) {
        const parsed = MechanismCreateSchema.safeParse({ ...values(), chairId: chair.control.value || undefined });
        if (!parsed.success) return zodProblems(parsed.error.issues);
        await performEdit(createMechanismCommand({ ...parsed.data, id: newId('mechanism') }));
        notify(`Created mechanism “${parsed.data.name}”.`);
        return [];
      }
      // Only what changed: an unchanged chair is not sent, so a chair the user may not see is never touched.
      const next: Record<string, unknown> = { ...values(), chairId: chair.control.value || null };
      const same = (a: unknown, b: unknown) =>
        JSON.stringify(Array.isArray(a) ? [...a].sort() : a) === JSON.stringify(Array.isArray(b) ? [...b].sort() : b);
      for (const key of Object.keys(next)) if (same(next[key], existing[key as keyof MechanismRecord])) delete next[key];
      if (Object.keys(next).length === 0) return [];
      const parsed = MechanismPatchSchema.safeParse(next);
      if (!parsed.success) return zodProblems(parsed.error.issues);
      await performEdit(await updateMechanismCommand(existing.id, parsed.data));
      notify(`Saved mechanism “${parsed.data.name ?? existing.name}”.`);
      return [];
    },
  });
}
