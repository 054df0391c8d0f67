import type { FeaturePage } from '../app/feature-pages';
import { holdsAny } from '../app/feature-pages';
import { CoiPage } from './CoiPage';
import { CoiSourcePage } from './CoiSourcePage';
import { coiPaths } from './coi-paths';

/** The country-of-origin information library, for whoever contributes to it or manages it. */
export const coiPages: FeaturePage[] = [
  {
    path: coiPaths.library,
    component: CoiPage,
    nav: {
      labelKey: 'coi.nav',
      href: coiPaths.library,
      visible: holdsAny('coi.contribute', 'coi.manage'),
      group: 'library',
    },
  },
  { path: '/coi/:id', component: CoiSourcePage },
];
