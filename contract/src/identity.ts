/** Schemas of identity shared by the API and the web app. */
export {};
