/**
 * The import's own typed failures. A refusal carries every located problem found, so one answer
 * tells a person all that must be fixed; a mapping request carries the columns a person maps.
 */
import type { ImportProblem, ImportReport, MessageCode, MessageParams } from '../contracts/index.js';

/** The file is refused as a whole; `problems` names each line, column and reason. */
export class ImportRefused extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(`Import refused: ${problems.length} problem(s); first: ${describeProblem(problems[0])}`);
    this.name = 'ImportRefused';
  }
}

/** The columns of a table were not recognised: a person must give a column mapping. */
export class ImportNeedsMapping extends Error {
  constructor(
    readonly columns: ImportReport['columns'],
    readonly problem: ImportProblem,
    /** Why a guessed reading of the columns looks wrong (mapping-doubts.ts), when that is the reason. */
    readonly doubts: ImportProblem[] = [],
  ) {
    super(problem.reason);
    this.name = 'ImportNeedsMapping';
  }
}

/**
 * A reason in English and as a code with params (issue 17), spread into a problem:
 * `{ line, column, sheet, ...because('the organisation name is empty', 'import.org_empty') }`.
 * The interface says the code in the reader's language; the English stays for other clients.
 */
export interface Reason {
  reason: string;
  messageCode: MessageCode;
  params: MessageParams;
}

export const because = (reason: string, messageCode: MessageCode, params: MessageParams = {}): Reason => ({
  reason,
  messageCode,
  params,
});

/**
 * A problem for the file as a whole (no line or column). Only a coded reason is taken, so the
 * compiler keeps every whole-file reason sayable in the reader's language.
 */
export function fileProblem(reason: Reason): ImportProblem {
  return { line: null, column: null, sheet: null, ...reason };
}

/** A coded API error (e.g. the import date's conflict) as a problem at `column`, keeping its code. */
export function problemFromError(
  error: { message: string; messageCode?: MessageCode; params?: MessageParams },
  column: string,
): ImportProblem {
  const said = error.messageCode ? { messageCode: error.messageCode, params: error.params ?? {} } : {};
  return { line: null, column, sheet: null, reason: error.message, ...said };
}

/** Refuses the file for one reason that has no line: `refuse(because('the file is empty', 'import.file_empty'))`. */
export function refuse(reason: Reason): ImportRefused {
  return new ImportRefused([fileProblem(reason)]);
}

/** "line 7001, column H (#org): reason". */
export function describeProblem(problem: ImportProblem | undefined): string {
  if (!problem) return 'none';
  const where = [
    problem.sheet ? `sheet ${problem.sheet}` : null,
    problem.line !== null ? `line ${problem.line}` : null,
    problem.column ? `column ${problem.column}` : null,
  ].filter(Boolean);
  return `${where.length ? `${where.join(', ')}: ` : ''}${problem.reason}`;
}
