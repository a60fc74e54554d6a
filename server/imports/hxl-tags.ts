/**
 * HXL hashtags (https://hxlstandard.org): parsing a hashtag, telling a hashtag row from data,
 * and which hashtags feed which field of a 3W import. Tolerant like libhxl: a row is a hashtag
 * row when at least half of its non-empty cells are hashtags.
 */
import type { MappableField } from '../contracts/index.js';

export interface HxlTag {
  tag: string;
  attributes: string[];
}

const HASHTAG = /^#([a-z][a-z0-9_]*)((?:\s*\+\s*[a-z][a-z0-9_]*)*)$/i;
/** A hashtag someone wrote without its "#": "sector+es", "adm1". */
const BARE_TAG = /^([a-z][a-z0-9_]*)((?:\+[a-z][a-z0-9_]*)*)$/;

/** Tags this import reads; other hashtags are kept out of the import and listed as unused. */
const KNOWN_TAGS = new Set([
  'org',
  'sector',
  'cluster',
  'subsector',
  'country',
  'adm1',
  'adm2',
  'lat_deg',
  'lon_deg',
  'geo',
  'loc',
  'date',
  'description',
  'activity',
  'targeted',
  'affected',
  'reached',
  'status',
  'contact',
  'meta',
  'event',
  'value',
  'output',
  'indicator',
]);

function split(match: RegExpMatchArray): HxlTag {
  const attributes = (match[2] ?? '')
    .split('+')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  return { tag: (match[1] ?? '').toLowerCase(), attributes };
}

/** Parses "#org +impl" into { tag: 'org', attributes: ['impl'] }; null when not a hashtag. */
export function parseHashtag(cell: string): HxlTag | null {
  const match = cell.trim().match(HASHTAG);
  return match ? split(match) : null;
}

/** Parses a known tag written without "#" ("country", "sector+es"); null otherwise. */
export function parseBareTag(cell: string): HxlTag | null {
  const match = cell.trim().match(BARE_TAG);
  if (!match) return null;
  const parsed = split(match);
  return KNOWN_TAGS.has(parsed.tag) ? parsed : null;
}

/** True when at least half of the non-empty cells are hashtags (and at least one is). */
export function isHashtagRow(cells: readonly string[]): boolean {
  const filled = cells.filter((cell) => cell.trim() !== '');
  const tags = filled.filter((cell) => parseHashtag(cell) !== null).length;
  return tags > 0 && tags * 2 >= filled.length;
}

/** True when the row looks like hashtags with every "#" missing ("sector+es,org+es,country"). */
export function isHashtagRowWithoutHashes(cells: readonly string[]): boolean {
  const filled = cells.filter((cell) => cell.trim() !== '');
  const bare = filled.filter((cell) => parseBareTag(cell) !== null).length;
  const withAttributes = filled.filter((cell) => /^[a-z][a-z0-9_]*\+/.test(cell.trim())).length;
  return filled.length >= 2 && bare * 2 >= filled.length && withAttributes > 0;
}

/** The field a hashtag feeds, or null for a hashtag this import does not use. */
export function fieldForTag(tag: HxlTag): MappableField | null {
  const has = (attribute: string) => tag.attributes.includes(attribute);
  switch (tag.tag) {
    case 'org':
      if (has('funder') || has('donor') || has('prog')) return null;
      return has('acronym') || has('abbrev') ? 'orgAcronym' : 'org';
    case 'sector':
    case 'cluster':
      return 'sector';
    case 'subsector':
      return 'subsector';
    case 'country':
      return has('code') ? 'countryCode' : 'country';
    case 'adm1':
      return has('code') ? 'adm1Code' : 'adm1';
    case 'lat_deg':
      return 'lat';
    case 'lon_deg':
      return 'lon';
    case 'geo':
      return has('lat') ? 'lat' : has('lon') ? 'lon' : null;
    default:
      return null;
  }
}

/** "#sector+es" for messages. */
export function formatTag(tag: HxlTag): string {
  return `#${tag.tag}${tag.attributes.map((attribute) => `+${attribute}`).join('')}`;
}
