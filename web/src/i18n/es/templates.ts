/** Spanish texts of the templates feature (keys mirrored in ../en/templates.ts). */
export const templates = {
  nav: 'Modelos de resolución',
  page: {
    title: 'Modelos de resolución',
    intro:
      'Cada modelo se numera por país, tipo, sentido y idioma. Un modelo vigente no se edita: se crea el número siguiente y, al activarlo, el anterior queda retirado. Las resoluciones emitidas conservan el modelo con el que se imprimieron.',
    empty: 'No hay modelos.',
    refugioDraft: 'Borrador de Refugio: sustitúyalo por el modelo de la autoridad.',
    activated: 'Modelo activado; el anterior quedó retirado.',
    retired: 'Modelo retirado.',
    conflict: 'El modelo cambió mientras lo veía; se recargó.',
  },
  column: {
    title: 'Modelo',
    kind: 'Tipo',
    outcome: 'Sentido',
    language: 'Idioma',
    number: 'Número',
    status: 'Estado',
    actions: 'Acciones',
  },
  kind: {
    decision: 'Resolución',
    interview_notice: 'Citatorio a entrevista',
    appeal_decision: 'Resolución de recurso',
  },
  status: { draft: 'Borrador', active: 'Vigente', retired: 'Retirado' },
  action: { activate: 'Activar', retire: 'Retirar', preview: 'Vista previa (PDF)' },
};
