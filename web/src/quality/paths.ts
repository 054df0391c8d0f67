/** The quality feature's URLs. */
export const qualityPath = '/quality';
export const qualityReportsPath = '/quality/reports';
export const qualityReviewPattern = '/quality/reviews/:id';
export const qualityReviewPath = (id: string) => `/quality/reviews/${encodeURIComponent(id)}`;
