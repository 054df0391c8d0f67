import type { CaseDetail, Me } from '@refugio/contract';
import type { Reference } from '../api/endpoints';

export const officeTap = {
  id: '136d5c6b-877a-4293-9419-7f2890ec2b94',
  code: 'TAP',
  name: 'Oficina de Representación en Tapachula',
  city: 'Tapachula, Chiapas',
};

export const registrationOfficer: Me = {
  user: {
    id: '8a11629a-7ab9-4d6f-b907-39c523a4766b',
    name: 'Lucía Hernández Ortiz',
    email: 'registro@demo.refugio.mx',
    role: 'registration_officer',
    office: officeTap,
  },
  permissions: ['case.read', 'case.register'],
};

export const eligibilityOfficer: Me = {
  user: { ...registrationOfficer.user, role: 'eligibility_officer', name: 'Pedro Elegible' },
  permissions: ['case.read'],
};

export const supervisor: Me = {
  user: { ...registrationOfficer.user, role: 'supervisor', name: 'Marta Supervisora Ruiz' },
  permissions: ['case.read', 'case.register', 'clock.suspend'],
};

/** Works across offices, so the office is not fixed by the session. */
export const administrator: Me = {
  user: { ...registrationOfficer.user, role: 'administrator', name: 'Ana Administradora', office: null },
  permissions: [
    'case.read',
    'case.register',
    'user.manage',
    'audit.read',
    'statistics.read',
    'calendar.manage',
  ],
};

export const mexico: Reference = {
  profile: {
    code: 'MEX',
    name: { es: 'México', en: 'Mexico' },
    authority: {
      name: {
        es: 'Comisión Mexicana de Ayuda a Refugiados',
        en: 'Mexican Commission for Refugee Assistance',
      },
      acronym: 'COMAR',
    },
    filingWindow: {
      status: 'known',
      length: 30,
      unit: 'working_days',
      from: 'entry',
      legalBasis: 'LRPCAP art. 18',
      source: 'LRPCAP',
    },
    definitions: {
      convention1951: { status: 'in_force', legalBasis: 'LRPCAP art. 13-I', source: 'LRPCAP' },
      cartagena: { status: 'in_force', legalBasis: 'LRPCAP art. 13-II', source: 'LRPCAP' },
      genderGround: { status: 'in_force', legalBasis: 'LRPCAP art. 13-I', source: 'LRPCAP' },
      complementaryProtection: { status: 'in_force', legalBasis: 'LRPCAP art. 28', source: 'LRPCAP' },
    },
    timeZone: 'America/Mexico_City',
    interviewRules: {
      inPerson: { status: 'known', legalBasis: 'LRPCAP arts. 21 (last ¶), 23 ¶2', source: 'LRPCAP' },
      remote: { status: 'unknown', note: 'Whether a video interview satisfies art. 21 is not settled.' },
      sameSexRequest: { status: 'unknown', note: 'UNHCR §3.1.3 [2005] (INF-1), honoured as practice.' },
      interpreterConfidentiality: { status: 'known', legalBasis: 'LRPCAP art. 23 ¶3', source: 'LRPCAP' },
    },
    triage: {
      tracks: [
        {
          id: 'regular',
          name: { es: 'Procedimiento regular', en: 'Regular procedure' },
          basis: { status: 'known', legalBasis: 'LRPCAP and RLRPCAP', source: 'LRPCAP' },
          timeLimits: [],
        },
        {
          id: 'accelerated',
          name: { es: 'Procedimiento acelerado', en: 'Accelerated procedure' },
          basis: { status: 'unknown', note: 'COMAR practice (ACSG tools/55487)' },
          timeLimits: [],
        },
        {
          id: 'simplified',
          name: { es: 'Procedimiento simplificado', en: 'Simplified procedure' },
          basis: { status: 'unknown', note: 'COMAR support packages' },
          timeLimits: [],
        },
        {
          id: 'prioritised',
          name: { es: 'Atención prioritaria', en: 'Prioritised processing' },
          basis: { status: 'known', legalBasis: 'UNHCR Procedural Standards §4.6.3', source: 'RW' },
          timeLimits: [],
        },
      ],
      indicators: [
        {
          id: 'cartagena_public_order_presumption',
          kind: 'inclusion_profile',
          name: {
            es: 'Huyó de una perturbación grave del orden público (presunción de inclusión)',
            en: 'Fled a serious disturbance of public order (presumption of inclusion)',
          },
          basis: { status: 'known', legalBasis: 'LRPCAP art. 13-II', source: 'ACSG tools/55487' },
        },
        {
          id: 'haiti_support_package',
          kind: 'inclusion_profile',
          name: {
            es: 'Perfil del paquete de apoyo de la COMAR para Haití',
            en: "Profile of COMAR's support package for Haiti",
          },
          basis: { status: 'unknown', note: 'The profiles covered were not in the sources' },
        },
      ],
      rules: [
        {
          id: 'presumption_of_inclusion',
          name: {
            es: 'Presunción de inclusión (Cartagena): procedimiento acelerado',
            en: 'Presumption of inclusion (Cartagena): accelerated procedure',
          },
          track: 'accelerated',
          when: { indicatorsAny: ['cartagena_public_order_presumption'] },
          basis: { status: 'unknown', note: 'COMAR practice' },
          effectiveFrom: { status: 'unknown', note: 'Not found' },
        },
        {
          id: 'specific_needs_priority',
          name: {
            es: 'Necesidades específicas: atención prioritaria',
            en: 'Specific needs: prioritised processing',
          },
          track: 'prioritised',
          when: { specificNeedsAny: ['SC-UC', 'WR-WR'] },
          basis: { status: 'unknown', note: "UNHCR's standard" },
          effectiveFrom: '2026-01-01',
        },
      ],
      defaultTrack: 'regular',
      overrideRoles: ['supervisor'],
    },
  },
  offices: [
    officeTap,
    {
      id: '98d77a97-e776-4da0-ab5e-848778bb63c1',
      code: 'CMX',
      name: 'Oficinas Centrales',
      city: 'Ciudad de México',
    },
  ],
};

