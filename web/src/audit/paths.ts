/** The audit feature's URLs. */
export const auditPath = '/auditoria';
