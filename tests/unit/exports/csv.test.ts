import { describe, expect, it } from 'vitest';
import { protocolsCsv } from '../../../src/lib/exports/csv.ts';
import { protocolRecord } from '../../../src/lib/exports/records.ts';
import { register, site } from './fixture.ts';
import { content, protocol, protocolData } from '../fixtures/content.ts';
import { buildRegister } from '../../../src/lib/model/register.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';

describe('CSV export', () => {
  it('starts with a byte-order mark, has Dutch headers and labels with codes beside them, and neutralises formulas', () => {
    const csv = protocolsCsv(register, site);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    // The v1 columns keep their positions; v2 adds its columns after them.
    expect(lines[0]).toBe(
      'id,titel,datum_document,status,status_code,in_werking,einde,periodiciteit,periodiciteit_code,van,van_id,van_kbo,naar,naar_id,naar_kbo,soorten_gegevens,soorten_gegevens_id,bijzondere_gegevens,url,licentie,' +
        'van_ovo,naar_ovo,van_nis,naar_nis,rechtskader_code,avg_grond_dpv,akten_eli,stroomsoort_code,authentieke_bronnen,soorten_gegevens_dpv,bijzondere_gegevens_avg,herzieningsdatum',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]!.startsWith('2024-a-b,')).toBe(true);
    expect(lines[2]).toContain('"Oud protocol, ""met"" aanhalingstekens"');
    expect(lines[2]).toContain(',Beëindigd,ended,');
    expect(lines[2]).toContain(",Doorlopend,permanent,A,a,0316.380.841,'=C,c,0887.010.362,");
    expect(lines[2]).toContain(',CC0-1.0,OVO000123,,,,flemish-egov-decree,https://w3id.org/dpv/legal/eu/gdpr#A6-1-e,');
  });

  it('shows an end tied to another document as unconfirmed, with what it is tied to', () => {
    const tied = buildRegister(
      validateContent(
        content([
          protocol(
            '2019-a-b',
            protocolData({ title: 'Gekoppeld', end: { tiedTo: { kind: 'agreement', label: 'het convenant 2018–2022', quote: 'eindigt op de einddatum van het Convenant' } } }),
          ),
        ]),
      ),
      '2026-11-22',
    );
    expect(protocolRecord(tied.protocols[0]!, tied, site)).toMatchObject({
      status: 'unconfirmed',
      statusLabel: 'Einde niet bevestigd',
      endDate: null,
      endTiedTo: { label: 'het convenant 2018–2022' },
    });
    expect(protocolsCsv(tied, site)).toContain(',Einde gekoppeld aan het convenant 2018–2022 — niet bevestigd,unconfirmed,');
  });
});
