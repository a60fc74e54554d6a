/**
 * The only path from a request's vocabulary to a Neo4j label or relationship type. Queries take
 * these as parameters to Cypher's dynamic `$()` labels/types; no query text is built from input.
 */
import { ACTOR_KINDS, OUTPUT_ROLES, TIE_TYPES, type ActorKind, type TieType } from '../contracts/index.js';

const KIND_LABELS: Record<ActorKind, string> = {
  civil_society: 'CivilSocietyOrganization',
  mission_component: 'MissionComponent',
  un_entity: 'UnEntity',
  government: 'GovernmentInstitution',
  conflict_party: 'ConflictParty',
  donor: 'Donor',
  international_org: 'InternationalOrganization',
};

/** Neo4j label of an actor kind (besides `:Actor`). */
export function labelForKind(kind: ActorKind): string {
  if (!ACTOR_KINDS.includes(kind)) throw new Error(`Actor kind not in allowlist: ${String(kind)}`);
  return KIND_LABELS[kind];
}

/** Every kind label, for removing the old one when an actor changes kind. */
export const ALL_KIND_LABELS: readonly string[] = Object.values(KIND_LABELS);

/** Neo4j relationship type of a tie type: `in_conflict_with` -> `IN_CONFLICT_WITH`. */
export function relationshipTypeForTie(type: TieType): string {
  if (!TIE_TYPES.includes(type)) throw new Error(`Tie type not in allowlist: ${String(type)}`);
  return type.toUpperCase();
}

/** Every tie relationship type, for queries over all ties. */
export const ALL_TIE_RELATIONSHIP_TYPES: readonly string[] = TIE_TYPES.map((type) => type.toUpperCase());

/** The tie type of a relationship type read back from Neo4j. */
export function tieTypeForRelationship(relationshipType: string): TieType {
  const type = relationshipType.toLowerCase() as TieType;
  if (!TIE_TYPES.includes(type)) throw new Error(`Relationship type is not a tie: ${relationshipType}`);
  return type;
}

const ROLE_RELATIONSHIP_TYPES: Record<(typeof OUTPUT_ROLES)[number], string> = { lead: 'LEADS', support: 'SUPPORTS' };

/** Neo4j relationship type of a lead or support role on an output. */
export function relationshipTypeForRole(role: (typeof OUTPUT_ROLES)[number]): string {
  if (!OUTPUT_ROLES.includes(role)) throw new Error(`Output role not in allowlist: ${String(role)}`);
  return ROLE_RELATIONSHIP_TYPES[role];
}
