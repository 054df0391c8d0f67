import type { FeaturePage } from '../app/feature-pages';

/** The pages of this feature (routes and navigation entries), mounted by App and AppHeader. */
export const coiPages: FeaturePage[] = [];
