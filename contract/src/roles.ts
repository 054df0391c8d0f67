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
] as const;
export const Permission = z.enum(permissions);
export type Permission = z.infer<typeof Permission>;
