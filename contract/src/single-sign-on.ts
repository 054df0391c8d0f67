/** Schemas of single-sign-on shared by the API and the web app. */
export {};
