/** English texts of identity resolution (keys mirror ../es/identity.ts). */
export const identity = {};
