/**
 * The flow model: a protocol's flows name one or more senders and one or more receivers.
 * Expanded, every flow becomes directed pairs sender → receiver; a mutual flow (everyone
 * sends to everyone, seed 002) skips the pairs of a party with itself.
 */
import type { Flow, Protocol } from '../content/schemas.ts';

export interface DirectedFlow {
  from: string;
  to: string;
  dataCategories: string[];
  /** Index of the flow in the protocol, for linking back. */
  flowIndex: number;
}

export function expandFlow(flow: Flow, flowIndex = 0): DirectedFlow[] {
  const categories = [...new Set(flow.dataItems.flatMap((item) => item.dataCategories))];
  const pairs: DirectedFlow[] = [];
  for (const from of flow.from) {
    for (const to of flow.to) {
      if (from === to) continue;
      pairs.push({ from, to, dataCategories: categories, flowIndex });
    }
  }
  return pairs;
}

export function expandFlows(protocol: Pick<Protocol, 'flows'>): DirectedFlow[] {
  return protocol.flows.flatMap((flow, index) => expandFlow(flow, index));
}

/** Parties that send in at least one flow of the protocol. */
export function sendersOf(protocol: Pick<Protocol, 'flows'>): string[] {
  return [...new Set(expandFlows(protocol).map((f) => f.from))];
}

/** Parties that receive in at least one flow of the protocol. */
export function receiversOf(protocol: Pick<Protocol, 'flows'>): string[] {
  return [...new Set(expandFlows(protocol).map((f) => f.to))];
}

/** All data categories carried by a protocol, in first-seen order. */
export function dataCategoriesOf(protocol: Pick<Protocol, 'flows'>): string[] {
  return [...new Set(protocol.flows.flatMap((flow) => flow.dataItems.flatMap((item) => item.dataCategories)))];
}

/** True when every pair of parties in the flow exchanges in both directions. */
export function isMutual(protocol: Pick<Protocol, 'flows'>): boolean {
  const pairs = new Set(expandFlows(protocol).map((f) => `${f.from}>${f.to}`));
  return (
    pairs.size > 0 &&
    [...pairs].every((key) => {
      const [from, to] = key.split('>');
      return pairs.has(`${to}>${from}`);
    })
  );
}
