/** Spanish texts of the assessments feature (keys mirrored in ../en/assessments.ts). */
export const assessments = {};
