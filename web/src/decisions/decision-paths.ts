/** The page where the case's decision of the current round is drafted and corrected. */
export const decisionDraftPath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}/decision`;
