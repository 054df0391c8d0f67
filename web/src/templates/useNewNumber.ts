import { useState } from 'react';
import { useLocation } from 'wouter';
import type { TemplateView } from '@refugio/contract';
import { asFailure, type ApiFailure } from '../api/client';
import { createTemplate } from '../api/templates';
import { templatePath } from './paths';

/**
 * "New version": the next number of an active or retired template, a draft with its text, opened in
 * the editor. This is how a template in force is changed; it stays in force until the new one is activated.
 */
export function useNewNumber() {
  const [, navigate] = useLocation();
  const [creating, setCreating] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);

  const create = (base: TemplateView) => {
    setCreating(true);
    setFailure(null);
    createTemplate({
      kind: base.kind,
      outcome: base.outcome,
      language: base.language,
      title: base.title,
      body: base.body,
      source: base.source,
      basedOn: base.id,
    }).then(
      (draft) => {
        setCreating(false);
        navigate(templatePath(draft.id));
      },
      (error: unknown) => {
        setCreating(false);
        setFailure(asFailure(error));
      },
    );
  };

  return { create, creating, failure };
}
