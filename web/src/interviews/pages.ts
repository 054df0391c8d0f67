import type { FeaturePage } from '../app/feature-pages';
import { holdsAny } from '../app/feature-pages';
import { InterpretersPage } from './InterpretersPage';
import { RoomsPage } from './RoomsPage';
import { InterviewRecordPage } from './InterviewRecordPage';

/** The pages of this feature (routes and navigation entries), mounted by App and AppHeader. */
export const interviewPages: FeaturePage[] = [
  { path: '/cases/:id/interviews/:interviewId/record', component: InterviewRecordPage },
  {
    path: '/interpreters',
    component: InterpretersPage,
    nav: {
      labelKey: 'interviews.nav.interpreters',
      href: '/interpreters',
      visible: holdsAny('interpreter.manage'),
      group: 'schedule',
    },
  },
  {
    path: '/rooms',
    component: RoomsPage,
    nav: {
      labelKey: 'interviews.nav.rooms',
      href: '/rooms',
      visible: holdsAny('room.manage'),
      group: 'schedule',
    },
  },
];