const person = {
  otherNames: [],
  birthDateEstimated: false,
  countryOfBirth: 'GTM',
  nationalities: ['GTM'],
  countryOfOrigin: 'GTM',
  languages: ['quc', 'spa'],
  needsInterpreter: false,
  phone: '',
  address: '',
  documents: [],
  specificNeeds: [],
};

export const petronaCase: CaseDetail = {
  id: '8a3bc3a5-8561-41fd-b0e2-046ec170e738',
  caseNumber: 'COMAR-TAP-2026-000024',
  status: 'registered',
  stage: 'registered',
  outcome: null,
  version: 1,
  office: officeTap,
  entryDate: '2026-11-06',
  entryPlace: 'Tapachula, Chiapas',
  applicationDate: '2026-11-18',
  filingWindow: { late: false, deadline: '2026-12-18', method: 'working_days' },
  lateFilingJustification: '',
  deadlines: [
    {
      limit: 'first_instance_decision',
      startsOn: 'filing',
      startDate: '2026-11-18',
      dueDate: '2027-01-25',
      length: 45,
      unit: 'working_days',
      whose: 'administration',
      legalBasis: 'LRPCAP art. 24',
      status: 'open',
      metOn: null,
      extendedBy: 0,
      pausedDays: 0,
      pausedToday: false,
      unitsLeft: null,
      extensions: [],
      extendable: false,
    },
  ],
  registeredAt: '2026-11-18T20:43:00.000Z',
  registeredBy: { id: registrationOfficer.user.id, name: 'Lucía Hernández Ortiz' },
  people: [
    {
      ...person,
      id: 'b4faa457-c315-4849-8da9-3ed7d781aae2',
      role: 'principal',
      relationship: null,
      givenNames: 'Petrona',
      firstSurname: 'Pérez',
      secondSurname: 'López',
      sex: 'F',
      birthDate: '1994-06-01',
      specificNeeds: ['WR-WR', 'SP-PT'],
      documents: [{ type: 'national_id', number: '2456 78901 0101', issuingCountry: 'GTM' }],
    },
    {
      ...person,
      id: '5d8157ec-8cfe-4542-bf25-6d2e85e2771f',
      role: 'dependant',
      relationship: 'child',
      givenNames: 'Juana',
      firstSurname: 'Tum',
      secondSurname: 'Pérez',
      sex: 'F',
      birthDate: '2020-02-17',
    },
  ],
  events: [
    {
      id: '35',
      type: 'application_registered',
      occurredAt: '2026-11-18T20:43:00.000Z',
      actor: { id: registrationOfficer.user.id, name: 'Lucía Hernández Ortiz' },
      data: { people: 2, caseNumber: 'COMAR-TAP-2026-000024', lateFiling: false, officeCode: 'TAP' },
    },
  ],
  actions: ['view', 'print_proof_of_registration'],
  procedureActions: [],
  triage: {
    track: 'regular',
    placement: { track: 'regular', ruleId: null, ruleVersion: null, reasons: [{ code: 'no_rule_held' }] },
    override: null,
    canOverride: false,
  },
  presentation: null,
  assignment: { officer: null, candidates: [] },
  access: {
    sensitive: false,
    marks: [],
    supervisors: [],
    canMark: false,
    supervisorCandidates: [],
    breakGlass: null,
    restricted: [],
  },
};
