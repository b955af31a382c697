import { describe, expect, it } from 'vitest';
import { atomFeed, protocolsCsv, protocolRecord } from '../../src/lib/exports.ts';
import { buildRegister } from '../../src/lib/register.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { content, protocol, protocolData } from './fixtures/content.ts';

const valid = validateContent(content([
  protocol('2024-a-b'),
  protocol('2020-a-c', protocolData({ title: 'Oud protocol, "met" aanhalingstekens', documentDate: '2020-01-01', entryIntoForce: { date: '2020-01-01' }, end: { date: '2021-01-01' }, parties: [{ party: 'a', role: 'sends' }, { party: 'c', role: 'receives' }], flows: [{ from: ['a'], to: ['c'], dataItems: [{ label: 'G', description: 'd', dataCategories: ['insz'] }] }] })),
]));
const register = buildRegister(valid, '2026-11-22');
const site = 'https://register.example/';

describe('exports', () => {
  it('JSON record carries flows, status and the date the status was computed for', () => {
    const record = protocolRecord(register.protocols[0], register, site);
    expect(record).toMatchObject({ id: '2024-a-b', url: 'https://register.example/protocollen/2024-a-b/', status: 'in-force', statusComputedOn: '2026-11-22', flows: [{ from: 'a', to: 'b', dataCategories: ['diploma'] }] });
  });
  it('CSV has a header, one line per protocol (newest first) and quotes cells with quotes', () => {
    const lines = protocolsCsv(register, site).trim().split('\r\n');
    expect(lines[0]).toBe('id,titel,datum,status,status_code,van,naar,gegevens,in_werking,einde,periodiciteit,url');
    expect(lines).toHaveLength(3);
    expect(lines[1].startsWith('2024-a-b,')).toBe(true);
    expect(lines[2]).toContain('"Oud protocol, ""met"" aanhalingstekens"');
    expect(lines[2]).toContain(',Beëindigd,ended,');
  });
  it('Atom feed lists a party\'s protocols only, with escaped text', () => {
    const feed = atomFeed(register, site, { partyId: 'c', title: 'Protocollen van C & co', path: '/partijen/c.xml' });
    expect(feed).toContain('<title>Protocollen van C &amp; co</title>');
    expect(feed.match(/<entry>/g)).toHaveLength(1);
    expect(feed).toContain('https://register.example/protocollen/2020-a-c/');
  });
  it('shows an end tied to another document as unconfirmed, with what it is tied to', () => {
    const tied = buildRegister(validateContent(content([protocol('2019-a-b', protocolData({ title: 'Gekoppeld', end: { tiedTo: { kind: 'agreement', label: 'het convenant 2018–2022', quote: 'eindigt op de einddatum van het Convenant' } } }))])), '2026-11-22');
    const record = protocolRecord(tied.protocols[0]!, tied, site);
    expect(record).toMatchObject({ status: 'unconfirmed', statusLabel: 'Einde niet bevestigd', endDate: null, endTiedTo: { label: 'het convenant 2018–2022' } });
    expect(protocolsCsv(tied, site)).toContain(',Einde gekoppeld aan het convenant 2018–2022 — niet bevestigd,unconfirmed,');
  });
});
