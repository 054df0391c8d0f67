import type { App, AppContext } from '../http/context';

/** Routes of identity resolution: candidates at registration, the review queue, links. */
export function identityRoutes(_app: App, _ctx: AppContext): void {}
