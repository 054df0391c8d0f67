import type { CasePanelProps } from '../app/feature-pages';

/** This feature's panel on the case file; renders nothing until the feature ships. */
export function InterviewsPanel(props: CasePanelProps) {
  void props;
  return null;
}
