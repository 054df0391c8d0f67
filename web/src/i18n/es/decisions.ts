/** Spanish texts of the decisions feature (keys mirrored in ../en/decisions.ts). */
export const decisions = {};
