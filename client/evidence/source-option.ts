/** A source as a select's option shows it (the Add claim form and the edit forms' Source field). */
import { SENSITIVITY_LEVELS, type SourceRecord } from '../../server/contracts/index.js';
import { t } from '../i18n/i18n.js';
import { sensitivityLabel } from '../i18n/vocabulary.js';

/** Longest title an option shows whole: a closed select clips what does not fit, and in a right-to-left page it clips a Latin title's start. */
const OPTION_TITLE_LENGTH = 30;

/**
 * A source's title as an option shows it: cut with an ellipsis where it would not fit, and set in
 * a direction isolate, so a Latin title in an Arabic sentence (or the reverse) keeps its own order.
 */
export function optionTitle(title: string): string {
  const letters = [...title];
  const shown =
    letters.length > OPTION_TITLE_LENGTH
      ? `${letters
          .slice(0, OPTION_TITLE_LENGTH - 1)
          .join('')
          .trimEnd()}…`
      : title;
  return `\u2068${shown}\u2069`;
}

/**
 * Appends the sources to a picker: one group per sensitivity level (lowest first), each by title
 * in the page's language. One report's words at two levels are two sources (the start-up migration
 * keeps them apart), so the group says which one the user picks; the tooltip names the whole
 * title and its level.
 */
export function appendSourceOptions(
  picker: HTMLSelectElement,
  sources: readonly SourceRecord[],
  before: HTMLOptionElement | null = null,
): void {
  const language = document.documentElement.lang || undefined;
  for (const level of SENSITIVITY_LEVELS) {
    const listed = sources.filter((source) => source.sensitivity === level).sort((a, b) => a.title.localeCompare(b.title, language));
    if (listed.length === 0) continue;
    const group = document.createElement('optgroup');
    group.label = sensitivityLabel(level);
    group.dataset.sensitivity = level;
    for (const source of listed) {
      const option = document.createElement('option');
      option.value = source.id;
      option.textContent = t('evidence.sourceOption', { title: optionTitle(source.title), reliability: source.reliability });
      option.title = `${source.title} — ${sensitivityLabel(level)}`;
      group.append(option);
    }
    picker.insertBefore(group, before);
  }
}
