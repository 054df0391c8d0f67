/**
 * The Spanish words of the decision templates' pages (the list, the editor, the field picker), written
 * out here rather than imported from web/src/i18n, like ui-text.ts: a wrong word fails the journey.
 */
export const templateText = {
  nav: 'Modelos de resolución',
  list: {
    title: 'Modelos de resolución',
    column: { title: 'Modelo', number: 'Número', status: 'Estado' },
    newNumber: 'Nueva versión',
    edit: 'Editar',
    /** What a row's buttons add for a screen reader: which template they are for. */
    ofTemplate: (title: string, number: number) => `${title}, número ${number}`,
  },
  status: { draft: 'Borrador', active: 'Vigente', retired: 'Retirado' },
  editor: {
    back: 'Volver a los modelos',
    title: 'Título',
    source: 'Fuente',
    block: (n: number) => `Texto del bloque ${n}`,
    save: 'Guardar',
    saved: 'Cambios guardados.',
    unsaved: 'Hay cambios sin guardar.',
    preview: 'Vista previa (PDF)',
    activate: 'Activar',
    activated: 'Modelo activado; el anterior quedó retirado.',
    frozen: /^Este modelo está vigente: su texto ya no cambia\./,
  },
  fields: {
    title: 'Campos',
    insert: (field: string) => `Insertar {{${field}}}`,
    inserted: (field: string, n: number) => `Se insertó {{${field}}} en el bloque ${n}.`,
    officeCity: 'Ciudad de la oficina',
  },
} as const;
