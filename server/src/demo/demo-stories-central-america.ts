import type { DemoStory } from './demo-stories';

// Claims from Honduras, El Salvador, Guatemala and Nicaragua. Invented accounts, typical of what COMAR hears from each origin (see demo-stories.ts).

export const honduras: DemoStory = {
  country: 'HND',
  summary:
    'refiere extorsión y amenazas de muerte de la mara que controla su colonia en San Pedro Sula por dejar de pagar el "impuesto de guerra" de su pequeño comercio',
  persecutor: 'la mara que controla la colonia Rivera Hernández',
  agent: 'non_state',
  grounds: [
    {
      ground: 'particular_social_group',
      reasons:
        'Comerciantes que se negaron a seguir pagando la extorsión: la negativa ya expresada no puede cambiarse y la mara los señala y castiga como grupo en la colonia.',
    },
  ],
  expanded: null,
  refusal: 'complementary_protection',
  coi: 'HND',
  protectionCoi: 'NCA',
  documents:
    'Documento Nacional de Identificación hondureño; constancia de la denuncia ante la Policía Nacional.',
  turns: [
    ['officer', '¿A qué se dedicaba en Honduras y dónde vivía?'],
    [
      'applicant',
      'Vivía en la colonia Rivera Hernández, en San Pedro Sula. Tenía una pulpería en la casa y vendía tortillas.',
    ],
    ['officer', '¿Qué ocurrió que le hizo salir del país?'],
    [
      'applicant',
      'Desde 2024 la mara cobraba el impuesto de guerra cada semana. En enero subieron la cuota y ya no pude pagar. Un sábado llegaron dos muchachos armados y me dijeron que tenía 24 horas para pagar o para irme, y que sabían dónde vivía mi familia.',
    ],
    ['officer', '¿Denunció los hechos ante alguna autoridad?'],
    [
      'applicant',
      'Fui a la Policía, pero el agente me dijo que mejor no pusiera la denuncia porque la mara tiene gente adentro. A un vecino que denunció lo mataron al mes.',
    ],
    ['officer', '¿Consideró mudarse a otra ciudad de Honduras?'],
    [
      'applicant',
      'Estuve dos semanas con mi hermana en Tegucigalpa, pero allá también llegaron a preguntar por mí. La mara tiene gente en todo el país.',
    ],
    ['officer', '¿Qué cree que pasaría si regresara a Honduras?'],
    ['applicant', 'Me matan. Ya mataron a mi primo por no pagar.'],
  ],
  facts: [
    {
      statement:
        'Tenía un pequeño comercio en la colonia Rivera Hernández, San Pedro Sula, bajo control territorial de una mara.',
      accepted:
        'Relato detallado y constante; coincide con la información sobre el control de las maras en esa colonia.',
    },
    {
      statement:
        'En enero de 2026 la mara le exigió una cuota mayor y, ante su negativa, l{o/a} amenazó de muerte con un plazo de 24 horas.',
      accepted:
        'Declaración espontánea y rica en detalles; concuerda con las represalias contra comerciantes que dejan de pagar.',
    },
    {
      statement: 'La mara preguntó por la persona solicitante en Tegucigalpa, adonde se había trasladado.',
      accepted:
        'Verosímil a la luz de la presencia nacional de las maras y de su capacidad de localizar a las personas.',
    },
  ],
};

