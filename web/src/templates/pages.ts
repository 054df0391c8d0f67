import { holdsAny, type FeaturePage } from '../app/feature-pages';
import { TemplatesPage } from './TemplatesPage';

/** The model resolutions, for the administrators who keep them. */
export const templatePages: FeaturePage[] = [
  {
    path: '/templates',
    component: TemplatesPage,
    nav: { labelKey: 'templates.nav', href: '/templates', visible: holdsAny('template.manage') },
  },
];
