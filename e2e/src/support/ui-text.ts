/**
 * The words an officer reads on screen, written out here rather than imported from web/src/i18n:
 * a missing or wrong translation then fails the journey instead of being copied into it.
 */
export interface UiText {
  lang: 'es' | 'en';
  /** The language's own name on the toggle. */
  toggle: string;
  signIn: { title: string; email: string; password: string; submit: string; wrongCredentials: string };
  nav: { name: string; cases: string; register: string };
  /** The demo registration officer's role as the header shows it. */
  role: string;
  register: {
    title: string;
    office: string;
    entryPlace: string;
    entryDate: string;
    applicationDate: string;
    inTime: RegExp;
    principal: string;
    dependant: (n: number) => string;
    relationship: string;
    addDependant: string;
    submit: string;
    errorSummary: (count: number) => string;
  };
  person: {
    givenNames: string;
    firstSurname: string;
    secondSurname: string;
    otherNames: string;
    sex: string;
    birthDate: string;
    birthDateEstimated: string;
    countryOfBirth: string;
    countryOfOrigin: string;
    nationalities: string;
    addNationality: string;
    languages: string;
    addLanguage: string;
    needsInterpreter: string;
    phone: string;
    address: string;
    addDocument: string;
    documentType: string;
    documentNumber: string;
    issuingCountry: string;
    childAtRiskCategory: string;
    notAttendingSchool: string;
  };
  option: { F: string; M: string; spouse: string; child: string; passport: string; spanish: string };
  fieldError: { required: string; choose: string };
  success: { title: string; caseNumber: string; open: string };
  list: { title: string; search: string; count: RegExp; loading: string };
  detail: {
    title: (caseNumber: string) => string;
    caseData: string;
    people: (count: number) => string;
    timeline: string;
    registered: string;
    peopleCount: (count: number) => string;
    principal: string;
    dependantAs: (relationship: string) => string;
    proof: string;
    notAttendingSchool: string;
  };
  pdf: { title: string; principal: string };
}

export const es: UiText = {
  lang: 'es',
  toggle: 'Español',
  signIn: {
    title: 'Iniciar sesión',
    email: 'Correo electrónico',
    password: 'Contraseña',
    submit: 'Ingresar',
    wrongCredentials: 'Correo electrónico o contraseña incorrectos.',
  },
  nav: { name: 'Navegación principal', cases: 'Solicitudes', register: 'Registrar solicitud' },
  role: 'Oficial de registro',
  register: {
    title: 'Registrar solicitud',
    office: 'Oficina',
    entryPlace: 'Lugar de ingreso',
    entryDate: 'Fecha de ingreso al país',
    applicationDate: 'Fecha de solicitud',
    inTime: /^Dentro del plazo: vence el \d{2}\/\d{2}\/\d{4}\.$/,
    principal: 'Solicitante principal',
    dependant: (n) => `Dependiente ${n}`,
    relationship: 'Parentesco con el solicitante principal',
    addDependant: 'Agregar dependiente',
    submit: 'Registrar solicitud',
    errorSummary: (n) =>
      n === 1
        ? 'Hay 1 campo con error. Revíselo antes de registrar.'
        : `Hay ${n} campos con errores. Revíselos antes de registrar.`,
  },
  person: {
    givenNames: 'Nombre(s)',
    firstSurname: 'Primer apellido',
    secondSurname: 'Segundo apellido',
    otherNames: 'Otros nombres usados',
    sex: 'Sexo',
    birthDate: 'Fecha de nacimiento',
    birthDateEstimated: 'Fecha estimada',
    countryOfBirth: 'País de nacimiento',
    countryOfOrigin: 'País de origen',
    nationalities: 'Nacionalidades',
    addNationality: 'Agregar nacionalidad',
    languages: 'Idiomas',
    addLanguage: 'Agregar idioma',
    needsInterpreter: 'Requiere intérprete',
    phone: 'Teléfono',
    address: 'Dirección en el país',
    addDocument: 'Agregar documento',
    documentType: 'Tipo de documento',
    documentNumber: 'Número de documento',
    issuingCountry: 'País emisor',
    childAtRiskCategory: 'Niña o niño en riesgo',
    notAttendingSchool: 'En riesgo de no asistir a la escuela (CR-NE)',
  },
  option: {
    F: 'Mujer',
    M: 'Hombre',
    spouse: 'Cónyuge o pareja',
    child: 'Hija o hijo',
    passport: 'Pasaporte',
    spanish: 'Español',
  },
  fieldError: { required: 'Este campo es obligatorio.', choose: 'Seleccione una opción.' },
  success: { title: 'Solicitud registrada', caseNumber: 'Número de expediente', open: 'Abrir el expediente' },
  list: { title: 'Solicitudes', search: 'Buscar', count: /^(\d+) solicitud(?:es)?$/, loading: 'Cargando…' },
  detail: {
    title: (caseNumber) => `Expediente ${caseNumber}`,
    caseData: 'Datos de la solicitud',
    people: (count) => `Personas (${count})`,
    timeline: 'Historial del expediente',
    registered: 'Solicitud registrada',
    peopleCount: (count) => `${count} personas`,
    principal: 'Solicitante principal',
    dependantAs: (relationship) => `Dependiente · ${relationship}`,
    proof: 'Constancia (PDF)',
    notAttendingSchool: 'En riesgo de no asistir a la escuela',
  },
  pdf: { title: 'Constancia de registro', principal: 'Solicitante principal' },
};

