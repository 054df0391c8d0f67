/** Spanish texts of the templates feature (keys mirrored in ../en/templates.ts). */
export const templates = {};
