/** Spanish texts of the appeals feature (keys mirrored in ../en/appeals.ts). */
export const appeals = {
  nav: { inbox: 'Recursos', overturned: 'Resoluciones revocadas' },
  title: 'Recurso de revisión',
  decision: 'Resolución recurrida: {{outcome}}, emitida el {{issued}}, notificada el {{notified}}',
  remedy: 'Medio de impugnación: {{name}} ({{legalBasis}}).',
  noneYet: 'No se ha interpuesto recurso contra la resolución notificada.',
  againAfterWithdrawal:
    'El recurso anterior fue desistido. Mientras el expediente no se cierre como resolución firme, puede registrarse un nuevo recurso (si llega fuera de plazo, con el motivo por el que se admite).',
  window: {
    due: 'Plazo para interponer el recurso: hasta el {{date}}.',
    suspended: 'El plazo para interponer el recurso está suspendido.',
    unknown: 'El plazo para interponer el recurso no está establecido en las fuentes del perfil del país.',
  },
  timeliness: {
    in_time: 'En tiempo',
    late: 'Extemporáneo',
    unknown: 'Plazo desconocido',
  },
  status: {
    lodged: 'Interpuesto, pendiente de resolver',
    decided: 'Resuelto',
    withdrawn: 'Desistido',
  },
  facts: {
    filedOn: 'Fecha de interposición',
    receivedBy: 'Recibido por',
    representative: 'Representante',
    dueOn: 'Vencimiento del plazo',
    timeliness: 'Oportunidad',
    lateReason: 'Motivo para admitirlo fuera de plazo',
    grounds: 'Agravios',
    outcome: 'Sentido de la resolución del recurso',
    decidedOn: 'Fecha de resolución',
    decidedBy: 'Resuelto por',
    reasons: 'Fundamentos',
    withdrawnOn: 'Fecha del desistimiento',
    withdrawalMethod: 'Forma del desistimiento',
    withdrawalRecordedBy: 'Desistimiento registrado por',
    withdrawalNote: 'Manifestación de la persona solicitante',
  },
  withdrawalMethods: {
    written: 'Por escrito',
    in_person: 'En comparecencia personal',
  },
  withdrawnEffect:
    'La persona solicitante desistió del recurso: la resolución de primera instancia subsiste y queda firme al vencer el plazo para recurrir.',
  withdraw: {
    title: 'Registrar desistimiento del recurso',
    effect:
      'Al desistir, la resolución de primera instancia subsiste; el expediente vuelve a la resolución notificada y se cierra como resolución firme cuando vence el plazo para recurrir.',
    receivedOn: 'Fecha en que se recibió el desistimiento',
    method: 'Forma del desistimiento',
    note: 'Manifestación de la persona solicitante (opcional)',
    submit: 'Registrar desistimiento',
    done: 'Desistimiento del recurso registrado: la resolución de primera instancia subsiste.',
    conflict:
      'El recurso o el expediente cambió mientras registraba el desistimiento. Se recargó: revíselo e intente de nuevo.',
  },
  file: {
    title: 'Registrar recurso de revisión',
    filedOn: 'Fecha de interposición',
    representative: 'Representante (opcional)',
    grounds: 'Agravios expresados por la persona solicitante',
    lateReason: 'Motivo por el que se admite fuera de plazo',
    lateWarning:
      'La fecha es posterior al vencimiento del plazo ({{date}}). Registre el motivo: el ACNUR recomienda aplicar el plazo con flexibilidad y no cerrar el expediente si el recurso llega dentro de las seis semanas siguientes al vencimiento (Normas procedimentales del ACNUR, 2005, §7.1.1 y §7.2).',
    unknownWarning:
      'El plazo para recurrir no está establecido en las fuentes: el recurso se registrará con oportunidad desconocida.',
    submit: 'Registrar recurso',
    done: 'Recurso registrado ({{timeliness}}).',
    conflict: 'El expediente cambió mientras registraba el recurso. Se recargó: revíselo e intente de nuevo.',
  },
  decide: {
    title: 'Resolver el recurso',
    outcome: 'Sentido',
    reasons: 'Fundamentos de la resolución del recurso',
    decidedOn: 'Fecha de resolución',
    independence:
      'Solo resuelve un oficial de revisión que no redactó, aprobó ni entrevistó en la resolución recurrida.',
    submit: 'Resolver recurso',
    done: 'Recurso resuelto: {{outcome}}.',
    conflict:
      'El recurso o el expediente cambió mientras lo resolvía. Se recargó: revíselo e intente de nuevo.',
  },
  inbox: {
    title: 'Recursos',
    intro: 'Recursos de revisión interpuestos contra resoluciones de primera instancia.',
    status: 'Estado',
    empty: 'No hay recursos en este estado.',
    caseNumber: 'Expediente',
    office: 'Oficina',
    filedOn: 'Interpuesto',
    timeliness: 'Oportunidad',
    decisionOutcome: 'Resolución recurrida',
    outcome: 'Sentido',
  },
  overturned: {
    title: 'Resoluciones revocadas',
    intro:
      'Resoluciones de primera instancia revocadas o dejadas sin efecto en recurso, con sus fundamentos, para quien las redactó o aprobó y su supervisión.',
    empty: 'Ninguna resolución suya o de su oficina ha sido revocada en recurso.',
    unseen_one: '{{count}} nueva',
    unseen_other: '{{count}} nuevas',
    item: 'Expediente {{caseNumber}}',
    original: 'Resolución de primera instancia: {{outcome}} (redactó {{author}}; aprobó {{approver}})',
    appeal: 'En recurso: {{outcome}}, el {{date}}',
    new: 'Nueva',
    markSeen: 'Marcar como vista',
    markAllSeen: 'Marcar todas como vistas',
    nobody: 'sin registro',
  },
};
