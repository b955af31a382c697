import { describe, expect, it } from 'vitest';
import { atomFeed, feedEntryLimit, protocolEvents } from '../../../src/lib/exports/feeds.ts';
import { startOfDayInBrussels } from '../../../src/lib/format.ts';
import { history, register, site, valid } from './fixture.ts';
import { buildRegister } from '../../../src/lib/model/register.ts';

/** Every <id> and <updated> of the entries of an Atom feed. */
const entries = (feed: string) => [...feed.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>\s*<updated>([^<]+)<\/updated>/g)].map((m) => ({ id: m[1]!, updated: m[2]! }));
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

describe('feeds', () => {
  it('have an entry when a protocol is added, changed, enters into force and ends, timed to the second', () => {
    const [b, c] = [register.protocols.find((p) => p.id === '2024-a-b')!, register.protocols.find((p) => p.id === '2020-a-c')!];
    expect(protocolEvents(b, register.today).map((e) => `${e.kind} ${e.time}`)).toEqual([
      'in-force 2024-02-01T00:00:00+01:00',
      'added 2024-03-01T09:15:02+01:00',
      'changed 2024-06-10T16:40:59+02:00',
      'changed 2024-06-10T16:41:00+02:00',
    ]);
    expect(protocolEvents(b, register.today)[2]!.summary).toBe('Gewijzigd in het register: einddatum toegevoegd: 1 januari 2030; samenvatting gewijzigd.');
    // Without git history the document date stands in for the time it was added.
    expect(protocolEvents(c, register.today).map((e) => `${e.kind} ${e.time}`)).toEqual([
      'added 2020-01-01T00:00:00+01:00',
      'in-force 2020-01-01T00:00:00+01:00',
      'ended 2021-01-01T00:00:00+01:00',
    ]);
    // An end date that has not passed yet gives no entry.
    expect(protocolEvents(c, '2020-06-01').map((e) => e.kind)).toEqual(['added', 'in-force']);
  });

  it('date a day by its start in Brussels, in winter and in summer time, also on the days the clocks change', () => {
    expect(startOfDayInBrussels('2026-01-15')).toBe('2026-01-15T00:00:00+01:00');
    expect(startOfDayInBrussels('2026-07-15')).toBe('2026-07-15T00:00:00+02:00');
    expect(startOfDayInBrussels('2026-03-29')).toBe('2026-03-29T00:00:00+01:00');
    expect(startOfDayInBrussels('2026-03-30')).toBe('2026-03-30T00:00:00+02:00');
    expect(startOfDayInBrussels('2026-10-25')).toBe('2026-10-25T00:00:00+02:00');
    expect(startOfDayInBrussels('2026-10-26')).toBe('2026-10-26T00:00:00+01:00');
  });

  it('use the event time as updated and an id that does not change between builds', () => {
    const feed = atomFeed(register, site, { title: 'Protocollen van C & co', path: '/partijen/c.xml', protocols: [register.protocols.find((p) => p.id === '2020-a-c')!] });
    expect(feed).toContain('<title>Protocollen van C &amp; co</title>');
    expect(feed.match(/<entry>/g)).toHaveLength(3);
    expect(feed).toMatch(/<id>urn:protocollenregister:protocol:2020-a-c:ended:2021-01-01T00:00:00\+01:00<\/id>\n\s+<updated>2021-01-01T00:00:00\+01:00<\/updated>/);
    expect(feed).toContain('<updated>2021-01-01T00:00:00+01:00</updated>\n  <author>');
    expect(feed).toContain('<rights>Creative Commons Zero 1.0');
    const later = buildRegister(valid, '2027-01-01', history);
    expect(atomFeed(later, site, { title: 'x', path: '/feed.xml', protocols: later.protocols })).toContain(
      '<id>urn:protocollenregister:protocol:2020-a-c:ended:2021-01-01T00:00:00+01:00</id>',
    );
  });

  it('never repeat an id, and date every entry to the second with its offset, also with several changes on one day', () => {
    const feed = atomFeed(register, site, { title: 'Alles', path: '/feed.xml', protocols: [...register.protocols, ...register.protocols] });
    const all = entries(feed);
    expect(all).toHaveLength(7);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    for (const entry of all) {
      expect(entry.updated).toMatch(rfc3339);
      expect(entry.id.endsWith(`:${entry.updated}`), entry.id).toBe(true);
    }
    // Newest first, compared as instants (the offsets differ).
    const instants = all.map((e) => Date.parse(e.updated));
    expect([...instants].sort((a, b) => b - a)).toEqual(instants);
    expect(all[0]!.updated).toBe('2024-06-10T16:41:00+02:00');
    expect(feed).toContain('<updated>2024-06-10T16:41:00+02:00</updated>\n  <author>');
  });

  it('hold only the newest events, newest first, when there are more than the limit', () => {
    const everything = entries(atomFeed(register, site, { title: 'Alles', path: '/feed.xml', protocols: register.protocols }));
    const newest = entries(atomFeed(register, site, { title: 'Alles', path: '/feed.xml', protocols: register.protocols, limit: 3 }));
    expect(newest.map((e) => e.updated)).toEqual(['2024-06-10T16:41:00+02:00', '2024-06-10T16:40:59+02:00', '2024-03-01T09:15:02+01:00']);
    expect(newest).toEqual(everything.slice(0, 3));
    expect(feedEntryLimit).toBe(100);
  });
});
