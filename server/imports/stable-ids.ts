/**
 * Stable ids for imported records, so that importing the same file twice merges onto the same
 * nodes. Actor ids come from the exact name (a readable slug plus a hash of the exact text), so
 * "GIZ" and "GiZ" stay two actors, to be confirmed as duplicates by a person, never merged here.
 */
import { createHash } from 'node:crypto';

/** Lower-case ASCII slug: accents dropped, other characters to "-". */
export function slugify(text: string, max = 48): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return slug || 'x';
}

/** First 8 hex digits of the SHA-1 of the exact text. */
export function shortHash(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 8);
}

/** Id of an organisation named in an imported table: distinct for every distinct exact name. */
export function actorIdForName(name: string, prefix = 'org'): string {
  return `${prefix}-${slugify(name)}-${shortHash(name)}`;
}

/** Id of a country named in a table (places merge by normalised name: they are not actors). */
export function countryId(name: string): string {
  return `country-${slugify(name, 60)}`;
}

/** Id of a first-level admin area, under its country when known. */
export function adm1Id(countryName: string | null, name: string): string {
  const base = `adm1-${countryName ? `${slugify(countryName, 30)}-` : ''}${slugify(name, 40)}`;
  return base.length <= 80 ? base : `${base.slice(0, 70)}-${shortHash(name)}`;
}

/** Id of the activity that stands for a sector of a 3W table. */
export function sectorActivityId(sector: string): string {
  return `sector-${slugify(sector, 60)}`;
}

/** Id of a tie given without one (Kumu connections): the same ends and type give the same id. */
export function tieIdFor(sourceId: string, targetId: string, type: string): string {
  return `tie-${shortHash(`${sourceId}\u0000${targetId}\u0000${type}`)}${shortHash(`${type}\u0000${sourceId}\u0000${targetId}`)}`;
}
