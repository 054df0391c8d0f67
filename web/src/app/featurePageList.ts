import type { FeaturePage } from './feature-pages';
import { interviewPages } from '../interviews/pages';
import { agendaPages } from '../agenda/pages';
import { coiPages } from '../coi/pages';
import { assessmentPages } from '../assessments/pages';
import { decisionPages } from '../decisions/pages';
import { templatePages } from '../templates/pages';
import { appealPages } from '../appeals/pages';
import { qualityPages } from '../quality/pages';
import { timeLimitPages } from '../time-limits/pages';
import { auditPages } from '../audit/pages';
import { accountPages } from '../account/pages';
import { accessPages } from '../access/pages';
import { dataProtectionPages } from '../data-protection/pages';
import { retentionPages } from '../retention/pages';
import { identityPages } from '../identity/pages';

/** Every page the eligibility features add, in the order of the navigation. */
export const featurePages: FeaturePage[] = [
  ...agendaPages,
  ...interviewPages,
  ...coiPages,
  ...assessmentPages,
  ...decisionPages,
  ...templatePages,
  ...appealPages,
  ...qualityPages,
  ...timeLimitPages,
  ...accessPages,
  ...auditPages,
  ...accountPages,
  ...dataProtectionPages,
  ...retentionPages,
  ...identityPages,
];