export const elSalvadorWoman: DemoStory = {
  country: 'SLV',
  summary:
    'refiere violencia de su expareja, colaborador de una pandilla, que la amenazó de muerte al anunciarle que se separaba',
  persecutor: 'su expareja, colaborador de la pandilla de Soyapango',
  agent: 'non_state',
  grounds: [
    {
      ground: 'gender',
      reasons:
        'La violencia se dirige contra ella por ser mujer que decide separarse de su pareja; la LRPCAP reconoce el género como motivo (art. 13-I).',
    },
  ],
  expanded: null,
  refusal: 'rejected',
  coi: 'SLV',
  protectionCoi: 'NCA',
  documents: 'Documento Único de Identidad salvadoreño; copia de la medida de protección de la Fiscalía.',
  turns: [
    ['officer', '¿Con quién vivía en El Salvador?'],
    ['applicant', 'Con mi expareja, en Soyapango. Él colaboraba con la pandilla de la zona.'],
    ['officer', '¿Qué le ocurrió?'],
    [
      'applicant',
      'Me golpeaba desde hacía años. Cuando le dije que me iba a separar, me amenazó con una pistola y me dijo que si lo dejaba me iba a encontrar donde fuera. La última vez terminé en el hospital.',
    ],
    ['officer', '¿Acudió a la Policía o a la Fiscalía?'],
    [
      'applicant',
      'Puse la denuncia en la Fiscalía. Me dieron una medida de protección, pero él siguió llegando a la casa y nadie hizo nada.',
    ],
    ['officer', '¿Hay algún lugar de El Salvador donde pudiera vivir segura?'],
    [
      'applicant',
      'No. Él tiene conocidos de la pandilla en todas partes, y mi familia vive en Soyapango: es el primer lugar donde me buscaría.',
    ],
    ['officer', '¿Desea agregar algo?'],
    ['applicant', 'Solo quiero vivir tranquila. Desde que salí no he vuelto a sentir ese miedo.'],
  ],
  facts: [
    {
      statement: 'Convivió durante años en Soyapango con una pareja vinculada a la pandilla local.',
      accepted: 'Relato coherente y detallado; coincide con la documentación aportada.',
    },
    {
      statement:
        'Sufrió violencia física reiterada y, al anunciar la separación, amenazas de muerte con arma de fuego.',
      accepted:
        'Declaración espontánea, con detalle sensorial; la medida de protección aportada la corrobora.',
    },
    {
      statement: 'La medida de protección no se cumplió y el agresor siguió buscándola.',
      accepted:
        'Consistente con la información sobre la respuesta institucional a la violencia contra las mujeres.',
    },
  ],
};

export const elSalvadorMan: DemoStory = {
  country: 'SLV',
  summary:
    'refiere haber sido detenido once meses durante el régimen de excepción, señalado sin pruebas como pandillero, y hostigado después de su liberación',
  persecutor: 'la Policía Nacional Civil y, a la vez, la pandilla que lo considera informante',
  agent: 'both',
  grounds: [
    {
      ground: 'particular_social_group',
      reasons:
        'Jóvenes de colonias bajo control de pandillas señalados como pandilleros y liberados sin cargos: una característica pasada que no pueden cambiar y por la que son identificados.',
    },
  ],
  expanded: null,
  refusal: 'rejected',
  coi: 'SLV',
  protectionCoi: 'SLV',
  documents: 'Documento Único de Identidad salvadoreño; constancia de libertad del juzgado especializado.',
  turns: [
    ['officer', '¿Dónde vivía y a qué se dedicaba?'],
    ['applicant', 'En Ilopango. Trabajaba de ayudante de albañil.'],
    ['officer', '¿Qué le ocurrió?'],
    [
      'applicant',
      'En 2023, durante el régimen de excepción, la Policía me detuvo en la calle diciendo que era pandillero. Estuve once meses en el penal de Izalco; me golpearon y no me dejaban ver a mi familia. Me liberaron sin cargos.',
    ],
    ['officer', '¿Qué pasó después de su liberación?'],
    [
      'applicant',
      'La Policía me paraba cada semana y me amenazaba con volver a encerrarme. Y la pandilla pensaba que yo había hablado adentro; me dijeron que los soplones no viven mucho.',
    ],
    ['officer', '¿Pudo vivir en otra parte del país?'],
    [
      'applicant',
      'No. Mi nombre está en la lista de la Policía en todo el país, y la pandilla también está en todos lados.',
    ],
    ['officer', '¿Qué teme si regresa?'],
    ['applicant', 'Que me vuelvan a encerrar sin nada, o que la pandilla me mate.'],
  ],
  facts: [
    {
      statement: 'Vivía en Ilopango y trabajaba como ayudante de albañil.',
      accepted: 'Datos constantes en el registro y en la entrevista.',
    },
    {
      statement: 'Estuvo detenido once meses en el penal de Izalco sin cargos y sufrió malos tratos.',
      accepted:
        'Corroborado por la constancia de libertad; concuerda con la información sobre el régimen de excepción.',
    },
    {
      statement:
        'Tras su liberación la Policía lo hostigó y la pandilla lo amenazó por considerarlo informante.',
      accepted:
        'Verosímil según la información del país sobre personas liberadas durante el régimen de excepción.',
    },
  ],
};

