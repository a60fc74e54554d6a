/**
 * The briefings in French, as a mission's French documents write them (MINUSCA, MONUSCO): the same
 * tables as text.ts, typed as the English ones so that a missing entry fails the build. Numbers
 * and dates by the French locale (thin spaces between thousands, "3 décembre 2026").
 */
import { signOf } from '../contracts/index.js';
import type { BriefingText } from './text.js';

const numbers = new Intl.NumberFormat('fr');
const decimals = new Intl.NumberFormat('fr', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percents = new Intl.NumberFormat('fr', { style: 'percent', maximumFractionDigits: 0 });
const days = new Intl.DateTimeFormat('fr', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const n = (value: number) => numbers.format(value);
const decimal = (value: number | null) => (value === null ? '–' : decimals.format(value));
const percent = (share: number | null) => (share === null ? '–' : percents.format(share));
const date = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? days.format(new Date(`${iso}T00:00:00Z`)) : iso);
/** "1 lacune", "3 lacunes": French takes the singular for 0 and 1. */
const plural = (count: number, one: string, many: string) => `${n(count)} ${count < 2 ? one : many}`;

export const FRENCH_TEXT: BriefingText = {
  common: {
    map: 'Carte',
    date: 'Date',
    madeBy: 'Établi par',
    profile: 'Profil de caviardage',
    marking: 'Niveau de sensibilité',
    markingLine: (level) => `Sensibilité : ${level.toUpperCase()}`,
    profiles: {
      full: 'complet (tout ce que l’auteur est autorisé à voir)',
      internal: 'interne (acteurs au-dessus du niveau interne pseudonymisés, texte libre supprimé)',
      shareable: 'diffusable (données publiques uniquement, texte libre supprimé)',
    },
    page: (page, of) => `Page ${n(page)} sur ${n(of)}`,
    generatedBy: 'Établi avec Actor Map à partir des données que son auteur est autorisé à consulter.',
    none: 'Néant.',
    withheld: '(non communiqué)',
    yes: 'oui',
    no: 'non',
    percent,
    number: n,
    decimal,
    day: date,
    list: (items) => items.join(', '),
    label: (label) => `${label} :`,
    pictureNote: 'Généré sur le serveur à partir des mêmes données que la présente note.',
  },
  coordination: {
    title: 'Note d’information sur la coordination',
    summary: 'Synthèse',
    summaryLine: (outputs, areas, totalAreas) =>
      `${plural(outputs, 'produit', 'produits')} dans ${plural(areas, 'zone administrative', 'zones administratives')} du périmètre (sur ${n(totalAreas)} dans la carte).`,
    counts: (gaps, overlaps, fragile, duplications) =>
      `${plural(gaps, 'lacune', 'lacunes')}, ${plural(overlaps, 'chevauchement', 'chevauchements')}, ` +
      `${plural(fragile, 'cellule fragile', 'cellules fragiles')}, ${plural(duplications, 'cas', 'cas')} de double financement.`,
    gaps: 'Lacunes : aucun chef de file dans la zone',
    overlaps: 'Chevauchements : trois entités des Nations Unies ou bailleurs ou plus, sans mécanisme commun',
    fragile: 'Cellules fragiles : un seul acteur porte le produit',
    duplications: 'Double financement',
    byArea: 'Produits par zone',
    cellColumns: ['Produit', 'Zone', 'Chefs de file', 'Appui'],
    // "Chevauch.": the full word does not fit the narrow column of the PDF (seen on the rendered page).
    areaColumns: ['Produit', 'Zones avec chef de file', 'Lacunes', 'Chevauch.', 'Fragiles'],
    duplicationColumns: ['Produit', 'Bénéficiaire', 'Bailleurs', 'Coordonné'],
    matrix: 'Matrice des produits et des entités',
    matrixCaption:
      'Produits (lignes) par entité (colonnes) : C chef de file, A appui, dans au moins une zone ; c, a : rôle global uniquement.',
    roles: 'Entités par rôle',
    roleColumns: ['Produit', 'Chefs de file', 'Appui'],
    mechanisms: 'Mécanismes de coordination',
    mechanismColumns: ['Mécanisme', 'Type', 'Produits', 'Membres'],
    lead: 'C',
    support: 'A',
    globalLead: 'c',
    globalSupport: 'a',
  },
  engagement: {
    title: 'Note d’information sur les engagements',
    period: 'Période',
    allTime: 'tous les engagements enregistrés',
    periodLine: (from, to) => `du ${from ? date(from) : 'premier engagement'} au ${to ? date(to) : 'dernier engagement'}`,
    summary: 'Synthèse',
    summaryLine: (engagements, participations) =>
      `${plural(engagements, 'engagement', 'engagements')} et ${plural(participations, 'participation', 'participations')} ` +
      '(un acteur présent à trois réunions compte trois fois).',
    concentration: (capitalShare, gini) =>
      `Part de la capitale : ${percent(capitalShare)}. Répartition entre les zones (Gini, 0 = égale) : ${decimal(gini)}.`,
    byArea: 'Par zone',
    areaColumns: ['Zone', 'Capitale', 'Engagements', 'Participations', 'Part'],
    bySide: 'Par camp : orientation des participants envers chaque partie',
    sideColumns: ['Partie', 'Participations', 'Part'],
    nonAligned: (count) => `Participations d’acteurs sans orientation nette : ${n(count)}.`,
    balanceIndex: (index) => `Équilibre entre les parties (1 = égal, 0 = tout vers une seule) : ${decimal(index)}.`,
    bySubtype: 'Par catégorie de société civile',
    subtypeColumns: ['Catégorie', 'Engagements', 'Participations'],
    womenYouth: 'Femmes et jeunes',
    women: (mechanism, participations) =>
      `Femmes : ${plural(mechanism, 'engagement', 'engagements')} par un mécanisme de femmes ; ` +
      `${plural(participations, 'participation', 'participations')} d’organisations de femmes.`,
    youth: (mechanism, participations) =>
      `Jeunes : ${plural(mechanism, 'engagement', 'engagements')} par un mécanisme de jeunes ; ` +
      `${plural(participations, 'participation', 'participations')} d’organisations de jeunes.`,
    neverEngaged: 'Société civile influente jamais associée',
    neverColumns: ['Organisation', 'Catégorie', 'Influence'],
    picture: 'Le réseau, acteurs associés mis en évidence',
    pictureCaption: 'Acteurs et liens ; les cercles pleins ont pris part à un engagement pendant la période.',
  },
  actor: {
    title: 'Note d’information sur un acteur',
    about: 'Présentation',
    aboutColumns: ['Champ', 'Valeur'],
    fields: {
      name: 'Nom',
      originalName: 'Nom dans l’écriture d’origine',
      acronym: 'Sigle',
      kind: 'Type',
      subtype: 'Catégorie',
      basedIn: 'Basé à',
      activeIn: 'Actif à',
      description: 'Description',
    },
    position: 'Positionnement',
    positionColumns: ['Influence (1-5)', 'Intérêt (1-5)', 'Position (-2 à 2)', 'Rôle « ne pas nuire »'],
    lean: (party, strength) => `Penche vers ${party} (${strength}).`,
    strengths: { strong: 'forte', moderate: 'modérée', weak: 'faible' },
    noLean: 'Aucune orientation vers une partie à trois liens ou moins.',
    ties: 'Liens',
    tieColumns: ['Lien', 'Avec', 'Force', 'Fiabilité'],
    tieCount: (count) => `${plural(count, 'lien', 'liens')}.`,
    check: 'Analyse « ne pas nuire »',
    decisions: {
      engage: 'S’engager.',
      engage_with_care: 'S’engager avec prudence.',
      do_not_engage_yet: 'Ne pas s’engager pour l’instant.',
    },
    directParties: 'Parties liées directement',
    twoStepParties: 'Parties à deux liens',
    dividers: 'Diviseurs sur ces chemins ou liés à l’acteur',
    reasons: 'Motifs',
    balance: (now, then) =>
      `Équilibre des engagements entre les parties : actuellement ${decimal(now)}, en cas d’engagement ${decimal(then)} (1 = égal).`,
    engagements: 'Engagements récents',
    engagementColumns: ['Date', 'Format', 'Zone', 'Participants'],
    picture: 'Son réseau',
    pictureCaption: 'L’acteur et les acteurs auxquels il est lié.',
  },
  change: {
    title: 'Note sur les évolutions',
    from: 'Du',
    to: 'Au',
    endLine: (round, at) => (round ? `${round} (${at})` : at),
    named: 'Les évolutions significatives',
    newConflictPartyTies: 'Nouveaux liens avec une partie au conflit',
    newConflictPartyTie: (actor, party, type) => `${actor} : nouveau lien avec ${party} (${type}).`,
    stanceShifts: 'Changements de position',
    stanceShift: (actor, before, after) => `${actor} : position ${before} → ${after}.`,
    doNoHarmShifts: 'Changements de rôle « ne pas nuire »',
    doNoHarmShift: (actor, before, after) => `${actor} : ${before} → ${after}.`,
    influenceMoves: 'Évolutions d’influence (rang selon le PageRank, 1 = le plus central)',
    influenceMove: (actor, before, after) => `${actor} : rang ${n(before)} → ${n(after)}.`,
    counts: 'Les évolutions en chiffres',
    countColumns: ['Données', 'Ajoutés', 'Supprimés', 'Modifiés'],
    actors: 'Acteurs',
    ties: 'Liens',
    added: (what) => `${what} ajoutés`,
    removed: (what) => `${what} supprimés`,
    changed: (what) => `${what} modifiés`,
    actorColumns: ['Acteur', 'Type'],
    tieColumns: ['Lien', 'Entre', 'Et'],
    changeColumns: ['Donnée', 'Champ', 'Avant', 'Après'],
    withheldValue: '(non communiqué sous ce profil)',
    empty: '–',
    further: 'Autres évolutions',
    coordination: 'Coordination et échanges',
    roles: 'Rôles de chef de file et d’appui',
    roleColumns: ['Changement', 'Entité', 'Rôle', 'Produit', 'Zone administrative'],
    engagements: 'Échanges',
    engagementColumns: ['Changement', 'Date', 'Zone administrative'],
    gaps: 'Lacunes de coordination',
    gapColumns: ['Changement', 'Produit', 'Zone administrative'],
    share: 'Répartition des échanges',
    shareByArea: 'Par zone administrative',
    shareBySide: 'Par partie (orientation des participants vers chaque partie)',
    shareColumns: (first) => [first, 'Avant', 'Après', 'Variation'],
    areaColumn: 'Zone administrative',
    sideColumn: 'Partie',
    marks: { added: 'Ajout', removed: 'Suppression', changed: 'Modification', opened: 'Apparue', closed: 'Comblée' },
    noChange: 'Aucun changement.',
    move: (before, after) => `${before} → ${after}`,
    wholeCountry: 'ensemble du pays',
    capital: (area) => `${area} (capitale)`,
    engagementCount: 'Échanges',
    nonAligned: 'Orientation nulle ou faible',
    balanceIndex: 'Indice d’équilibre (1 = égal)',
    points: (moved) =>
      `${signOf(moved)}${new Intl.NumberFormat('fr', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(moved))} points`,
    signed: (moved) => `${signOf(moved)}${n(Math.abs(moved))}`,
    pseudonym: (hash) => `Acteur ${hash}`,
    summary: (actors, ties) =>
      `Acteurs : ${n(actors[0])} ajoutés, ${n(actors[1])} supprimés, ${n(actors[2])} modifiés. ` +
      `Liens : ${n(ties[0])} ajoutés, ${n(ties[1])} supprimés, ${n(ties[2])} modifiés.`,
    fields: {
      stance: 'position',
      doNoHarmRole: 'rôle « ne pas nuire »',
      influence: 'influence',
      interest: 'intérêt',
      sensitivity: 'sensibilité',
      basedIn: 'basé à',
      activeIn: 'actif à',
      strength: 'force',
      confidence: 'fiabilité',
    },
  },
};
