/** The assessment page of a case. */
export const assessmentPath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}/assessment`;
