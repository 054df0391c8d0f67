import type { DemoStory } from './demo-stories';

// Claims from Cuba, Haiti, Venezuela and Colombia. Invented accounts, typical of what COMAR hears from each origin (see demo-stories.ts).

export const cuba: DemoStory = {
  country: 'CUB',
  summary:
    'refiere detención tras la protesta del 11 de julio de 2021, expulsión de su empleo, multas y prohibición de salida por sus publicaciones sobre los presos',
  persecutor: 'los órganos de Seguridad del Estado',
  agent: 'state',
  grounds: [
    {
      ground: 'political_opinion',
      reasons:
        'Se le sanciona por manifestarse y por publicar críticas al Gobierno: una opinión política expresada.',
    },
  ],
  expanded: null,
  refusal: 'rejected',
  coi: 'CUB',
  protectionCoi: 'CUB',
  documents: 'Pasaporte cubano; carnet de identidad.',
  turns: [
    ['officer', '¿A qué se dedicaba en Cuba?'],
    ['applicant', 'Era maestr{o/a} de secundaria en Camagüey hasta 2021.'],
    ['officer', '¿Qué ocurrió en 2021?'],
    [
      'applicant',
      'Participé en la protesta del 11 de julio. Me detuvieron al día siguiente, me tuvieron veinte días en la estación de Seguridad del Estado y me expulsaron del trabajo. Después publiqué en redes sobre los presos y me multaron varias veces; me pusieron como regulad{o/a} y no podía salir del país.',
    ],
    ['officer', '¿Cómo salió de Cuba?'],
    [
      'applicant',
      'En 2026, cuando me levantaron la regulación por unos días, volé a Nicaragua y de ahí vine por tierra.',
    ],
    ['officer', '¿Ha tenido noticias después de su salida?'],
    [
      'applicant',
      'Citaron a mi hermano para preguntarle por mis publicaciones y le dijeron que, si regreso, me espera un proceso por propaganda contra el orden constitucional.',
    ],
    ['officer', '¿Qué teme si regresa?'],
    ['applicant', 'La cárcel. Hay compañeros del 11J condenados a más de diez años.'],
  ],
  facts: [
    {
      statement: 'Trabajó como docente de secundaria en Camagüey hasta 2021.',
      accepted: 'Datos constantes y verificables en los documentos aportados.',
    },
    {
      statement:
        'Fue detenid{o/a} veinte días tras la protesta del 11 de julio de 2021, expulsad{o/a} de su empleo y multad{o/a} por sus publicaciones.',
      accepted: 'Relato detallado; coincide con la información sobre el trato a manifestantes del 11J.',
    },
    {
      statement:
        'Las autoridades citaron a su hermano y anunciaron un proceso penal en su contra si regresa.',
      accepted: 'Verosímil a la luz de la práctica documentada de citar a familiares.',
    },
  ],
};

export const haiti: DemoStory = {
  country: 'HTI',
  summary:
    'refiere que una banda armada tomó su barrio de Puerto Príncipe, asesinó a su hermano y l{o/a} hirió, y que la violencia l{o/a} alcanzó también en el Artibonito',
  persecutor: 'las bandas armadas que controlan Puerto Príncipe y las rutas del Artibonito',
  agent: 'non_state',
  grounds: [],
  expanded: {
    circumstances: [
      'generalized_violence',
      'massive_human_rights_violations',
      'serious_disturbance_of_public_order',
    ],
    reasons:
      'La violencia de las bandas, que controlan la capital y las carreteras ante un Estado sin capacidad de respuesta, es generalizada y ha perturbado gravemente el orden público; amenazó directamente su vida y su seguridad.',
  },
  refusal: 'rejected',
  coi: 'HTI',
  protectionCoi: 'HTI',
  documents: 'Pasaporte haitiano; acta de nacimiento.',
  turns: [
    ['officer', '¿Dónde vivía en Haití?'],
    ['applicant', 'En Carrefour-Feuilles, en Puerto Príncipe. Vendía ropa en el mercado.'],
    ['officer', '¿Qué le hizo salir?'],
    [
      'applicant',
      'En 2025 la banda entró al barrio, quemó las casas y mató a mi hermano frente a la casa. A mí me hirieron con un machete. Huimos a una escuela que servía de refugio.',
    ],
    ['officer', '¿Recibió ayuda de la Policía?'],
    ['applicant', 'No hay policía en el barrio. La Policía también huyó. Nadie nos protegía.'],
    ['officer', '¿Podía vivir en otra parte de Haití?'],
    [
      'applicant',
      'Fuimos a Saint-Marc, pero la banda también llegó al Artibonito. Las carreteras están en manos de las bandas.',
    ],
    ['officer', '¿Qué teme si regresa?'],
    ['applicant', 'Que las bandas me maten. No hay ningún lugar seguro.'],
  ],
  facts: [
    {
      statement: 'Vivía en Carrefour-Feuilles, Puerto Príncipe, y trabajaba como comerciante en el mercado.',
      accepted: 'Datos constantes; coinciden con el pasaporte y el registro.',
    },
    {
      statement:
        'En 2025 una banda armada atacó su barrio, asesinó a su hermano y l{o/a} hirió con un machete.',
      accepted:
        'Relato detallado, con cicatriz visible; concuerda con los ataques documentados en ese barrio.',
    },
    {
      statement: 'La violencia de las bandas l{o/a} alcanzó también en Saint-Marc, en el Artibonito.',
      accepted:
        'Consistente con la expansión de las bandas al Artibonito documentada en la información del país.',
    },
  ],
};

