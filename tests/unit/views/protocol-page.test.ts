// The protocol page's view beyond protocolPage (tests/unit/protocol-page.test.ts): the parties by
// name, the flow diagram, the status explanation, search and linked data, on the fixture register.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { protocolPageView } from '../../../src/lib/views/protocol-page.ts';
import { defined } from '../../support/defined.ts';
import { fixtureRegister, siteUrl } from '../../support/fixture-register.ts';

const register = fixtureRegister();
const protocol = defined(register.protocolsById.get('2024-vdab-integratie-inburgering-terugkoppeling'));

describe('protocolPageView', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('names senders and receivers once, and each flow’s ends', async () => {
    vi.stubEnv('REGISTER_GRAPH', 'off');
    const view = await protocolPageView(register, protocol, siteUrl);
    expect(view.senders.map((p) => [p.href, p.name, p.fullName])).toEqual([['/partijen/vdab/', 'VDAB', 'Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding']]);
    expect(view.receivers.map((p) => p.name)).toEqual(['AgII', 'Atlas', 'Amal']);
    expect(view.flows[0]?.from.map((p) => p.name)).toEqual(['VDAB']);
    expect(view.about).toBe('Inburgeraars met een actief inburgeringstraject die als werkzoekende bij de VDAB zijn ingeschreven');
  });

  it('carries the build date, the status explanation, the search data and the linked data', async () => {
    vi.stubEnv('REGISTER_GRAPH', 'off');
    const view = await protocolPageView(register, protocol, siteUrl);
    expect(view.today).toBe('2026-11-22');
    expect(view.historyUnavailable).toBe('geen geschiedenis gelezen');
    expect(view.statusExplanation).toBe('De gegevens mogen volgens dit protocol vandaag worden doorgegeven.');
    expect(view.search.filters.van).toEqual(['VDAB']);
    expect(JSON.stringify(view.jsonLd)).toContain('https://register.example/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/');
    expect(view.diagram).toBeUndefined();
  });

  it('draws the flows of the protocol, with the same flows in words', async () => {
    vi.stubEnv('GRAPH_LAYOUT_CACHE', mkdtempSync(join(tmpdir(), 'views-layout-')));
    const view = await protocolPageView(register, protocol, siteUrl);
    const diagram = defined(view.diagram);
    expect(diagram.id).toBe('stroom-2024-vdab-integratie-inburgering-terugkoppeling');
    expect(diagram.sentences).toEqual(['VDAB geeft gegevens door aan AgII', 'VDAB geeft gegevens door aan Amal', 'VDAB geeft gegevens door aan Atlas']);
    expect(diagram.description).toBe('VDAB geeft gegevens door aan AgII. VDAB geeft gegevens door aan Amal. VDAB geeft gegevens door aan Atlas.');
    expect(diagram.drawing.nodes.map((n) => n.id).sort()).toEqual(['agentschap-integratie-en-inburgering', 'amal-gent', 'atlas-antwerpen', 'vdab']);
  });
});
