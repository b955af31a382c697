import { defineRule } from '../rule.ts';

export default defineRule({
  code: 'T001',
  level: 'error',
  title: 'Een ongeldig teken (een losse surrogaathelft)',
  fix: 'Typ de tekst opnieuw of kopieer ze uit de bron; schrijf geen \\u-reeksen.',
});
