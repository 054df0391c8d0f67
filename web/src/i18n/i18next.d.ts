import 'i18next';
import type { es } from './es';

// Typed keys: a misspelt translation key is a type error, not a raw key on an officer's screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof es };
  }
}
