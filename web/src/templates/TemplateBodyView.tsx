import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  placeholderPattern,
  templateFieldIds,
  type TemplateBlock,
  type TemplateFieldId,
} from '@refugio/contract';

const fieldIds: ReadonlySet<string> = new Set(templateFieldIds);

/** A text with its `{{field}}` placeholders set apart, each titled with what it prints. */
function TextWithFields({ text }: { text: string }) {
  const { t } = useTranslation();
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(placeholderPattern)) {
    const at = match.index;
    if (at > last) parts.push(text.slice(last, at));
    const name = match[1] ?? '';
    parts.push(
      <span
        key={at}
        className="template-field"
        title={fieldIds.has(name) ? t(`templates.field.${name as TemplateFieldId}`) : undefined}
      >
        {match[0]}
      </span>,
    );
    last = at + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}

/** A template's body laid out as the letter prints it, the fields shown by name. */
export function TemplateBodyView({
  body,
  labelledBy,
}: {
  body: readonly TemplateBlock[];
  labelledBy: string;
}) {
  return (
    <article className="template-letter" aria-labelledby={labelledBy}>
      {body.map((block, i) => (
        <Fragment key={i}>
          {block.type === 'heading' && (
            <h3 className="template-letter__heading">
              <TextWithFields text={block.text} />
            </h3>
          )}
          {block.type === 'paragraph' && (
            <p className="template-letter__paragraph">
              <TextWithFields text={block.text} />
            </p>
          )}
          {block.type === 'list' && (
            <ul className="template-letter__list">
              {block.items.map((item, j) => (
                <li key={j}>
                  <TextWithFields text={item} />
                </li>
              ))}
            </ul>
          )}
          {block.type === 'signature' && (
            <div className="template-letter__signature">
              {block.lines.map((line, j) => (
                <div key={j}>
                  <TextWithFields text={line} />
                </div>
              ))}
            </div>
          )}
        </Fragment>
      ))}
    </article>
  );
}
