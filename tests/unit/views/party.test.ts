// The party page's view, on the fixture register: names, counts, contact, flows, links, drawing.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { partyListView, partyView } from '../../../src/lib/views/party.ts';
import { defined } from '../../support/defined.ts';
import { fixtureRegister, siteUrl } from '../../support/fixture-register.ts';

const register = fixtureRegister();

describe('partyView', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('names the party once: short name, full name and page title', async () => {
    vi.stubEnv('REGISTER_GRAPH', 'off');
    const view = defined(await partyView(register, 'vdab', siteUrl));
    expect(view.name).toBe('VDAB');
    expect(view.fullName).toBe('Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding (VDAB)');
    expect(view.title).toBe('VDAB: Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding');
    expect(view.feedTitle).toBe('Protocollen van VDAB');
  });

  it('counts what it sends and receives with the plural helper', async () => {
    vi.stubEnv('REGISTER_GRAPH', 'off');
    expect(defined(await partyView(register, 'vdab', siteUrl))).toMatchObject({ sendsCount: '1 protocol', receivesCount: '1 protocol' });
    expect(defined(await partyView(register, 'vlaio', siteUrl))).toMatchObject({ sendsCount: '3 protocollen', receivesCount: '1 protocol' });
  });

  it('gives the contact as link pieces: the DPO’s address', async () => {
    vi.stubEnv('REGISTER_GRAPH', 'off');
    const view = defined(await partyView(register, 'vdab', siteUrl));
    expect(view.contact).toEqual({ kind: 'dpo', email: 'privacy@vdab.be', href: 'mailto:privacy@vdab.be', phone: undefined, note: undefined });
  });

  it('splits its flows into running and ended, each row with its counterparts by name', async () => {
    vi.stubEnv('REGISTER_GRAPH', 'off');
    const view = defined(await partyView(register, 'vdab', siteUrl));
    expect(view.sends.id).toBe('deelt-mee');
    expect(view.sends.heading).toBe('Wat deelt VDAB mee, en aan wie?');
    expect(view.sends.counterpartLabel).toBe('Aan');
    const [running, ended] = view.sends.groups;
    expect(running?.tableId).toBe('deelt-mee-lopend');
    expect(running?.rows.map((r) => r.summary.href)).toEqual(['/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/']);
    expect(running?.rows[0]?.counterparts?.map((p) => p.label)).toEqual([
      'AgII (Agentschap Integratie en Inburgering)',
      'Atlas (Atlas, Integratie en Inburgering Antwerpen)',
      'Amal (Integratie en Inburgering Gent)',
    ]);
    expect(ended?.rows).toEqual([]);
    expect(view.receives.counterpartLabel).toBe('Van');
    expect(view.receives.groups[1]?.rows.map((r) => r.summary.protocol.id)).toEqual(['2025-vlaio-tbt-vdab-gestroomlijnde-dienstverlening']);
    expect(view.receives.groups[1]?.rows[0]?.counterparts?.map((p) => p.name)).toEqual(['VLAIO', 'TBT']);
  });

  it('builds every link from the routes and the site address', async () => {
    vi.stubEnv('REGISTER_GRAPH', 'off');
    const view = defined(await partyView(register, 'vdab', siteUrl));
    expect(view.links).toEqual({
      protocols: '/protocollen/partij/vdab/',
      feed: '/partijen/vdab.xml',
      json: '/partijen/vdab.json',
      embed: '/embed/partijen/vdab/',
      permalink: 'https://register.example/partijen/vdab/',
    });
    expect(view.embed.snippet).toContain('https://register.example/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/');
    expect(view.embed.height).toBeGreaterThan(0);
    expect(view.search.line).toBe('VDAB · deelt mee in 1 protocol, ontvangt in 1 protocol');
  });

  it('describes its small graph in words and draws it, unless REGISTER_GRAPH=off', async () => {
    vi.stubEnv('REGISTER_GRAPH', 'off');
    const off = defined(await partyView(register, 'vdab', siteUrl));
    expect(off.graph?.heading).toBe('Met wie deelt VDAB gegevens?');
    expect(off.graph?.sentences).toContain('VDAB geeft gegevens door aan AgII: 1 protocol');
    expect(off.graph?.sentences).toContain('VLAIO geeft gegevens door aan VDAB: 1 protocol (niet van kracht)');
    expect(off.graph?.drawing).toBeUndefined();
    vi.stubEnv('REGISTER_GRAPH', '');
    vi.stubEnv('GRAPH_LAYOUT_CACHE', mkdtempSync(join(tmpdir(), 'views-layout-')));
    const on = defined(await partyView(register, 'vdab', siteUrl));
    expect(on.graph?.drawing?.nodes.map((n) => n.id).sort()).toEqual([
      'agentschap-integratie-en-inburgering',
      'amal-gent',
      'atlas-antwerpen',
      'team-bedrijfstrajecten',
      'vdab',
      'vlaio',
    ]);
  });

  it('is undefined for a party the register does not know', async () => {
    expect(await partyView(register, 'onbekend', siteUrl)).toBeUndefined();
  });
});

describe('partyListView', () => {
  it('lists every party by name with its counts in words', () => {
    const list = partyListView(register);
    expect(list).toHaveLength(10);
    expect(list[0]).toMatchObject({ id: 'vlaio', href: '/partijen/vlaio/', counts: 'Deelt mee in 3 protocollen, ontvangt in 1 protocol.' });
    expect(list.find((p) => p.id === 'ahovoks')?.counts).toBe('Deelt mee in 1 protocol, ontvangt in 0 protocollen.');
  });
});
