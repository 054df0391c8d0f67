/** Spanish texts of the coi feature (keys mirrored in ../en/coi.ts). */
export const coi = {};
