import type { ComponentType } from 'react';
import type { CaseDetail, Me, Permission } from '@refugio/contract';

/** A page a feature adds: its route, and its entry in the main navigation when it has one. */
export interface FeaturePage {
  /** A wouter path pattern, e.g. `/coi/:id`. */
  path: string;
  component: ComponentType<{ params: Record<string, string | undefined> }>;
  /**
   * The navigation entry: its i18n key, its href (the path without parameters), who sees it, and the
   * header menu it sits in (none: a link of its own).
   */
  nav?: { labelKey: string; href: string; visible: (me: Me) => boolean; group?: NavGroup };
}

/**
 * The header's menus, in their order: deadlines and the calendar; the office's agenda, interpreters and
 * rooms; the review of decisions (four eyes, appeals, quality); the reference library (country
 * information, model resolutions); administration (users, recipients, the audit log).
 */
export const navGroups = ['deadlines', 'schedule', 'review', 'library', 'administration'] as const;
export type NavGroup = (typeof navGroups)[number];

/** What a feature's panel on the case file is given (like the case file's own panels). */
export interface CasePanelProps {
  detail: CaseDetail;
  /** The server answered with the updated case file. */
  onReplace: (detail: CaseDetail) => void;
  /** Reload the case file (after a conflict, or a change made elsewhere). */
  onReload: () => void;
}

/** Whether the signed-in user holds any of these permissions. */
export const holdsAny =
  (...permissions: Permission[]) =>
  (me: Me): boolean =>
    permissions.some((p) => me.permissions.includes(p));

/**
 * Whether the user's role reads what an applicant said and how it was weighed (the server's
 * `canReadClaim`): panels that show it do not even ask for it otherwise.
 */
export const readsClaim = (me: Me): boolean =>
  me.user.role === 'eligibility_officer' ||
  me.user.role === 'supervisor' ||
  me.user.role === 'appeals_officer';
