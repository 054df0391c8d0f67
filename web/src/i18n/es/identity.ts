/** Spanish texts of identity resolution. */
export const identity = {};
