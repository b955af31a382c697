// Every id of every closed list has its Dutch word, and no word is left for an id that is gone.
// (The type check says the same: each label map is a Record over its tuple.)
import { describe, expect, it } from 'vitest';
import * as enums from '../../src/lib/enums.ts';
import * as labels from '../../src/lib/labels.ts';

const pairs: [readonly string[], Record<string, unknown>][] = [
  [enums.periodicities, labels.periodicityLabels],
  [enums.governmentLevels, labels.governmentLevelLabels],
  [enums.partyRoles, labels.roleLabels],
  [enums.gdprBases, labels.gdprBasisLabels],
  [enums.channelTypes, labels.channelLabels],
  [enums.relationTypes, labels.relationLabels],
  [enums.relationTypes, labels.inverseRelationLabels],
  [enums.legalFrameworks, labels.legalFrameworkLabels],
  [enums.legalFrameworks, labels.checklistSources],
  [enums.flowKinds, labels.flowKindLabels],
  [enums.specialKinds, labels.specialKindLabels],
  [enums.statuses, labels.statusLabels],
  [enums.statuses, labels.statusExplanations],
];

describe('labels', () => {
  it('name every id of its list, and only those', () => {
    for (const [ids, words] of pairs) expect(Object.keys(words).sort()).toEqual([...ids].sort());
  });

  it('word a tied end one way', () => {
    expect(labels.tiedEndText('het convenant 2018–2022')).toBe('gekoppeld aan het convenant 2018–2022 — niet bevestigd');
  });
});
