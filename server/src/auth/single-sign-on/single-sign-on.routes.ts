import type { App, AppContext } from '../../http/context';

/** Routes of single sign-on with an OpenID Connect provider. */
export function singleSignOnRoutes(_app: App, _ctx: AppContext): void {}
