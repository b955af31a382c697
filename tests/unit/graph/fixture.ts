// Small hand-written registers the graph tests share: parties a–d in two policy domains and
// protocols in which the given parties send to each other.
import { expect } from 'vitest';
import type { Graph } from '../../../src/lib/graph/model.ts';
import { buildRegister } from '../../../src/lib/model/register.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { content, party, protocol, protocolData } from '../fixtures/content.ts';

export const item = (...dataCategories: string[]) => ({ label: 'G', description: 'd', dataCategories });
export const roles = (senders: string[], receivers: string[], mutual = false) =>
  [...new Set([...senders, ...receivers])].map((id) => ({ party: id, role: mutual ? 'both' : senders.includes(id) ? 'sends' : 'receives' }));
/** A protocol in which `from` send to `to` (all pairs), carrying `categories`. */
export const p = (id: string, from: string[], to: string[], extra: Record<string, unknown> = {}, categories = ['diploma']) =>
  protocol(
    id,
    protocolData({
      title: `Protocol ${id}`,
      parties: roles(from, to, Boolean(extra.mutual)),
      purposes: [{ party: to[0], text: 'Doel' }],
      recipients: { internal: [] },
      flows: [{ from, to, mutual: Boolean(extra.mutual), dataItems: [item(...categories)] }],
      ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'mutual')),
    }),
  );

/** Parties a, b, c, d: a and c in domain "Werk", b and d in "Zorg" (unless given). */
export function registerOf(protocols: ReturnType<typeof protocol>[], parties: string[] | ReturnType<typeof party>[] = ['a', 'b', 'c', 'd']) {
  const entries = parties.map((x, i) => (typeof x === 'string' ? party(x, { policyDomain: i % 2 ? 'Zorg' : 'Werk' }) : x));
  const raw = content(protocols, { parties: entries });
  const result = validateContent(raw);
  expect(result.issues.filter((i) => i.level === 'error')).toEqual([]);
  return buildRegister(result, '2026-11-22');
}
export const edges = (g: Graph) => g.edges.map((e) => `${e.from}${e.mutual ? '<>' : '>'}${e.to}:${e.weight}`).sort();
