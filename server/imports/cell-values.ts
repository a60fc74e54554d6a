/** Parsing typed values out of spreadsheet text cells, returning undefined for blank cells. */

/** Blank -> undefined; otherwise the trimmed text. */
export function textOrUndefined(cell: string | undefined): string | undefined {
  const value = (cell ?? '').trim();
  return value === '' ? undefined : value;
}

/** "a | b" -> ['a', 'b']. */
export function listOf(cell: string | undefined, separator: string): string[] {
  return (cell ?? '')
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Integer text -> number; other text passes through so the schema reports it. */
export function integerOrText(cell: string | undefined): number | string | undefined {
  const value = textOrUndefined(cell);
  if (value === undefined) return undefined;
  return /^[+-]?\d+$/.test(value) ? Number(value) : value;
}

/** yes/no, true/false, 1/0 -> boolean; other text passes through so the schema reports it. */
export function booleanOrText(cell: string | undefined): boolean | string | undefined {
  const value = textOrUndefined(cell)?.toLowerCase();
  if (value === undefined) return undefined;
  if (['true', 'yes', 'y', '1', 'x'].includes(value)) return true;
  if (['false', 'no', 'n', '0'].includes(value)) return false;
  return value;
}
