/**
 * UNHCR standardized specific-needs codes (IOM/030-FOM/030/2009), as listed in shared/DOMAIN.md §5.
 * Each code is `CATEGORY-DETAIL` (e.g. `SC-UC`, unaccompanied child). The DS (disability) codes are the
 * legacy ones proGres later replaced; they stay so that imported data keeps its meaning.
 * Source caveat (DOMAIN.md): reproduced from public code; check against the UNHCR primary before relying on it.
 */
export interface SpecificNeed {
  code: string;
  es: string;
  en: string;
}
export interface SpecificNeedCategory {
  code: string;
  es: string;
  en: string;
  needs: SpecificNeed[];
}

const n = (code: string, es: string, en: string): SpecificNeed => ({ code, es, en });

export const specificNeedCategories: SpecificNeedCategory[] = [
  {
    code: 'CR',
    es: 'Niña o niño en riesgo',
    en: 'Child at risk',
    needs: [
      n('CR-CP', 'Niña o niño progenitor', 'Child parent'),
      n('CR-CS', 'Niña o niño cónyuge', 'Child spouse'),
      n('CR-CC', 'Niña o niño cuidador', 'Child carer'),
      n('CR-TP', 'Embarazo adolescente', 'Teenage pregnancy'),
      n('CR-LW', 'Peores formas de trabajo infantil', 'Worst forms of child labour'),
      n('CR-LO', 'Otras formas de trabajo infantil', 'Other forms of child labour'),
      n('CR-NE', 'En riesgo de no asistir a la escuela', 'At risk of not attending school'),
      n('CR-SE', 'Necesidades educativas especiales', 'Special education needs'),
      n('CR-AF', 'Vinculado a fuerzas o grupos armados', 'Associated with armed forces or groups'),
      n('CR-CL', 'En conflicto con la ley', 'In conflict with the law'),
    ],
  },
  {
    code: 'SC',
    es: 'Niña o niño no acompañado o separado',
    en: 'Unaccompanied or separated child',
    needs: [
      n('SC-SC', 'Niña o niño separado', 'Separated child'),
      n('SC-UC', 'Niña o niño no acompañado', 'Unaccompanied child'),
      n('SC-CH', 'Hogar encabezado por una niña o niño', 'Child-headed household'),
      n('SC-IC', 'En cuidado institucional', 'In institutional care'),
      n('SC-FC', 'En cuidado de acogida', 'In foster care'),
    ],
  },
  {
    code: 'WR',
    es: 'Mujer en riesgo',
    en: 'Woman at risk',
    needs: [
      n('WR-WR', 'Mujer en riesgo', 'Woman at risk'),
      n('WR-SF', 'Mujer sola en riesgo', 'Single woman at risk'),
      n('WR-LC', 'Lactancia', 'Lactation'),
    ],
  },
  {
    code: 'ER',
    es: 'Persona mayor en riesgo',
    en: 'Older person at risk',
    needs: [
      n('ER-NF', 'Persona mayor sola', 'Single older person'),
      n('ER-MC', 'Persona mayor con niñas o niños a cargo', 'Older person with children'),
      n('ER-FR', 'Persona mayor que no puede cuidarse a sí misma', 'Older person unable to care for self'),
    ],
  },
  {
    code: 'SP',
    es: 'Madre, padre o cuidador solo',
    en: 'Single parent or caregiver',
    needs: [
      n('SP-PT', 'Madre o padre solo', 'Single parent'),
      n('SP-GP', 'Abuela o abuelo solo', 'Single grandparent'),
      n('SP-CG', 'Cuidador solo', 'Single caregiver'),
    ],
  },
  {
    code: 'DS',
    es: 'Discapacidad (códigos anteriores)',
    en: 'Disability (legacy codes)',
    needs: [
      n('DS-BD', 'Discapacidad visual', 'Visual impairment'),
      n('DS-DF', 'Discapacidad auditiva', 'Hearing impairment'),
      n('DS-PM', 'Discapacidad física moderada', 'Physical disability, moderate'),
      n('DS-PS', 'Discapacidad física grave', 'Physical disability, severe'),
      n('DS-MM', 'Discapacidad mental moderada', 'Mental disability, moderate'),
      n('DS-MS', 'Discapacidad mental grave', 'Mental disability, severe'),
      n('DS-SD', 'Discapacidad del habla', 'Speech impairment'),
    ],
  },
  {
    code: 'SM',
    es: 'Condición médica grave',
    en: 'Serious medical condition',
    needs: [
      n('SM-MI', 'Enfermedad mental', 'Mental illness'),
      n('SM-MN', 'Malnutrición', 'Malnutrition'),
      n('SM-DP', 'Embarazo de riesgo', 'Difficult pregnancy'),
      n('SM-CI', 'Enfermedad crónica', 'Chronic illness'),
      n('SM-CC', 'Condición crítica', 'Critical medical condition'),
      n('SM-OT', 'Otra condición médica', 'Other medical condition'),
      n('SM-AD', 'Adicción', 'Addiction'),
    ],
  },
  {
    code: 'FU',
    es: 'Unidad familiar',
    en: 'Family unity',
    needs: [
      n('FU-TR', 'Requiere búsqueda de familiares', 'Tracing required'),
      n('FU-FR', 'Requiere reunificación familiar', 'Family reunification required'),
    ],
  },
  {
    code: 'LP',
    es: 'Necesidades de protección legal y física',
    en: 'Legal and physical protection needs',
    needs: [
      n('LP-ND', 'Sin documentación legal', 'No legal documentation'),
      n('LP-BN', 'Necesidades básicas no cubiertas', 'Unmet basic needs'),
      n('LP-NA', 'Sin acceso a servicios', 'No access to services'),
      n('LP-MM', 'Matrimonio mixto', 'Mixed marriage'),
      n('LP-MD', 'Desplazamientos múltiples', 'Multiple displacements'),
      n('LP-RR', 'En riesgo de devolución (refoulement)', 'At risk of refoulement'),
      n('LP-RD', 'En riesgo de expulsión', 'At risk of removal'),
      n('LP-DA', 'Detenido en el país de asilo', 'Detained in the country of asylum'),
      n('LP-DO', 'Detenido en el país de origen', 'Detained in the country of origin'),
      n('LP-DT', 'Detenido en otro lugar', 'Detained elsewhere'),
      n('LP-IH', 'En ocultamiento', 'In hiding'),
      n('LP-WP', 'Sin protección de testigos', 'No witness protection'),
      n('LP-AN', 'Violencia, abuso o negligencia', 'Violence, abuse or neglect'),
      n('LP-RP', 'En riesgo por su perfil', 'At risk due to profile'),
      n('LP-MS', 'Marginado por la sociedad o la comunidad', 'Marginalized from society or community'),
      n('LP-LS', 'Sin perspectivas de solución duradera', 'No durable-solution prospects'),
      n('LP-AP', 'Presunto perpetrador', 'Alleged perpetrator'),
      n('LP-CR', 'Antecedentes penales', 'Criminal record'),
      n('LP-ST', 'Amenaza a la seguridad', 'Security threat'),
      n(
        'LP-AF',
        'Antes vinculado a fuerzas o grupos armados',
        'Formerly associated with armed forces or groups',
      ),
    ],
  },
  {
    code: 'TR',
    es: 'Tortura',
    en: 'Torture',
    needs: [
      n('TR-PI', 'Secuelas por tortura', 'Impairment due to torture'),
      n('TR-HO', 'Forzado a cometer actos atroces', 'Forced to commit egregious acts'),
      n('TR-WV', 'Testigo de violencia contra otros', 'Witness of violence to others'),
    ],
  },
  {
    code: 'SV',
    es: 'Violencia sexual y de género',
    en: 'Sexual and gender-based violence',
    needs: [
      n('SV-VA', 'Sobreviviente en el país de asilo', 'Survivor in the country of asylum'),
      n('SV-VF', 'Sobreviviente durante la huida', 'Survivor during flight'),
      n('SV-VO', 'Sobreviviente en el país de origen', 'Survivor in the country of origin'),
      n('SV-GM', 'Mutilación genital femenina', 'Female genital mutilation'),
      n('SV-HP', 'Prácticas tradicionales nocivas', 'Harmful traditional practices'),
      n('SV-HK', 'Amenaza de crimen de honor', 'Threat of honour killing'),
      n('SV-FM', 'Matrimonio forzado o precoz', 'Forced or early marriage'),
      n('SV-SS', 'Sexo por supervivencia', 'Survival sex'),
    ],
  },
];

export const specificNeedCodes: string[] = specificNeedCategories.flatMap((c) => c.needs.map((x) => x.code));
