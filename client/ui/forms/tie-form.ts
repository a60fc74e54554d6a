/**
 * The tie form, for creating (from the toolbar, the panel, or by dragging from one actor to
 * another) and editing. Checked with `TieCreateSchema` / `TiePatchSchema` before sending; the
 * ends of an existing tie are fixed (the API refuses to move them), so they are shown, not edited.
 */
import {
  CONFIDENCE_LEVELS,
  SENSITIVITY_LEVELS,
  TIE_TYPES,
  TIE_TYPE_DIRECTED_BY_DEFAULT,
  TieCreateSchema,
  TiePatchSchema,
  type Tie,
  type TieType,
} from '../../../server/contracts/index.js';
import { createTieFromForm, updateTieFromForm } from '../../edit/edit-actions.js';
import { getState } from '../../state.js';
import { apiProblems, field, input, numberValue, openFormDialog, select, textValue, zodProblems, type Field } from './form-kit.js';
import { confidenceLabel, sensitivityLabel, tieTypeLabel } from '../../i18n/vocabulary.js';
import { t } from '../../i18n/i18n.js';
import { editSourceField } from '../../evidence/edit-source-field.js';

/** Open the form: `tie` given means edit; otherwise `ends` may preset the two actors. */
export function openTieForm(tie: Tie | null, ends: { sourceId?: string; targetId?: string } = {}): Promise<void> {
  const state = getState();
  const actors = state.elements.nodes.map((node) => node.data).sort((a, b) => a.label.localeCompare(b.label));
  const actorOptions = [
    { value: '', label: '— Choose an actor —' },
    ...actors.map((a) => ({ value: a.id, label: a.acronym ? `${a.label} (${a.acronym})` : a.label })),
  ];
  const labelOf = (id: string) => actors.find((a) => a.id === id)?.label ?? id;
  const type = select(TIE_TYPES.map((value) => ({ value, label: tieTypeLabel(value) })));
  const directed = input('checkbox');
  let directedTouched = false;
  directed.addEventListener('change', () => (directedTouched = true));
  type.addEventListener('change', () => {
    if (!directedTouched) directed.checked = TIE_TYPE_DIRECTED_BY_DEFAULT[type.value as TieType];
  });
  const f = {
    sourceId: field('sourceId', t('forms.fromActor'), select(actorOptions, tie ? { disabled: true } : {})),
    targetId: field('targetId', t('forms.toActor'), select(actorOptions, tie ? { disabled: true } : {})),
    type: field('type', t('forms.tieType'), type),
    directed: field('directed', t('forms.directed'), directed),
    strength: field(
      'strength',
      t('forms.strength'),
      select([1, 2, 3].map((value) => ({ value: String(value), label: t('forms.strengthValue', { value }) }))),
    ),
    confidence: field(
      'confidence',
      t('forms.confidence'),
      select(CONFIDENCE_LEVELS.map((value) => ({ value, label: confidenceLabel(value) }))),
    ),
    source: field('source', t('forms.source'), input('text', { dir: 'auto' }), t('forms.sourceHint')),
    observedAt: field('observedAt', t('forms.observedOn'), input('date')),
    validFrom: field('validFrom', t('forms.validFrom'), input('date')),
    validTo: field('validTo', t('forms.validTo'), input('date')),
    outputId: field(
      'outputId',
      t('forms.servesOutput'),
      select([{ value: '', label: t('forms.noneShort') }, ...state.outputs.map((o) => ({ value: o.id, label: o.title }))]),
    ),
    description: field('description', t('forms.description'), document.createElement('textarea')),
    sensitivity: field(
      'sensitivity',
      t('forms.sensitivity'),
      select(SENSITIVITY_LEVELS.map((value) => ({ value, label: sensitivityLabel(value) }))),
    ),
  };
  const date = (value: string | null) => value?.slice(0, 10) ?? '';
  if (tie) {
    f.sourceId.control.value = tie.sourceId;
    f.targetId.control.value = tie.targetId;
    type.value = tie.type;
    directed.checked = tie.directed;
    f.strength.control.value = String(tie.strength);
    f.confidence.control.value = tie.confidence;
    f.source.control.value = tie.source ?? '';
    f.observedAt.control.value = date(tie.observedAt);
    f.validFrom.control.value = date(tie.validFrom);
    f.validTo.control.value = date(tie.validTo);
    f.outputId.control.value = tie.outputId ?? '';
    f.description.control.value = tie.description ?? '';
    f.sensitivity.control.value = tie.sensitivity;
  } else {
    f.sourceId.control.value = ends.sourceId ?? '';
    f.targetId.control.value = ends.targetId ?? '';
    type.value = 'cooperates_with';
    directed.checked = TIE_TYPE_DIRECTED_BY_DEFAULT.cooperates_with;
    f.strength.control.value = '2';
    f.confidence.control.value = 'reported';
    f.sensitivity.control.value = 'internal';
  }
  // Who says so: creating a tie or changing its type, direction or strength is a claim (issue #15).
  const source = editSourceField();
  const fields: Field[] = [...Object.values(f), ...(source ? [source.field] : [])];
  const claim = () => (source ? { claim: source.claim() } : {});

  const values = () => ({
    type: type.value,
    sourceId: textValue(f.sourceId.control),
    targetId: textValue(f.targetId.control),
    directed: directed.checked,
    strength: numberValue(f.strength.control),
    source: f.source.control.value,
    confidence: f.confidence.control.value,
    observedAt: textValue(f.observedAt.control),
    validFrom: textValue(f.validFrom.control),
    validTo: textValue(f.validTo.control),
    outputId: textValue(f.outputId.control),
    description: f.description.control.value,
    sensitivity: f.sensitivity.control.value,
  });

  return openFormDialog({
    title: tie ? t('forms.editTie', { source: labelOf(tie.sourceId), target: labelOf(tie.targetId) }) : t('forms.newTie'),
    fields,
    submitLabel: tie ? t('forms.saveChanges') : t('forms.createTie'),
    submit: async () => {
      const entered = values();
      if (!tie) {
        const parsed = TieCreateSchema.safeParse(Object.fromEntries(Object.entries(entered).filter(([, v]) => v !== undefined)));
        if (!parsed.success) return zodProblems(parsed.error.issues);
        try {
          await createTieFromForm({ ...parsed.data, ...claim() }, `${labelOf(parsed.data.sourceId)} – ${labelOf(parsed.data.targetId)}`);
          return [];
        } catch (error) {
          return apiProblems(error);
        }
      }
      const { sourceId: _s, targetId: _t, ...editable } = entered;
      const patch: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(editable)) {
        const raw = (tie as Record<string, unknown>)[key];
        const before = typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : raw;
        if (JSON.stringify(value ?? null) !== JSON.stringify(before ?? null)) patch[key] = value ?? null;
      }
      if (Object.keys(patch).length === 0) return [];
      const parsed = TiePatchSchema.safeParse({ ...patch, ...claim() });
      if (!parsed.success) return zodProblems(parsed.error.issues);
      try {
        await updateTieFromForm(tie.id, parsed.data);
        return [];
      } catch (error) {
        return apiProblems(error);
      }
    },
  });
}
