/**
 * What a boundary feature says about its area, read from the attribute names that COD-AB,
 * geoBoundaries and our own GET /api/areas/geometry use:
 * - OCHA COD-AB: `ADM1_PCODE`, `ADM1_EN`, `ADM1_FR`, ... `ADM0_PCODE` (also the older HDX
 *   spelling `admin1Pcode`, `admin1Name_en`); the deepest level present is the feature's own,
 *   the one above gives its parent;
 * - geoBoundaries: `shapeName`, `shapeType` (`ADM1`), `shapeID` (not a p-code: matched by name);
 * - plain: `pcode`, `name`, `level`, `parent`.
 * Attribute names are compared without case: a shapefile's .dbf often spells them in capitals.
 */

export interface FeatureAttributes {
  pcode: string | null;
  name: string | null;
  /** Other names by language (from ADM1_FR and the like), the shown name excluded. */
  names: Record<string, string>;
  level: number | null;
  parentPcode: string | null;
}

const PCODE_KEY = /^adm(?:in)?([0-4])_?pcode$/i;
const NAME_KEY = /^adm(?:in)?([0-4])_?(?:name_?)?([a-z]{2})$/i;
const PLAIN_NAME_KEY = /^adm(?:in)?([0-4])_?name$/i;
/** The language whose name is shown, in order of preference. */
const SHOWN = ['en', 'fr', 'es', 'pt', 'ar', 'ru'];

function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed.slice(0, 200);
}

/** The feature's own area at `wantedLevel` (default: the deepest level its attributes name). */
export function readAttributes(properties: Record<string, unknown>, wantedLevel?: number): FeatureAttributes {
  const pcodes = new Map<number, string>();
  const namesByLevel = new Map<number, Record<string, string>>();
  for (const [key, raw] of Object.entries(properties)) {
    const value = text(raw);
    if (value === null) continue;
    const pcode = PCODE_KEY.exec(key);
    if (pcode) {
      pcodes.set(Number(pcode[1]), value);
      continue;
    }
    const named = NAME_KEY.exec(key) ?? PLAIN_NAME_KEY.exec(key);
    if (named && !/^ref$/i.test(named[2] ?? '')) {
      const level = Number(named[1]);
      const names = namesByLevel.get(level) ?? {};
      names[(named[2] ?? 'und').toLowerCase()] = value;
      namesByLevel.set(level, names);
    }
  }
  const levels = [...pcodes.keys(), ...namesByLevel.keys()];
  if (levels.length > 0) {
    const level = wantedLevel ?? Math.max(...levels);
    const all = namesByLevel.get(level) ?? {};
    const shownLanguage = SHOWN.find((language) => all[language]) ?? Object.keys(all)[0];
    const name = shownLanguage ? (all[shownLanguage] ?? null) : null;
    const names = Object.fromEntries(Object.entries(all).filter(([language]) => language !== shownLanguage && language !== 'und'));
    return { pcode: pcodes.get(level) ?? null, name, names, level, parentPcode: pcodes.get(level - 1) ?? null };
  }
  const lower = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key.toLowerCase(), value]));
  const shapeType = /^adm([0-4])$/i.exec(text(lower.shapetype) ?? '');
  const plainLevel = Number(text(lower.level));
  return {
    pcode: text(lower.pcode) ?? text(lower.p_code) ?? null,
    name: text(lower.shapename) ?? text(lower.name) ?? null,
    names: {},
    level: shapeType
      ? Number(shapeType[1])
      : Number.isInteger(plainLevel) && text(lower.level) !== null
        ? plainLevel
        : (wantedLevel ?? null),
    parentPcode: text(lower.parent) ?? null,
  };
}
