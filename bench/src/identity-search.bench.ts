/** `npm run bench -- identity-search`: registration-time candidate search over a large register. */
export async function identitySearchBenchmark(_options: Record<string, string>): Promise<void> {
  throw new Error('not built yet');
}
