/**
 * The closed lists of ids the register uses: every value a schema field may take (schemas.ts
 * builds its z.enum from these) and the statuses computed from the dates. No zod and no imports:
 * the browser's code, the settings and the routes read them too. Their Dutch words are in
 * labels.ts, typed from these tuples, so a new value without a word fails the type check.
 */

export const governmentLevels = ['flemish', 'federal', 'local', 'other'] as const;
export const partyKinds = ['department', 'agency', 'fund', 'association', 'foundation', 'municipal-agency', 'municipality', 'other'] as const;
export const partyRoles = ['sends', 'receives', 'both'] as const;
export const periodicities = ['one-off', 'permanent', 'periodic', 'on-event'] as const;
export const gdprBases = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
export const relationTypes = ['extends', 'replaces', 'amends', 'ends', 'accedes-to', 'based-on'] as const;
export const endLinkKinds = ['agreement', 'decree', 'authorisation', 'event', 'other'] as const;
export const channelTypes = ['service-integrator', 'drop-server', 'email', 'power-bi', 'shared-application', 'api', 'other'] as const;
/** The legal frameworks under which a protocol is concluded. */
export const legalFrameworks = ['flemish-egov-decree', 'federal-law-2018'] as const;
/** How the data of a flow travel (after the Dutch "Gegevens bij besluiten" register). */
export const flowKinds = ['push', 'pull', 'batch', 'event'] as const;
/** The special-category flag of a data category, in GDPR terms (a category without one has null). */
export const specialKinds = ['art-9', 'art-10'] as const;
/** The status of a protocol on a day (model/status.ts computes it). */
export const statuses = ['in-force', 'unconfirmed', 'ended', 'not-yet', 'one-off'] as const;

export type GovernmentLevel = (typeof governmentLevels)[number];
export type PartyKind = (typeof partyKinds)[number];
export type PartyRole = (typeof partyRoles)[number];
export type Periodicity = (typeof periodicities)[number];
export type GdprBasis = (typeof gdprBases)[number];
export type RelationType = (typeof relationTypes)[number];
export type EndLinkKind = (typeof endLinkKinds)[number];
export type ChannelType = (typeof channelTypes)[number];
export type LegalFrameworkId = (typeof legalFrameworks)[number];
export type FlowKind = (typeof flowKinds)[number];
export type SpecialKind = (typeof specialKinds)[number] | null;
export type Status = (typeof statuses)[number];