export const guatemalaMaya: DemoStory = {
  country: 'GTM',
  summary:
    "refiere ataques armados y una denuncia penal en su contra por defender, como autoridad comunitaria k'iche', las tierras de su aldea frente a una empresa",
  persecutor: 'los hombres armados al servicio de la empresa y las autoridades locales que los respaldan',
  agent: 'both',
  grounds: [
    {
      ground: 'political_opinion',
      reasons:
        'Su oposición pública al proyecto en la consulta comunitaria es una opinión política, y así la perciben quienes l{o/a} atacan.',
    },
    {
      ground: 'race',
      reasons:
        "Los ataques se dirigen contra autoridades del pueblo maya k'iche' por su defensa del territorio.",
    },
  ],
  expanded: null,
  refusal: 'rejected',
  coi: 'GTM',
  protectionCoi: 'NCA',
  documents: 'Documento Personal de Identificación guatemalteco; acta de la asamblea comunitaria.',
  turns: [
    ['officer', '¿De qué comunidad es usted y qué cargo tenía?'],
    [
      'applicant',
      'Soy de una aldea de Santa Cruz del Quiché. Formaba parte de la alcaldía auxiliar indígena y participé en la consulta comunitaria contra la hidroeléctrica.',
    ],
    ['officer', '¿Qué pasó después de la consulta?'],
    [
      'applicant',
      'Hombres armados que trabajan para la empresa quemaron la casa de otro líder y a mí me dejaron una nota diciendo que seguía yo. En marzo me dispararon cuando regresaba del mercado.',
    ],
    ['officer', '¿Denunció ante el Ministerio Público?'],
    [
      'applicant',
      'Sí, pusimos la denuncia entre varios, pero el fiscal nunca llegó a la aldea. En cambio, la empresa nos denunció a nosotros por usurpación.',
    ],
    ['officer', '¿Podría vivir en otra parte de Guatemala?'],
    [
      'applicant',
      'En la capital no conozco a nadie. Además, tengo una orden de captura por la denuncia de la empresa.',
    ],
    ['officer', '¿Qué teme si regresa?'],
    ['applicant', 'Que me maten como a otros compañeros, o que me metan pres{o/a}.'],
  ],
  facts: [
    {
      statement:
        'Formó parte de la alcaldía auxiliar indígena de su aldea y participó en la consulta comunitaria contra la hidroeléctrica.',
      accepted: 'Corroborado por el acta de la asamblea comunitaria aportada.',
    },
    {
      statement:
        'Recibió una amenaza escrita y en marzo le dispararon hombres armados al servicio de la empresa.',
      accepted:
        'Relato detallado y constante; coincide con los ataques documentados contra autoridades comunitarias.',
    },
    {
      statement:
        'La empresa promovió una orden de captura en su contra y los hombres armados siguen preguntando por la persona solicitante en la aldea.',
      accepted:
        'Consistente con la criminalización de autoridades indígenas descrita en la información del país.',
    },
  ],
};

