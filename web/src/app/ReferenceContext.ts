import { createContext, useContext } from 'react';
import type { Reference } from '../api/endpoints';

export const ReferenceContext = createContext<Reference | null>(null);

/** The country profile and offices, loaded once after sign-in. */
export function useReference(): Reference {
  const reference = useContext(ReferenceContext);
  if (!reference) throw new Error('useReference outside <ReferenceProvider>');
  return reference;
}
