import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecomputationView } from '@refugio/contract';
import { asFailure, type ApiFailure } from '../api/client';
import { getRecomputation } from '../api/endpoints';
import { FailureNotice } from '../app/FailureNotice';
import { Notice } from '../ui/Notice';

const pollMs = 500;

/**
 * A change that moves many cases' clocks answers while their deadlines are still being recomputed:
 * follow it until it is done, so the officer sees how far it got and how many due dates moved.
 * Give it `key={recomputation.id}` so a new change starts afresh.
 */
export function RecomputationProgress({ recomputation }: { recomputation: RecomputationView }) {
  const { t } = useTranslation();
  const [view, setView] = useState(recomputation);
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  // The change was made in a form or a row further down: bring its result into view.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView?.({ block: 'nearest' });
  }, [view.status]);

  useEffect(() => {
    if (view.status === 'done' || failure) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      getRecomputation(view.id, controller.signal).then(setView, (error: unknown) => {
        if (!controller.signal.aborted) setFailure(asFailure(error));
      });
    }, pollMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [view, failure]);

  if (view.status === 'done')
    return (
      <div ref={box}>
        <Notice tone="success">
          <p>{t('recomputation.done', { count: view.total, changed: view.changed })}</p>
        </Notice>
      </div>
    );
  return (
    <div className="recomputation" ref={box}>
      <progress
        className="recomputation__bar"
        max={Math.max(view.total, 1)}
        value={view.done}
        aria-label={t('recomputation.label')}
      />
      <p>{t('recomputation.running', { done: view.done, total: view.total, changed: view.changed })}</p>
      {failure && <FailureNotice failure={failure} onRetry={() => setFailure(undefined)} />}
    </div>
  );
}