export const guatemalaCity: DemoStory = {
  country: 'GTM',
  summary:
    'refiere amenazas de muerte del Barrio 18 contra los pilotos de su ruta de autobús después de que asesinaran a un compañero por impago de la extorsión',
  persecutor: 'el Barrio 18 que extorsiona la ruta',
  agent: 'non_state',
  grounds: [
    {
      ground: 'particular_social_group',
      reasons:
        'Pilotos del transporte urbano de rutas que dejaron de pagar la extorsión, a quienes la pandilla identifica y castiga como grupo.',
    },
  ],
  expanded: null,
  refusal: 'complementary_protection',
  coi: 'GTM',
  protectionCoi: 'NCA',
  documents: 'Documento Personal de Identificación guatemalteco; licencia de conducir tipo A.',
  turns: [
    ['officer', '¿A qué se dedicaba en Guatemala?'],
    ['applicant', 'Era piloto de autobús en una ruta de la zona 18 de la capital.'],
    ['officer', '¿Qué ocurrió?'],
    [
      'applicant',
      'El Barrio 18 cobraba extorsión a los pilotos. Cuando el dueño dejó de pagar mataron a un compañero en la parada, y a mí me llamaron para decirme que yo era el siguiente si seguía manejando.',
    ],
    ['officer', '¿Denunció?'],
    ['applicant', 'Sí, en la Policía Nacional Civil. Me dijeron que me cambiara de ruta.'],
    ['officer', '¿Podía trabajar en otra ciudad?'],
    [
      'applicant',
      'Me fui a Escuintla, pero me llamaron al número nuevo. La pandilla tiene a alguien en la empresa.',
    ],
    ['officer', '¿Qué teme si regresa?'],
    ['applicant', 'Que me maten como a mi compañero.'],
  ],
  facts: [
    {
      statement: 'Trabajaba como piloto de autobús en una ruta de la zona 18 de la Ciudad de Guatemala.',
      accepted: 'Corroborado por la licencia de conducir y constante en el relato.',
    },
    {
      statement:
        'Tras el asesinato de un compañero por impago de la extorsión, recibió una amenaza de muerte telefónica.',
      accepted:
        'Relato detallado; coincide con los asesinatos de pilotos documentados en la información del país.',
    },
    {
      statement: 'La pandilla volvió a localizar a la persona solicitante en Escuintla.',
      accepted: 'Verosímil por la capacidad de las pandillas de localizar a las personas en el país.',
    },
  ],
};

export const nicaragua: DemoStory = {
  country: 'NIC',
  summary:
    'refiere detención y hostigamiento de la Policía y de grupos paramilitares por su participación en las protestas de 2018 y en la pastoral de presos políticos',
  persecutor: 'la Policía Nacional y los grupos paramilitares afines al Gobierno',
  agent: 'state',
  grounds: [
    {
      ground: 'political_opinion',
      reasons:
        'Se le persigue por su participación en las protestas y en la ayuda a presos políticos, que el Gobierno trata como oposición.',
    },
    {
      ground: 'religion',
      reasons: 'La persecución alcanzó al grupo parroquial en el que participaba.',
    },
  ],
  expanded: null,
  refusal: 'rejected',
  coi: 'NIC',
  protectionCoi: 'NIC',
  documents: 'Cédula de identidad nicaragüense.',
  turns: [
    ['officer', '¿Participó en actividades políticas en Nicaragua?'],
    [
      'applicant',
      'Sí. En 2018 estuve en las marchas, y después en el grupo de la parroquia que llevaba víveres a los presos políticos.',
    ],
    ['officer', '¿Qué le ocurrió por esas actividades?'],
    [
      'applicant',
      'En 2025 la Policía y unos paramilitares llegaron a mi casa, se llevaron mi teléfono y me tuvieron tres días detenid{o/a} en El Chipote. Me hicieron firmar que no iba a participar más y me ordenaron presentarme cada semana en la estación.',
    ],
    ['officer', '¿Cómo salió del país?'],
    [
      'applicant',
      'Por puntos ciegos hacia Honduras; en migración me habrían regresado. A otros del grupo les quitaron el pasaporte.',
    ],
    ['officer', '¿Sabe si le han buscado después de su salida?'],
    [
      'applicant',
      'Mi mamá dice que la Policía pasa preguntando por mí y que ya me llaman traid{or/ora} a la patria.',
    ],
    ['officer', '¿Qué teme si regresa?'],
    ['applicant', 'Que me encarcelen o que me quiten la nacionalidad como a otros.'],
  ],
  facts: [
    {
      statement: 'Participó en las protestas de 2018 y en el grupo parroquial de ayuda a presos políticos.',
      accepted: 'Relato detallado y constante; coincide con la información sobre la pastoral penitenciaria.',
    },
    {
      statement:
        'En 2025 estuvo tres días detenid{o/a} en la Dirección de Auxilio Judicial y se le impuso presentarse cada semana.',
      accepted: 'Descripción precisa del lugar y del trato; concuerda con la información del país.',
    },
    {
      statement:
        'Después de su salida la Policía pregunta por la persona solicitante y la señala como traidora a la patria.',
      accepted: 'Verosímil según la práctica documentada contra quienes salen del país sin autorización.',
    },
  ],
};
