/**
 * The "Op deze pagina" menu of a protocol page: its sections in page order, so a reader on a
 * phone (where the page runs to tens of thousands of pixels) can jump to the summary, the data,
 * the dates or the full text. Pure: the page passes what it shows.
 */
export interface PageSection {
  href: string;
  text: string;
}

export function protocolPageSections(shown: { relations: boolean; editorNotes: boolean }): PageSection[] {
  return [
    { href: '#in-het-kort', text: 'In het kort' },
    { href: '#partijen', text: 'Partijen' },
    { href: '#gegevens', text: 'De gegevens in detail' },
    { href: '#rechtsgrond', text: 'Rechtsgrond en doelen' },
    { href: '#ontvangers', text: 'Wie krijgt toegang?' },
    { href: '#beveiliging', text: 'Hoe en hoe veilig?' },
    { href: '#looptijd', text: 'Looptijd' },
    { href: '#onderdelen', text: 'Verplichte onderdelen' },
    ...(shown.relations ? [{ href: '#verbanden', text: 'Verband met andere afspraken' }] : []),
    { href: '#geschiedenis', text: 'Wijzigingen in het register' },
    ...(shown.editorNotes ? [{ href: '#redactie', text: 'Opmerkingen van de redactie' }] : []),
    { href: '#volledige-tekst', text: 'Volledige tekst' },
  ];
}
