import type { Me } from '@refugio/contract';
import type { FeaturePage } from '../app/feature-pages';
import { AgendaPage } from './AgendaPage';
import { agendaPath } from './paths';

/**
 * Who reads an agenda (the server's `canReadAgenda`): the office's eligibility officers and
 * supervisors, and administrators — all of whom read cases.
 */
const readsAgenda = (me: Me): boolean =>
  me.permissions.includes('case.read') &&
  (me.user.role === 'eligibility_officer' ||
    me.user.role === 'supervisor' ||
    me.user.role === 'administrator');

/** The pages of this feature (routes and navigation entries), mounted by App and AppHeader. */
export const agendaPages: FeaturePage[] = [
  {
    path: agendaPath,
    component: AgendaPage,
    nav: { labelKey: 'agenda.nav', href: agendaPath, visible: readsAgenda, group: 'schedule' },
  },
];
