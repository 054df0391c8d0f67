import type { FeaturePage } from '../app/feature-pages';

/** The pages of identity resolution (routes and navigation entries), mounted by App and AppHeader. */
export const identityPages: FeaturePage[] = [];