export const venezuela: DemoStory = {
  country: 'VEN',
  summary:
    'refiere hostigamiento de colectivos y una citación del SEBIN por haber sido testigo de mesa de la oposición y difundir el acta de su mesa en julio de 2024',
  persecutor: 'el SEBIN y los colectivos armados afines al Gobierno',
  agent: 'state',
  grounds: [
    {
      ground: 'political_opinion',
      reasons:
        'Se le persigue por su participación como testigo electoral de la oposición y por difundir el acta.',
    },
  ],
  expanded: null,
  refusal: 'rejected',
  coi: 'VEN',
  protectionCoi: 'VEN',
  documents: 'Cédula de identidad venezolana; credencial de testigo de mesa.',
  turns: [
    ['officer', '¿Participó en actividades políticas en Venezuela?'],
    [
      'applicant',
      'Fui testigo de mesa de la oposición en las elecciones presidenciales de julio de 2024, en Barquisimeto.',
    ],
    ['officer', '¿Qué ocurrió después?'],
    [
      'applicant',
      'Publiqué la foto del acta de mi mesa. Dos días después llegaron colectivos en moto a mi casa, rompieron la puerta y me gritaron terrorista. Un funcionario del SEBIN me citó; no fui y desde entonces, según un abogado, tengo una orden de aprehensión.',
    ],
    ['officer', '¿Le detuvieron en algún momento?'],
    [
      'applicant',
      'Me escondí tres meses en casa de una tía. A dos compañeros testigos sí los detuvieron y siguen presos.',
    ],
    ['officer', '¿Cómo salió?'],
    ['applicant', 'Por trocha hacia Colombia, porque en el aeropuerto me habrían detenid{o/a}.'],
    ['officer', '¿Qué teme si regresa?'],
    ['applicant', 'Que me detengan y me desaparezcan como a otros.'],
  ],
  facts: [
    {
      statement: 'Fue testigo de mesa de la oposición en las elecciones presidenciales de julio de 2024.',
      accepted: 'Corroborado por la credencial de testigo aportada.',
    },
    {
      statement: 'Tras difundir el acta, colectivos armados irrumpieron en su casa y el SEBIN l{o/a} citó.',
      accepted: 'Relato detallado; coincide con las represalias poselectorales documentadas.',
    },
    {
      statement:
        'El SEBIN sigue buscando a la persona solicitante: según un abogado, hay una orden de aprehensión en su contra, y dos compañeros testigos de mesa siguen presos.',
      accepted:
        'Verosímil según la información sobre detenciones de testigos electorales y órdenes de aprehensión.',
    },
  ],
};

export const colombia: DemoStory = {
  country: 'COL',
  summary:
    'refiere que un frente disidente l{o/a} declaró objetivo militar por negarse a entregar a un sobrino adolescente para reclutarlo',
  persecutor: 'el frente disidente que opera en Argelia, Cauca',
  agent: 'non_state',
  grounds: [
    {
      ground: 'particular_social_group',
      reasons:
        'Familias que se niegan al reclutamiento de sus menores, señaladas públicamente como objetivo militar.',
    },
  ],
  expanded: null,
  refusal: 'complementary_protection',
  coi: 'COL',
  protectionCoi: 'COL',
  documents: 'Cédula de ciudadanía colombiana; declaración ante la Personería municipal.',
  turns: [
    ['officer', '¿Dónde vivía en Colombia?'],
    ['applicant', 'En una vereda de Argelia, Cauca. Cultivábamos café.'],
    ['officer', '¿Qué sucedió?'],
    [
      'applicant',
      'Un frente disidente quería llevarse a mi sobrino de quince años, que vivía conmigo. Nos negamos y a la semana dejaron un panfleto con mi nombre declarándome objetivo militar.',
    ],
    ['officer', '¿Acudió a las autoridades?'],
    [
      'applicant',
      'Declaré ante la Personería, pero me dijeron que en la zona no hay Ejército y que no podían garantizar nada.',
    ],
    ['officer', '¿Pensó en mudarse dentro de Colombia?'],
    [
      'applicant',
      'Estuve en Popayán y en Cali, pero el frente tiene milicianos en las ciudades y me ubicaron por un familiar.',
    ],
    ['officer', '¿Qué teme si regresa?'],
    ['applicant', 'Que me maten por haberme negado.'],
  ],
  facts: [
    {
      statement: 'Vivía en una vereda de Argelia, Cauca, con un sobrino adolescente a su cargo.',
      accepted: 'Datos constantes; coinciden con la declaración ante la Personería.',
    },
    {
      statement:
        'Se negó a que un frente disidente reclutara a su sobrino y fue declarad{o/a} objetivo militar en un panfleto.',
      accepted: 'Corroborado por la declaración ante la Personería; concuerda con la información del país.',
    },
    {
      statement: 'El frente l{o/a} localizó en Popayán y en Cali.',
      accepted: 'Verosímil por las redes de milicias urbanas documentadas.',
    },
  ],
};
