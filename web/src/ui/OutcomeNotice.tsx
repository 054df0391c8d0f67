import { Notice } from './Notice';

/** What a panel says about its last change: that it was made, or why it was not. */
export interface Outcome {
  tone: 'success' | 'error';
  text: string;
}

export function OutcomeNotice({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return null;
  return (
    <Notice tone={outcome.tone}>
      <p>{outcome.text}</p>
    </Notice>
  );
}