export const en: UiText = {
  lang: 'en',
  toggle: 'English',
  signIn: {
    title: 'Sign in',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    wrongCredentials: 'Wrong email or password.',
  },
  nav: { name: 'Main navigation', cases: 'Applications', register: 'Register application' },
  role: 'Registration officer',
  register: {
    title: 'Register application',
    office: 'Office',
    entryPlace: 'Place of entry',
    entryDate: 'Date of entry into the country',
    applicationDate: 'Application date',
    inTime: /^Within the filing window: it ends on \d{2}\/\d{2}\/\d{4}\.$/,
    principal: 'Principal applicant',
    dependant: (n) => `Dependant ${n}`,
    relationship: 'Relationship to the principal applicant',
    addDependant: 'Add dependant',
    submit: 'Register application',
    errorSummary: (n) =>
      n === 1
        ? 'There is 1 field with an error. Please correct it before registering.'
        : `There are ${n} fields with errors. Please correct them before registering.`,
  },
  person: {
    givenNames: 'Given names',
    firstSurname: 'First surname',
    secondSurname: 'Second surname',
    otherNames: 'Other names used',
    sex: 'Sex',
    birthDate: 'Date of birth',
    birthDateEstimated: 'Estimated date',
    countryOfBirth: 'Country of birth',
    countryOfOrigin: 'Country of origin',
    nationalities: 'Nationalities',
    addNationality: 'Add nationality',
    languages: 'Languages',
    addLanguage: 'Add language',
    needsInterpreter: 'Needs an interpreter',
    phone: 'Phone',
    address: 'Address in the country',
    addDocument: 'Add document',
    documentType: 'Document type',
    documentNumber: 'Document number',
    issuingCountry: 'Issuing country',
    childAtRiskCategory: 'Child at risk',
    notAttendingSchool: 'At risk of not attending school (CR-NE)',
  },
  option: {
    F: 'Female',
    M: 'Male',
    spouse: 'Spouse or partner',
    child: 'Daughter or son',
    passport: 'Passport',
    spanish: 'Spanish',
  },
  fieldError: { required: 'This field is required.', choose: 'Choose an option.' },
  success: { title: 'Application registered', caseNumber: 'Case number', open: 'Open the case file' },
  list: { title: 'Applications', search: 'Search', count: /^(\d+) applications?$/, loading: 'Loading…' },
  detail: {
    title: (caseNumber) => `Case file ${caseNumber}`,
    caseData: 'Application details',
    people: (count) => `People (${count})`,
    timeline: 'Case file history',
    registered: 'Application registered',
    peopleCount: (count) => `${count} people`,
    principal: 'Principal applicant',
    dependantAs: (relationship) => `Dependant · ${relationship}`,
    proof: 'Proof of registration (PDF)',
    notAttendingSchool: 'At risk of not attending school',
  },
  pdf: { title: 'Proof of registration', principal: 'Principal applicant' },
};
