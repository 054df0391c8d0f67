/** Spanish texts of the quality feature (keys mirrored in ../en/quality.ts). */
export const quality = {};
