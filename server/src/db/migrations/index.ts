import type { Migration } from 'kysely';
import * as createFoundation from './2026_11_29_1000_create_foundation';
import * as addCaseStage from './2026_11_29_1200_add_case_stage';
import * as addCaseClocks from './2026_11_29_1400_add_case_clocks';
import * as addRecomputationCases from './2026_11_29_1500_add_recomputation_cases';
import * as addTimeLimitRules from './2026_11_29_1600_add_time_limit_rules';
import * as addEligibilityFoundation from './2026_11_30_1000_add_eligibility_foundation';
import * as createInterviews from './2026_11_30_1100_create_interviews';
import * as createAssessments from './2026_11_30_1200_create_assessments';
import * as createDecisions from './2026_11_30_1300_create_decisions';
import * as createAppeals from './2026_11_30_1400_create_appeals';
import * as addCaseAppealOnFile from './2026_11_30_1500_add_case_appeal_on_file';
import * as batchRecomputationWorkList from './2026_11_30_1600_batch_recomputation_work_list';
import * as indexClockEvents from './2026_11_30_1610_index_clock_events';
import * as addNoShowJustification from './2026_12_01_1000_add_no_show_justification';
import * as extendAppealsAndQuality from './2026_12_01_1100_extend_appeals_and_quality';
import * as chainAuditLog from './2026_12_02_1000_chain_audit_log';
import * as accountSecurity from './2026_12_02_1100_account_security';
import * as encryptionAndAttachments from './2026_12_02_1200_encryption_and_attachments';
import * as sensitivityAndBreakGlass from './2026_12_02_1300_sensitivity_and_break_glass';
import * as consentAndDisclosures from './2026_12_02_1400_consent_and_disclosures';
import * as retention from './2026_12_03_1000_retention';
import * as sealContactAndSecrets from './2026_12_03_1100_seal_contact_and_secrets';
import * as legacySealingIndexes from './2026_12_03_1200_legacy_sealing_indexes';
import * as singleSignOn from './2026_12_04_1000_single_sign_on';
import * as identityResolution from './2026_12_04_1100_identity_resolution';

/** Every migration in order. Never edit one that has been committed: add a new one. */
export const migrations: Record<string, Migration> = {
  '2026_11_29_1000_create_foundation': createFoundation,
  '2026_11_29_1200_add_case_stage': addCaseStage,
  '2026_11_29_1400_add_case_clocks': addCaseClocks,
  '2026_11_29_1500_add_recomputation_cases': addRecomputationCases,
  '2026_11_29_1600_add_time_limit_rules': addTimeLimitRules,
  '2026_11_30_1000_add_eligibility_foundation': addEligibilityFoundation,
  '2026_11_30_1100_create_interviews': createInterviews,
  '2026_11_30_1200_create_assessments': createAssessments,
  '2026_11_30_1300_create_decisions': createDecisions,
  '2026_11_30_1400_create_appeals': createAppeals,
  '2026_11_30_1500_add_case_appeal_on_file': addCaseAppealOnFile,
  '2026_11_30_1600_batch_recomputation_work_list': batchRecomputationWorkList,
  '2026_11_30_1610_index_clock_events': indexClockEvents,
  '2026_12_01_1000_add_no_show_justification': addNoShowJustification,
  '2026_12_01_1100_extend_appeals_and_quality': extendAppealsAndQuality,
  '2026_12_02_1000_chain_audit_log': chainAuditLog,
  '2026_12_02_1100_account_security': accountSecurity,
  '2026_12_02_1200_encryption_and_attachments': encryptionAndAttachments,
  '2026_12_02_1300_sensitivity_and_break_glass': sensitivityAndBreakGlass,
  '2026_12_02_1400_consent_and_disclosures': consentAndDisclosures,
  '2026_12_03_1000_retention': retention,
  '2026_12_03_1100_seal_contact_and_secrets': sealContactAndSecrets,
  '2026_12_03_1200_legacy_sealing_indexes': legacySealingIndexes,
  '2026_12_04_1000_single_sign_on': singleSignOn,
  '2026_12_04_1100_identity_resolution': identityResolution,
};
