/** A source as a select's option shows it (the Add claim form and the edit forms' Source field). */

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
