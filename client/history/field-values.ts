/**
 * A recorded field and its value as the reader sees them (issue 17), shared by the History
 * section and the diff view: the field's name from the `rounds` catalogue (the API's field names
 * stay English), coded values (kind, tie type, do-no-harm role...) in the vocabulary's words,
 * yes and no in the page's language, numbers by its locale. Everything else a record holds
 * (names, free text, ids, ISO dates) is the user's data, shown as stored in a `<bdi>` marked
 * `data-record-text`, so the pseudo-language test can tell data from words left untranslated.
 */
import { formatNumber, t, type MessageKey } from '../i18n/i18n.js';
import { englishCatalogue } from '../i18n/catalogues.js';
import {
  confidenceLabel,
  doNoHarmLabel,
  kindLabel,
  outputRoleLabel,
  sensitivityLabel,
  subtypeLabel,
  tieTypeLabel,
} from '../i18n/vocabulary.js';
import { h } from '../ui/dom.js';
import { formatStance } from '../ui/format.js';

/** Fields whose values are codes of the vocabulary, and the vocabulary entry that words them. */
const CODED: Record<string, { prefix: string; label: (code: never) => string }> = {
  kind: { prefix: 'kind_', label: kindLabel },
  subtype: { prefix: 'subtype_', label: subtypeLabel },
  doNoHarmRole: { prefix: 'doNoHarm_', label: doNoHarmLabel },
  confidence: { prefix: 'confidence_', label: confidenceLabel },
  sensitivity: { prefix: 'sensitivity_', label: sensitivityLabel },
  type: { prefix: 'tieType_', label: tieTypeLabel },
  role: { prefix: 'outputRole_', label: outputRoleLabel },
};

const known = (key: string): key is MessageKey => englishCatalogue.has(key);

/** `doNoHarmRole` as "Do-no-harm role"; a field the catalogue does not know, spelled out in English. */
export function fieldLabel(field: string): string {
  const key = `rounds.field_${field}`;
  return known(key) ? t(key) : humanize(field);
}

function humanize(field: string): string {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A stored value as text: a vocabulary code in words, lists joined, nothing as a dash, long text
 * cut; `data` says whether the text is the record's own (shown as stored) or the page's words.
 */
export function valueText(field: string, value: unknown): { text: string; data: boolean } {
  if (value === null || value === undefined || value === '') return { text: '—', data: false };
  if (Array.isArray(value)) {
    if (value.length === 0) return { text: '—', data: false };
    const items = value.map((item) => valueText(field, item));
    return { text: items.map((item) => item.text).join(t('analysis.listSeparator')), data: items.some((item) => item.data) };
  }
  if (typeof value === 'boolean') return { text: t(value ? 'rounds.yes' : 'rounds.no'), data: false };
  // A stance is written as everywhere else in the product: "+1 (supportive)", "−2 (hostile)".
  if (field === 'stance' && typeof value === 'number') return { text: formatStance(value), data: false };
  if (typeof value === 'number') return { text: formatNumber(value), data: false };
  const coded = CODED[field];
  if (coded && typeof value === 'string' && known(`vocabulary.${coded.prefix}${value}`))
    return { text: coded.label(value as never), data: false };
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return { text: text.length > 160 ? `${text.slice(0, 157)}…` : text, data: true };
}

/** The value as an element: the record's own text isolated in a `<bdi>`, the page's words as they are. */
export function valueNode(field: string, value: unknown, className?: string): HTMLElement {
  const { text, data } = valueText(field, value);
  if (data) return h('bdi', { class: className, dir: 'auto', 'data-record-text': '' }, text);
  // A number keeps its sign before its digits in a right-to-left line ("-2", not "2-").
  if (typeof value === 'number') return h('bdi', { class: className, dir: 'ltr' }, text);
  return h('span', { class: className }, text);
}
