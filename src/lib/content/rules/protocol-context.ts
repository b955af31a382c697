/**
 * What a rule on one (schema-valid) protocol sees: the protocol, its text, and what exists in the
 * rest of the register. Built once per protocol by `checkProtocol` (validate.ts).
 */
import type { Protocol } from '../schemas.ts';

export interface ProtocolContext {
  protocol: Protocol;
  body?: string;
  /** File line on which the body starts (for problems found in the text). */
  bodyLine?: number;
  /** Party slug → its role in this protocol, in the order of `parties` (the last role of a doubled party). */
  roles: ReadonlyMap<string, string>;
  /** Parties that exist, with what the checks compare. */
  parties: ReadonlyMap<string, { kbo?: string; shortName: string }>;
  /** Parties whose file exists but has errors of its own: reported there, not in every protocol. */
  brokenParties: ReadonlySet<string>;
  dataCategories: ReadonlyMap<string, { specialCategory: boolean }>;
  dataSubjectGroups: readonly string[];
  protocols: ReadonlySet<string>;
  /** Former slug → current slug. */
  movedParties: ReadonlyMap<string, string>;
  movedProtocols: ReadonlyMap<string, string>;
}

/** The roles of a protocol's parties, by slug. */
export const rolesOf = (protocol: Protocol): Map<string, string> => new Map(protocol.parties.map((p) => [p.party, p.role]));

/** The slugs a reference may name, for a fix ("kies een van: a, b"). */
export const slugList = (keys: Iterable<string>) => [...keys].join(', ');
