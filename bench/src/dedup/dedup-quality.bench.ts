/** `npm run bench -- dedup-quality`: precision, recall and F1 of `refugio dedup` on labelled sets. */
export async function dedupQualityBenchmark(_options: Record<string, string>): Promise<void> {
  throw new Error('not built yet');
}
