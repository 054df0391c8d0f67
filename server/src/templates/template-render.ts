import {
  placeholderPattern,
  placeholdersOf,
  templateFields,
  textsOf,
  type FieldError,
  type TemplateBlock,
  type TemplateFieldId,
  type TemplateKind,
} from '@refugio/contract';

/** A block with its placeholders filled: what a letter prints, frozen into a submitted decision version. */
export type RenderedBlock =
  | { type: 'heading' | 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'signature'; lines: string[] };

/** The values of a template's fields; a list field holds items. Absent or blank: the field is missing. */
export type FieldValues = Partial<Record<TemplateFieldId, string | readonly string[]>>;

const fieldsById = new Map<string, (typeof templateFields)[number]>(templateFields.map((f) => [f.id, f]));

/**
 * What is wrong with a template's placeholders, each naming where it sits (`body.3.text`): a field that
 * does not exist (`unknown_field`), or one this kind of document cannot fill (`field_not_for_kind`: an
 * interview notice has no reasons). Pure.
 */
export function checkPlaceholders(kind: TemplateKind, body: readonly TemplateBlock[]): FieldError[] {
  return textsOf(body).flatMap(({ path, text }) =>
    placeholdersOf(text).flatMap((name): FieldError[] => {
      const field = fieldsById.get(name);
      if (!field) return [{ path, code: 'unknown_field', message: `No field is called {{${name}}}` }];
      if (!(field.kinds as readonly string[]).includes(kind))
        return [{ path, code: 'field_not_for_kind', message: `{{${name}}} cannot be filled in a ${kind}` }];
      return [];
    }),
  );
}

/** The fields a template names, once each, in order of appearance. */
export function fieldsOfTemplate(body: readonly TemplateBlock[]): TemplateFieldId[] {
  const names = textsOf(body).flatMap(({ text }) => placeholdersOf(text));
  return [...new Set(names)].filter((n): n is TemplateFieldId => fieldsById.has(n));
}

const isBlank = (value: string | readonly string[] | undefined) =>
  value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * Fills a template. A list field alone in a list item expands into one item per value (none: the item
 * goes, and a list left empty goes too); elsewhere its items are joined with "; ". A missing value is
 * printed as `[field]` so a draft shows the gap, and listed in `missing`: a letter with a gap is never
 * submitted. Values are text only: a value that looks like a placeholder is printed as it is. Pure.
 */
export function renderTemplate(
  body: readonly TemplateBlock[],
  values: FieldValues,
): { blocks: RenderedBlock[]; missing: TemplateFieldId[] } {
  const missing = new Set<TemplateFieldId>();
  const valueOf = (name: string): string | readonly string[] => {
    const value = values[name as TemplateFieldId];
    if (isBlank(value)) {
      missing.add(name as TemplateFieldId);
      return `[${name}]`;
    }
    return value!;
  };
  const fill = (text: string) =>
    text.replace(placeholderPattern, (_match, name: string) => {
      const value = valueOf(name);
      return typeof value === 'string' ? value : value.join('; ');
    });
  const blocks = body.flatMap((block): RenderedBlock[] => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return [{ type: block.type, text: fill(block.text) }];
      case 'signature':
        return [{ type: 'signature', lines: block.lines.map(fill) }];
      case 'list': {
        const items = block.items.flatMap((item) => {
          const alone = /^\s*\{\{\s*([^{}]*?)\s*\}\}\s*$/.exec(item)?.[1];
          if (alone !== undefined && fieldsById.get(alone)?.list) {
            const value = valueOf(alone);
            return typeof value === 'string' ? [value] : [...value];
          }
          return [fill(item)];
        });
        return items.length === 0 ? [] : [{ type: 'list', items }];
      }
    }
  });
  return { blocks, missing: [...missing] };
}

/** Sample values for a preview: each field shows its own name, lists two items. */
export function sampleValues(): FieldValues {
  return Object.fromEntries(
    templateFields.map((f) => [f.id, f.list ? [`«${f.id} 1»`, `«${f.id} 2»`] : `«${f.id}»`]),
  );
}
