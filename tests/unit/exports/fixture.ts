// The register the export tests share: two protocols (one ended, with quotes in its title), three
// parties (one with an establishment unit and an OVO code, one with a spreadsheet formula as its
// short name) and a git history with changes in the same second.
import { buildRegister } from '../../../src/lib/model/register.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { content, party, protocol, protocolData } from '../fixtures/content.ts';

export const valid = validateContent(
  content(
    [
      protocol('2024-a-b'),
      protocol(
        '2020-a-c',
        protocolData({
          title: 'Oud protocol, "met" aanhalingstekens',
          documentDate: '2020-01-01',
          entryIntoForce: { date: '2020-01-01' },
          end: { date: '2021-01-01' },
          parties: [
            { party: 'a', role: 'sends', dpoAdviceDate: '2019-12-01' },
            { party: 'c', role: 'receives', dpoAdviceDate: '2019-12-01' },
          ],
          flows: [{ from: ['a'], to: ['c'], dataItems: [{ label: 'G', description: 'd', dataCategories: ['insz'] }] }],
        }),
      ),
    ],
    { parties: [party('a', { establishmentUnits: ['2.199.310.197'], ovoCode: 'OVO000123' }), party('b'), party('c', { kbo: '0887.010.362', shortName: '=C' })] },
  ),
);
export const history = {
  available: true as const,
  byProtocol: {
    '2024-a-b': {
      added: '2024-03-01',
      lastChanged: '2024-06-10',
      changes: [
        { date: '2024-03-01', time: '2024-03-01T09:15:02+01:00', commit: 'a1', descriptions: ['opgenomen in het register'] },
        { date: '2024-06-10', time: '2024-06-10T16:40:59+02:00', commit: 'b2', descriptions: ['einddatum toegevoegd: 1 januari 2030'] },
        // A rebased series: two commits in the same second are one change.
        { date: '2024-06-10', time: '2024-06-10T16:40:59+02:00', commit: 'c3', descriptions: ['samenvatting gewijzigd'] },
        // The same day, a second later: its own entry.
        { date: '2024-06-10', time: '2024-06-10T16:41:00+02:00', commit: 'd4', descriptions: ['titel gewijzigd'] },
      ],
    },
  },
  files: {
    'protocols/2024-a-b.mdx': { first: '2024-03-01T09:15:02+01:00', last: '2024-06-10T16:41:00+02:00' },
    'protocols/2020-a-c.mdx': { first: '2024-01-05T10:00:00+01:00', last: '2024-01-05T10:00:00+01:00' },
    'parties/a.yaml': { first: '2024-01-05T10:00:00+01:00', last: '2024-08-01T12:00:00+02:00' },
    'data-categories/insz.yaml': { first: '2023-12-01T10:00:00+01:00', last: '2023-12-01T10:00:00+01:00' },
  },
};
export const register = buildRegister(valid, '2026-11-22', history);
export const site = 'https://register.example.be/';
