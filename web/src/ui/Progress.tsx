/** A spinner with words, announced politely to screen readers. */
export function Progress({ label, className }: { label: string; className?: string }) {
  return (
    <div role="status" className={['progress', className ?? ''].filter(Boolean).join(' ')}>
      <span className="progress__spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
