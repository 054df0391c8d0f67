/** Spanish texts of retention and disposal. */
export const retention = {
  nav: 'Conservación',
  title: 'Conservación y eliminación de expedientes',
  intro:
    'Cada tipo de registro se conserva durante el plazo que fija la política de archivo de la autoridad. ' +
    'Al vencer, el expediente se elimina: se destruye su clave de cifrado, se borran sus datos y documentos, y ' +
    'queda solo una constancia sin datos personales. Un expediente con retención legal nunca se elimina.',
  recordTypes: {
    case_recognised: 'Expediente cerrado: persona reconocida o con protección complementaria',
    case_refused: 'Expediente cerrado: resolución negativa firme',
    case_withdrawn: 'Expediente cerrado: desistimiento, abandono o falta de ratificación',
    case_other_closure: 'Expediente cerrado por otra causa (fallecimiento, traslado)',
    sign_in_history: 'Historial de inicios de sesión',
    sign_in_throttle: 'Contadores de intentos fallidos',
  },
  /** The installation's defaults (server/src/retention/retention-defaults.ts), in the user's language. */
  defaultDescriptions: {
    case_recognised:
      'Expediente cerrado de una persona reconocida como refugiada o con protección complementaria, contado desde ' +
      'el cierre. Valor predeterminado de esta instalación, fijado por la política de archivo de la autoridad: ' +
      'largo, porque la condición puede revisarse, cesar o cancelarse y la persona puede necesitar probarla ' +
      'durante años (naturalización, reunificación familiar). Los 20 años siguen la práctica del ACNUR de ' +
      'conservar los expedientes de determinación de la condición de refugiado unos 20 años antes de archivarlos.',
    case_refused:
      'Expediente cerrado tras una resolución negativa firme o una inadmisión (sin recurso pendiente), contado ' +
      'desde el cierre. Valor predeterminado de esta instalación, fijado por la política de archivo de la ' +
      'autoridad: suficiente para examinar una solicitud posterior, un juicio de amparo o una nueva solicitud ' +
      'a la luz del expediente anterior.',
    case_withdrawn:
      'Expediente cerrado por desistimiento, abandono o falta de ratificación, contado desde el cierre. Valor ' +
      'predeterminado de esta instalación, fijado por la política de archivo de la autoridad: no hubo ' +
      'resolución de fondo, así que se conserva menos tiempo, lo suficiente para una reapertura o una nueva solicitud.',
    case_other_closure:
      'Expediente cerrado por otra causa (fallecimiento de la persona, traslado del expediente), contado desde ' +
      'el cierre. Valor predeterminado de esta instalación, fijado por la política de archivo de la autoridad.',
    sign_in_history:
      'Historial de inicios de sesión (hora, resultado, dirección y navegador de cada intento), contado desde ' +
      'el intento. Valor predeterminado de esta instalación, fijado por la política de archivo de la autoridad: ' +
      'un año cubre la revisión de incidentes de seguridad; la bitácora de auditoría guarda su propio registro.',
    sign_in_throttle:
      'Contadores de intentos fallidos (guardados bajo un hash del correo escrito), contados desde el último ' +
      'fallo. Valor predeterminado de esta instalación, fijado por la política de archivo de la autoridad.',
  },
  schedules: {
    title: 'Plazos de conservación',
    recordType: 'Tipo de registro',
    period: 'Plazo',
    month: '1 mes',
    months: '{{count}} meses',
    year: '1 año',
    years: '{{count}} años',
    version: 'Versión',
    defaultVersion: 'Predeterminado',
    description: 'Fundamento',
    edit: 'Cambiar plazo',
    periodMonths: 'Plazo en meses',
    save: 'Guardar nueva versión',
    cancel: 'Cancelar',
    saved: 'Plazo guardado como versión {{version}}.',
    conflict: 'Otra persona cambió este plazo. Se muestra la versión actual.',
  },
  due: {
    title: 'Pendientes de eliminación',
    asOf: 'Al {{date}}',
    none: 'No hay expedientes cuyo plazo haya vencido.',
    summary: '{{count}} expedientes vencidos; {{held}} más con retención legal.',
    caseNumber: 'Expediente',
    recordType: 'Tipo',
    closedOn: 'Cerrado el',
    dueOn: 'Vence el',
    records: 'Registros de cuentas vencidos',
    recordsCount: '{{count}} registros anteriores al {{date}}',
    confirmLabel: 'Entiendo que la eliminación es definitiva e irreversible',
    run: 'Eliminar lo vencido',
    confirmFirst: 'Confirme primero que la eliminación es definitiva.',
    done: 'Se eliminaron {{count}} expedientes; quedan {{remaining}} pendientes.',
  },
  holds: {
    title: 'Retenciones legales vigentes',
    none: 'No hay retenciones legales vigentes.',
    caseNumber: 'Expediente',
    reason: 'Motivo',
    note: 'Referencia',
    placedBy: 'Establecida por',
    placedAt: 'Fecha',
  },
  disposals: {
    title: 'Registro de eliminaciones',
    none: 'Aún no se ha eliminado nada.',
    disposedAt: 'Eliminado el',
    subject: 'Expediente o registro',
    recordType: 'Tipo',
    schedule: 'Plazo aplicado',
    counts: 'Filas eliminadas',
    by: 'Por',
    operator: 'Tarea programada',
  },
  reasons: {
    litigation: 'Litigio',
    amparo: 'Juicio de amparo',
    investigation: 'Investigación',
    person_request: 'Solicitud de la persona',
    other: 'Otro',
  },
  panel: {
    title: 'Retención legal',
    intro:
      'Mientras haya una retención vigente, el expediente no se elimina aunque venza su plazo de conservación.',
    none: 'Sin retenciones legales.',
    active: 'Vigente desde el {{date}} ({{by}})',
    lifted: 'Levantada el {{date}} ({{by}})',
    place: 'Establecer retención legal',
    reason: 'Motivo',
    note: 'Referencia (número de juicio, oficio o solicitud)',
    submit: 'Establecer retención',
    placed: 'Retención legal establecida.',
    lift: 'Levantar',
    liftNote: 'Motivo del levantamiento',
    liftSubmit: 'Levantar retención',
    liftedDone: 'Retención legal levantada.',
    conflict: 'La retención cambió mientras la veía. Se muestra su estado actual.',
  },
};
