/** The library's URLs. */
export const coiPaths = {
  library: '/coi',
  source: (id: string) => `/coi/${encodeURIComponent(id)}`,
};
