/**
 * Humanitarian sectors (3W "#sector") to the handbook's seven outputs. A sector is kept as an
 * activity of its output (its raw name is the activity title), so nothing of the file is lost;
 * the output only groups sectors the way the handbook does. Sectors no rule names go to
 * humanitarian relief: a 3W table lists humanitarian work.
 */

/** The seven outputs, with the title an output gets if an import creates it before the handbook is loaded. */
export const OUTPUT_TITLES: Record<string, string> = {
  'humanitarian-relief': 'Humanitarian relief',
  'women-peace-security': 'Women, peace and security',
  'youth-participation': 'Youth participation',
  'civil-society': 'Civil society',
  'return-reintegration': 'Return and reintegration of refugees and IDPs',
  'recovery-to-development': 'Transition from recovery to development',
  'independent-media': 'Independent media',
};

const RULES: readonly (readonly [RegExp, string])[] = [
  [/return|reintegra|repatria|durable solution|retorno|retour/i, 'return-reintegration'],
  [/gender|gbv|women|femme|mujer|g[ée]nero/i, 'women-peace-security'],
  [/youth|jeunes|juventud/i, 'youth-participation'],
  [/media|journalis|radio|m[ée]dias/i, 'independent-media'],
  [/civil society|soci[ée]t[ée] civile|sociedad civil|governance|peacebuilding/i, 'civil-society'],
  [
    /livelihood|income|agricultur|crop|recovery|development|vocational|employment|micro ?finance|medios de vida|moyens d.existence/i,
    'recovery-to-development',
  ],
];

/** The output a sector's activity belongs to. */
export function outputForSector(sector: string): string {
  for (const [pattern, outputId] of RULES) if (pattern.test(sector)) return outputId;
  return 'humanitarian-relief';
}
