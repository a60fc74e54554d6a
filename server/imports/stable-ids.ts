/**
 * Stable ids for the places and sector activities of imported tables, so that importing the same
 * file twice merges onto the same nodes. Places and sectors carry no sensitivity. Actors and ties
 * never get ids from their names (that made a taken id a test for a hidden name): they are
 * matched among the records the importer may see, or get random ids (import-identities.ts).
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
