/**
 * The admin areas a table's country and first-level columns name. An area the map already has
 * (by id, p-code or folded name) is linked; one it lacks is, by default, NOT created: the row keeps
 * its other data, its area link is left out, and the area becomes one warning listing the lines
 * that name it. A multi-country table would otherwise fill the mission's area tree with foreign
 * countries. Only the person's explicit choice (`createAreas`) creates them.
 */
import type { ImportProblem, MissingArea } from '../contracts/index.js';
import { foldName } from './actor-matching.js';
import type { ImportPlan } from './import-plan.js';
import { adm1Id, countryId } from './stable-ids.js';
import { areaFor, type AreaLookup } from './table-actor-fields.js';
import { because } from './import-errors.js';

/** At most this many lines are listed per missing area. */
const LISTED_LINES = 20;

interface Missing extends MissingArea {
  column: string;
}

export interface AreaCells {
  country: string;
  countryCode: string;
  adm1: string;
  adm1Code: string;
}

/** Resolves the area columns of each row against the map, and keeps what the map lacks. */
export function tableAreas(lookup: AreaLookup, createAreas: boolean) {
  const created = new Map<string, ImportPlan['areas'][number]>();
  const missing = new Map<string, Missing>();
  /** Areas named by this file, by folded name: a later "areas" cell may name them too. */
  const fileAreas = new Map<string, string>();

  const known = (id: string, code: string, name: string) =>
    areaFor(id, lookup) ?? (code ? areaFor(code, lookup) : null) ?? areaFor(name, lookup);

  const lack = (id: string, name: string, level: number, line: number, column: string) => {
    const entry = missing.get(id) ?? { name, level, rows: 0, lines: [], created: createAreas, column };
    entry.rows += 1;
    if (entry.lines.length < LISTED_LINES && !entry.lines.includes(line)) entry.lines.push(line);
    missing.set(id, entry);
  };

  const one = (
    id: string,
    name: string,
    code: string,
    level: number,
    parentId: string | null,
    line: number,
    column: string,
  ): string | null => {
    const found = known(id, code, name);
    if (found) return found;
    lack(id, name, level, line, column);
    if (!createAreas) return null;
    if (!created.has(id)) created.set(id, { id, name, pcode: code || null, level, parentId, isCapital: false });
    return id;
  };

  return {
    /** The most precise area of the row the map has (or the import creates), or null. */
    resolve(cells: AreaCells, line: number, where: (field: 'country' | 'adm1') => string): string | null {
      let areaId: string | null = null;
      let countryArea: string | null = null;
      if (cells.country) {
        countryArea = one(countryId(cells.country), cells.country, cells.countryCode, 0, null, line, where('country'));
        if (countryArea) fileAreas.set(foldName(cells.country), countryArea);
        areaId = countryArea;
      }
      if (cells.adm1) {
        const id = adm1Id(cells.country || null, cells.adm1);
        const adm1Area = one(id, cells.adm1, cells.adm1Code, 1, countryArea, line, where('adm1'));
        if (adm1Area) fileAreas.set(foldName(cells.adm1), adm1Area);
        // A first-level area the map lacks still leaves the row its country, when the map has that.
        areaId = adm1Area ?? areaId;
      }
      return areaId;
    },
    fileArea: (value: string) => fileAreas.get(foldName(value)) ?? null,
    /** The areas to write (only when the person chose to create them). */
    created: () => [...created.values()],
    missing: (): MissingArea[] => [...missing.values()].map(({ column: _column, ...area }) => area),
    /** One warning per missing area, at the first line that names it, listing the others. */
    warnings(sheet: string | null): ImportProblem[] {
      return [...missing.values()].map((area) => {
        const more = area.rows > area.lines.length ? ` and ${area.rows - area.lines.length} more` : '';
        const lines = `line${area.lines.length > 1 ? 's' : ''} ${area.lines.join(', ')}${more}`;
        const level = area.level === 0 ? 'country' : 'first-level area';
        const outcome = createAreas
          ? 'created by this import, as you chose'
          : `not created: the ${area.rows} row${area.rows === 1 ? '' : 's'} naming it keep their other data without this area link`;
        return {
          line: area.lines[0] ?? null,
          column: area.column,
          sheet,
          ...because(
            `the map has no admin area "${area.name.slice(0, 80)}" (${level}; named on ${lines}): ${outcome}`,
            createAreas ? 'import.missing_area_created' : 'import.missing_area_left_out',
            {
              name: area.name.slice(0, 80),
              areaLevel: area.level === 0 ? 'country' : 'first',
              lines: area.lines.map(String),
              more: Math.max(0, area.rows - area.lines.length),
              rows: area.rows,
            },
          ),
        };
      });
    },
  };
}
