import { findPersonalContactData } from '../../redaction.ts';
import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'C001',
  level: 'warning',
  title: 'De tekst bevat een persoonlijk gsm-nummer of e-mailadres',
  fix: 'Vervang het door een markering, verklaar die in "redactions" en leg het uit in editorNotes.',
  // A mobile number or a personal e-mail address of an individual person still in the text.
  check: ({ body, bodyLine }: ProtocolContext) =>
    findPersonalContactData(body ?? '').map((found) => {
      const what = found.kind === 'mobile' ? 'een mobiel telefoonnummer' : 'een persoonlijk e-mailadres';
      const marker = found.kind === 'mobile' ? '[persoonlijk telefoonnummer weggelaten]' : '[persoonlijk e-mailadres weggelaten]';
      return {
        field: '(tekst)',
        line: bodyLine !== undefined ? found.line + bodyLine - 1 : undefined,
        column: bodyLine !== undefined ? found.column : undefined,
        message: `de tekst bevat ${what} van een persoon (${found.value}${bodyLine === undefined ? `, regel ${found.line} van de tekst` : ''}) dat niet als weggelaten is aangegeven`,
        fix: `vervang het in de tekst door "${marker}", voeg in "redactions" een regel toe met marker, what en reason, en leg het uit in editorNotes; een functioneel adres (dpo@…, privacy@…) mag blijven`,
      };
    }),
});
