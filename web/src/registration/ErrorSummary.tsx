import { useTranslation } from 'react-i18next';
import { translateIssue, type FieldErrors } from '../i18n/fieldErrors';
import { fieldId } from '../ui/Field';
import { describePath } from './fieldLabels';

/** Every problem, each a link to its field, for officers who need the whole list at once. */
export function ErrorSummary({ errors }: { errors: FieldErrors }) {
  const { t } = useTranslation();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div className="notice notice--error error-summary" role="alert" tabIndex={-1}>
      <p>
        <strong>{t('registration.errorSummary', { count: entries.length })}</strong>
      </p>
      <ul>
        {entries.map(([path, issue]) => (
          <li key={path}>
            <a
              href={`#${fieldId(path)}`}
              onClick={(event) => {
                const target = document.getElementById(fieldId(path));
                if (target) {
                  event.preventDefault();
                  target.focus();
                }
              }}
            >
              {describePath(t, path)}: {translateIssue(t, issue)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
