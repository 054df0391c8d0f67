/** The pages of the access feature. */
export const breakGlassPath = '/break-glass';
export const breakGlassReviewPath = '/break-glass/review';
