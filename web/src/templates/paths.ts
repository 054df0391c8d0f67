/** Where the templates' pages live. */
export const templatesPath = '/templates';
export const templatePath = (id: string) => `/templates/${encodeURIComponent(id)}`;
