/** Escaping for XML exports: markup characters escaped, characters XML 1.0 forbids removed. */

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text safe inside an XML element or a double-quoted attribute. */
export function xmlEscape(value: string | number | boolean): string {
  return String(value)
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** Text safe inside an XML comment (no "--"). */
export function xmlComment(value: string): string {
  return value.replace(FORBIDDEN, '').replace(/-{2,}/g, '-');
}
