import { describe, expect, it } from 'vitest';
import { jsonSchemas, partyExport, protocolRecord, protocolsExport } from '../../../src/lib/exports/records.ts';
import { schemaValidator } from '../../support/json-schema.ts';
import { register, site } from './fixture.ts';

describe('JSON exports', () => {
  it('carry a stable id, the canonical URL, and per party the slug, name, KBO, establishment units and OVO code', () => {
    const record = protocolRecord(register.protocols[0]!, register, site);
    expect(record).toMatchObject({
      id: '2024-a-b',
      url: 'https://register.example.be/protocollen/2024-a-b/',
      status: 'in-force',
      statusLabel: 'Van kracht',
      statusComputedOn: '2026-11-22',
      flows: [{ from: 'a', to: 'b', dataCategories: ['diploma'] }],
    });
    expect(record.parties[0]).toEqual({
      id: 'a',
      url: 'https://register.example.be/partijen/a/',
      name: 'Agentschap A',
      shortName: 'A',
      kbo: '0316.380.841',
      establishmentUnits: ['2.199.310.197'],
      ovoCode: 'OVO000123',
      ovoUri: 'https://data.vlaanderen.be/id/organisatie/OVO000123',
      nisCode: null,
      role: 'sends',
      roleLabel: 'deelt gegevens mee',
    });
  });

  it('name their licence and schema, and validate against the published JSON Schema', () => {
    const ajv = schemaValidator();
    const schemas = jsonSchemas(site);
    const all = protocolsExport(register, site);
    expect(all.licence.id).toBe('CC0-1.0');
    expect(all.$schema).toBe('https://register.example.be/schema/v2/protocollen.schema.json');
    expect(ajv.validate(schemas.protocols, all), JSON.stringify(ajv.errors)).toBe(true);
    const one = partyExport(register, 'a', site);
    expect(ajv.validate(schemas.party, one), JSON.stringify(ajv.errors)).toBe(true);
    expect(one.party.feed).toBe('https://register.example.be/partijen/a.xml');
    // The schema can fail: a record without its id does not pass.
    const broken = structuredClone(all) as { protocols: Record<string, unknown>[] };
    delete broken.protocols[0]!.id;
    expect(ajv.validate(schemas.protocols, broken)).toBe(false);
  });
});
