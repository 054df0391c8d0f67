/** `npm run bench -- dedup`: persons through `refugio dedup --input`, time and peak memory. */
export async function dedupBenchmark(_options: Record<string, string>): Promise<void> {
  throw new Error('not built yet');
}
