/** Spanish texts of the appeals feature (keys mirrored in ../en/appeals.ts). */
export const appeals = {};
