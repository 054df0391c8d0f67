/** Spanish texts of single sign-on. */
export const singleSignOn = {};
