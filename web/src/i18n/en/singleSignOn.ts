/** English texts of single sign-on (keys mirror ../es/singleSignOn.ts). */
export const singleSignOn = {};
