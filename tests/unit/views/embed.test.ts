// The embed page's view, on the fixture register.
import { describe, expect, it } from 'vitest';
import { embedView } from '../../../src/lib/views/embed.ts';
import { defined } from '../../support/defined.ts';
import { fixtureRegister, siteUrl } from '../../support/fixture-register.ts';

const register = fixtureRegister();

describe('embedView', () => {
  it('names the party in full in the heading, by short name after, with the build date', () => {
    const view = defined(embedView(register, 'vdab', siteUrl));
    expect(view.heading).toBe('Protocollen van Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding (VDAB)');
    expect(view.name).toBe('VDAB');
    expect(view.date).toBe('22 november 2026');
    expect(view.page).toBe('https://register.example/partijen/vdab/');
  });

  it('lists what is in force first, with full addresses, status and period', () => {
    const view = defined(embedView(register, 'vdab', siteUrl));
    expect(view.items.map((i) => [i.url, i.status])).toEqual([
      ['https://register.example/protocollen/2024-vdab-integratie-inburgering-terugkoppeling/', 'Van kracht'],
      ['https://register.example/protocollen/2025-vlaio-tbt-vdab-gestroomlijnde-dienstverlening/', 'Beëindigd'],
    ]);
    expect(view.items[1]?.period).toBe('van 15 november 2025 tot en met 15 mei 2026');
  });

  it('is undefined for an unknown party', () => {
    expect(embedView(register, 'onbekend', siteUrl)).toBeUndefined();
  });
});
