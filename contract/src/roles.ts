import { z } from 'zod';

export const roles = [
  'registration_officer',
  'eligibility_officer',
  'supervisor',
  'appeals_officer',
  'statistician',
  'administrator',
  'auditor',
] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/** What a user may do; the server derives these from the role and sends them with the session. */
export const permissions = [
  'case.read',
  'case.register',
  'audit.read',
  'user.manage',
  'statistics.read',
  /** Suspend and resume the clocks of a case, an office or the authority. */
  'clock.suspend',
  /** Declare and withdraw non-working days of the authority. */
  'calendar.manage',
  /** Record and withdraw versions of the procedure's time limits (rules the profile leaves unknown). */
  'rules.manage',
  /** Keep the interpreter register (languages, sex, availability, confidentiality). */
  'interpreter.manage',
  /** Keep the interview rooms of the office. */
  'room.manage',
  /** Add country-of-origin information sources and cite them. */
  'coi.contribute',
  /** Edit anyone's sources and mark them superseded. */
  'coi.manage',
  /** Edit, activate and retire the model resolutions and notices. */
  'template.manage',
  /** Draw quality samples and review decisions a second time. */
  'quality.review',
  /** Read quality reports (statisticians: offices only, never per officer). */
  'quality.report',
  /** Mark a case or person sensitive, lift marks and name the supervisors of a sensitive case. */
  'case.mark_sensitive',
  /** Ask for emergency (break-glass) access to a case outside one's scope, stating a reason. */
  'break_glass.request',
  /** Review the uses of break-glass access. */
  'break_glass.review',
  /** Keep the register of recipients data may be shared with. */
  'recipient.manage',
  /** Share people of a case with a registered recipient, with their consent. */
  'disclosure.make',
  /** Export everything held about a person of a case for their subject access request, third parties redacted. */
  'subject_access.export',
  /** Place and lift legal holds on a case (a hold keeps it from disposal). */
  'legal_hold.manage',
  /** Set retention periods, see what is due and dispose of it. */
  'retention.manage',
] as const;
export const Permission = z.enum(permissions);
export type Permission = z.infer<typeof Permission>;
