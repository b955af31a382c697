/**
 * Atom feeds that follow what happens to protocols: added to the register, its record changed,
 * entered into force, ended. Date-driven events are computed for the build date, so a daily
 * rebuild publishes them on the day they happen. Each entry has an id that never changes and is
 * unique per event: the record, the kind of event and its time to the second (RFC 3339 with
 * offset; a change is timed by its commit, a date by the start of that day in Brussels).
 * A feed holds the newest `feedEntryLimit` events: a reader polls it for what is new (the whole
 * register is in the JSON and CSV exports), and at 20,000 protocols a feed of every event would be
 * tens of megabytes fetched again on every poll.
 */
import type { ProtocolView, Register } from '../model/register.ts';
import { escapeHtml as xml } from '../text.ts';
import { formatDate, startOfDayInBrussels } from '../format.ts';
import { licence } from './records.ts';
import { routes } from '../site/routes.ts';

export type FeedEventKind = 'added' | 'changed' | 'in-force' | 'ended';

export interface FeedEvent {
  kind: FeedEventKind;
  /** To the second, RFC 3339 with offset: 2026-11-22T14:03:12+01:00. */
  time: string;
  protocol: ProtocolView;
  title: string;
  summary: string;
}

const kindLabels: Record<FeedEventKind, string> = {
  added: 'Nieuw in het register',
  changed: 'Gegevens bijgewerkt',
  'in-force': 'Van kracht',
  ended: 'Beëindigd',
};

const instant = (event: FeedEvent) => Date.parse(event.time);

/** Every event of a protocol up to the register's date, oldest first; one per kind and second. */
export function protocolEvents(protocol: ProtocolView, today: string): FeedEvent[] {
  const { data, history } = protocol;
  const event = (kind: FeedEventKind, time: string, summary: string): FeedEvent => ({ kind, time, protocol, title: `${kindLabels[kind]}: ${data.title}`, summary });
  const events: FeedEvent[] = [];
  // Without git history the record's own time is unknown; the document date stands in for it.
  events.push(event('added', history?.changes[0]?.time ?? startOfDayInBrussels(data.documentDate), data.summary));
  for (const change of history?.changes.slice(1) ?? []) {
    const summary = `Gewijzigd in het register: ${change.descriptions.join('; ')}.`;
    // Commits in the same second (a rebased series) are one change to a reader: one entry.
    const same = events.find((e) => e.kind === 'changed' && e.time === change.time);
    if (same) same.summary = `${same.summary.slice(0, -1)}; ${change.descriptions.join('; ')}.`;
    else events.push(event('changed', change.time, summary));
  }
  if (data.entryIntoForce.date <= today)
    events.push(event('in-force', startOfDayInBrussels(data.entryIntoForce.date), `Het protocol is van kracht sinds ${formatDate(data.entryIntoForce.date)}.`));
  if (data.end.date && data.end.date < today)
    events.push(event('ended', startOfDayInBrussels(data.end.date), `Het protocol liep tot en met ${formatDate(data.end.date)} en is nu beëindigd.`));
  return events.sort((a, b) => instant(a) - instant(b));
}

/** A stable entry id, unique per event: the same event keeps the same id in every build. */
export function eventId(event: FeedEvent): string {
  return `urn:protocollenregister:protocol:${event.protocol.id}:${event.kind}:${event.time}`;
}

export interface FeedOptions {
  title: string;
  /** Path of the feed itself, e.g. /feed.xml. */
  path: string;
  protocols: ProtocolView[];
  /** At most this many entries, the newest (default feedEntryLimit). */
  limit?: number;
}

/** The number of entries in a feed: the newest events. */
export const feedEntryLimit = 100;

export function atomFeed(register: Register, siteUrl: string, options: FeedOptions): string {
  const events = [...new Map(options.protocols.map((p) => [p.id, p])).values()]
    .flatMap((p) => protocolEvents(p, register.today))
    .sort((a, b) => instant(b) - instant(a) || a.protocol.id.localeCompare(b.protocol.id) || a.kind.localeCompare(b.kind))
    .slice(0, options.limit ?? feedEntryLimit);
  const self = new URL(options.path, siteUrl).href;
  const updated = events[0]?.time ?? startOfDayInBrussels(register.today);
  const entries = events.map((event) => {
    const url = new URL(routes.protocol(event.protocol.id), siteUrl).href;
    return `  <entry>
    <title>${xml(event.title)}</title>
    <link href="${xml(url)}"/>
    <id>${xml(eventId(event))}</id>
    <updated>${event.time}</updated>
    <category term="${event.kind}" label="${xml(kindLabels[event.kind])}"/>
    <summary>${xml(event.summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl-BE">
  <title>${xml(options.title)}</title>
  <link rel="self" href="${xml(self)}"/>
  <link href="${xml(siteUrl)}"/>
  <id>${xml(self)}</id>
  <updated>${updated}</updated>
  <author><name>Protocollenregister</name></author>
  <rights>${xml(`${licence.name}: ${licence.url}`)}</rights>
${entries.join('\n')}
</feed>
`;
}
