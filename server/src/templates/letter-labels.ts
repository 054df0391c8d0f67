/** The few words a letter prints around its template, in the letter's language (Spanish by default). */
export interface LetterLabels {
  draftWatermark: string;
  template: string;
  decision: string;
  versionWord: string;
  page: (page: number, total: number) => string;
}

const spanish: LetterLabels = {
  draftWatermark: 'PROYECTO',
  template: 'Modelo',
  decision: 'Resolución',
  versionWord: 'versión',
  page: (page, total) => `Página ${page} de ${total}`,
};

const english: LetterLabels = {
  draftWatermark: 'DRAFT',
  template: 'Template',
  decision: 'Decision',
  versionWord: 'version',
  page: (page, total) => `Page ${page} of ${total}`,
};

/** Labels for an ISO 639-3 language: English for `eng`, Spanish otherwise. */
export function letterLabels(language: string): LetterLabels {
  return language === 'eng' ? english : spanish;
}
