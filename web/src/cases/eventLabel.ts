import type { TFunction } from 'i18next';
import { actionIds, type ActionId } from '@refugio/contract';
import { es } from '../i18n/es';

type KnownEvent = keyof typeof es.event;
const known = new Set<string>(Object.keys(es.event));
// A procedure step is recorded as an event named after its action.
const actions = new Set<string>(actionIds);

/** An event type in the officer's language; a type the UI does not know yet is shown readable, not hidden. */
export function eventLabel(t: TFunction, type: string): string {
  if (known.has(type)) return t(`event.${type as KnownEvent}`);
  if (actions.has(type)) return t(`procedure.actions.${type as ActionId}`);
  const words = type.replace(/[_.]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
