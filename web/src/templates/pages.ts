import { holdsAny, type FeaturePage } from '../app/feature-pages';
import { TemplatePage } from './TemplatePage';
import { TemplatesPage } from './TemplatesPage';
import { templatesPath } from './paths';

/** The model resolutions, for the administrators who keep them. */
export const templatePages: FeaturePage[] = [
  {
    path: templatesPath,
    component: TemplatesPage,
    nav: {
      labelKey: 'templates.nav',
      href: templatesPath,
      visible: holdsAny('template.manage'),
      group: 'library',
    },
  },
  { path: `${templatesPath}/:id`, component: TemplatePage },
];
