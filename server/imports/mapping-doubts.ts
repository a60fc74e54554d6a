/**
 * Signs that a table's columns were read wrongly, so that a file is not "checked" when it was
 * not: a list of 1,725 armed actors once read as 4 actors and 50 admin areas, because the column
 * guessed as the names held the actors' types and the one guessed as the region held codes.
 * A guessed reading with doubts is put to the person as a mapping to confirm or correct; a
 * person's own mapping with doubts is imported with the doubts shown.
 */
import type { ImportProblem, MappableField } from '../contracts/index.js';
import type { ColumnPlan } from './column-plan.js';
import type { ImportPlan } from './import-plan.js';
import { because } from './import-errors.js';

/** More areas of levels 1 and 2 than a country has (issue 12: 20 to 150). */
const MOST_AREAS = 150;
const SHORT_CODE = /^(?:\d+|[A-Za-z0-9-]{1,3})$/;
const AREA_FIELDS: readonly MappableField[] = ['country', 'adm1'];

export function mappingDoubts(columns: ColumnPlan, plan: ImportPlan, sheet: string | null): ImportProblem[] {
  const doubts: ImportProblem[] = [];
  const rows = columns.dataRows.length;
  const label = (field: MappableField) => columns.labels[columns.fields[field] ?? -1] ?? field;
  const actors = plan.actors.length;
  // A 3W names an organisation once per sector and place; a list of actors names each once.
  const listOfActors = columns.fields.sector === undefined;
  if (rows >= 20 && ((listOfActors && actors < rows / 2) || actors * 50 <= rows)) {
    doubts.push({
      line: columns.headerLine,
      column: label('org'),
      sheet,
      ...because(
        `${rows} rows name only ${actors} actor${actors === 1 ? '' : 's'}: fewer than half the rows became an actor of their own; is this column really the actors' names?`,
        'import.doubt_few_actors',
        { rows, count: actors },
      ),
    });
  }
  for (const field of AREA_FIELDS) {
    const index = columns.fields[field];
    if (index === undefined) continue;
    const values = new Set(columns.dataRows.map((row) => (row.cells[index] ?? '').trim()).filter(Boolean));
    const codes = [...values].filter((value) => SHORT_CODE.test(value));
    if (values.size >= 10 && codes.length >= values.size * 0.8) {
      doubts.push({
        line: columns.headerLine,
        column: label(field),
        sheet,
        ...because(
          `this column would create ${values.size} admin areas named by short codes (${codes.slice(0, 4).join(', ')}, ...): is it really the names of places?`,
          'import.doubt_area_codes',
          { count: values.size, codes: codes.slice(0, 4) },
        ),
      });
    } else if (values.size > MOST_AREAS) {
      doubts.push({
        line: columns.headerLine,
        column: label(field),
        sheet,
        ...because(
          `this column would create ${values.size} admin areas, more than a country has (at most about ${MOST_AREAS}): is it really the names of places?`,
          'import.doubt_many_areas',
          { count: values.size, maximum: MOST_AREAS },
        ),
      });
    }
  }
  return doubts;
}
