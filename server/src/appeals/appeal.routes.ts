import type { App, AppContext } from '../http/context';

/** HTTP routes of this feature (registered in http/app.ts); filled as the feature ships. */
export function appealRoutes(app: App, ctx: AppContext): void {
  void app;
  void ctx;
}
