/**
 * Settings of single sign-on with a government identity provider (OpenID Connect), read from the
 * environment. Not set: Refugio's own accounts only.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by single sign-on
export interface SingleSignOnConfig {}

export function loadSingleSignOnConfig(_env: NodeJS.ProcessEnv): SingleSignOnConfig | undefined {
  return undefined;
}
