/** Spanish texts of the interviews feature (keys mirrored in ../en/interviews.ts). */
export const interviews = {};
