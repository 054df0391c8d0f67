import { DecisionView, type SaveDecisionDraftInput } from '@refugio/contract';
import { request } from '../api/client';

/**
 * `PUT /api/v1/decisions/:id/draft`: saves the current draft; a returned decision opens its next version.
 * (Beside the panel until web/src/api/decisions.ts, which this package does not own, takes it.)
 */
export const saveDecisionDraft = (id: string, input: SaveDecisionDraftInput) =>
  request(`/api/v1/decisions/${id}/draft`, { method: 'PUT', body: input, schema: DecisionView });
