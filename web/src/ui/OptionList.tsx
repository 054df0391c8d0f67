import { memo } from 'react';
import type { Option } from '../i18n/useNames';

/**
 * The <option>s of a long list (about 250 countries), memoised: the registration form re-renders on
 * every keystroke and has several country lists per person.
 */
export const OptionList = memo(function OptionList({ options }: { options: readonly Option[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
});
