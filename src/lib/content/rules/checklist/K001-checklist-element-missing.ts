import { checklistLabel, checklistOf } from '../../../content/checklist.ts';
import type { ProtocolContext } from '../protocol-context.ts';
import { defineRule } from '../rule.ts';
import { checklistSources } from '../../../labels.ts';

export default defineRule({
  code: 'K001',
  level: 'warning',
  title: 'Een verplicht onderdeel van het wettelijk kader ontbreekt',
  fix: 'Vul het veld in als het toch in de bron staat; anders een redactienoot met field: "checklist.<onderdeel>".',
  check: ({ protocol, body }: ProtocolContext) => {
    // Without its text (reported as an error already) the checklist would only add noise.
    if ((body ?? '').trim().length < 200) return [];
    const measured = checklistOf(protocol, body ?? '');
    return measured.missing.map((missing) => ({
      field: `checklist.${missing.id}`,
      message: `het protocol bevat geen ${checklistLabel(missing.id, measured.framework)} (${missing.note}), een verplicht onderdeel volgens ${checklistSources[measured.framework].short}`,
      fix: `controleer de bron: staat het er toch in, vul dan het veld in; ontbreekt het in de bron, voeg in editorNotes een redactienoot toe met field: "checklist.${missing.id}" die dat zegt`,
    }));
  },
});
