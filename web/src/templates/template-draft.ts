import { placeholdersOf, type TemplateBlock, type TemplateKind } from '@refugio/contract';

export const blockTypes = ['heading', 'paragraph', 'list', 'signature'] as const;
export type BlockType = (typeof blockTypes)[number];

/** A block as the editor holds it: a stable key, so moving a block keeps its controls and focus. */
export interface DraftBlock {
  key: number;
  block: TemplateBlock;
}

/** Where one text of a block sits: `null` for a heading's or paragraph's text, else the item or line. */
export type TextSlot = number | null;

let nextKey = 1;
export const keyed = (block: TemplateBlock): DraftBlock => ({ key: nextKey++, block });

export function emptyBlock(type: BlockType): TemplateBlock {
  switch (type) {
    case 'heading':
    case 'paragraph':
      return { type, text: '' };
    case 'list':
      return { type, items: [''] };
    case 'signature':
      return { type, lines: [''] };
  }
}

/** The texts of a block, in order: one for a heading or paragraph, its items or its lines. */
export function textsOfBlock(block: TemplateBlock): string[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items;
    case 'signature':
      return block.lines;
  }
}

/** The block with one of its texts replaced. */
export function withText(block: TemplateBlock, slot: TextSlot, text: string): TemplateBlock {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return { ...block, text };
    case 'list':
      return { ...block, items: block.items.map((item, i) => (i === slot ? text : item)) };
    case 'signature':
      return { ...block, lines: block.lines.map((line, i) => (i === slot ? text : line)) };
  }
}

/** The request path of a block's text, as the server names it in a refusal (`body.3.items.0`). */
export function textPath(index: number, block: TemplateBlock, slot: TextSlot): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return `body.${index}.text`;
    case 'list':
      return `body.${index}.items.${slot ?? 0}`;
    case 'signature':
      return `body.${index}.lines.${slot ?? 0}`;
  }
}

/** The DOM id of one text of a block: the editor focuses it after an insertion. */
export const textControlId = (key: number, slot: TextSlot) =>
  slot === null ? `template-block-${key}` : `template-block-${key}-${slot}`;

/** The list moved by one place (`delta` -1 up, +1 down); unchanged at either end. */
export function moveBlock<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return [...list];
  const moved = [...list];
  [moved[index], moved[target]] = [moved[target]!, moved[index]!];
  return moved;
}

/** `insertion` typed over the selection `start`–`end` of `text`, and where the cursor ends up. */
export function insertAt(
  text: string,
  start: number,
  end: number,
  insertion: string,
): { text: string; cursor: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + insertion + text.slice(to), cursor: from + insertion.length };
}

export const placeholderOf = (field: string) => `{{${field}}}`;

/** The fields a text names that this kind of document cannot fill (unknown, or not for the kind), once each. */
export function unknownFields(text: string, known: ReadonlySet<string>): string[] {
  return [...new Set(placeholdersOf(text).filter((name) => !known.has(name)))];
}

/** The ids of the fields a kind of document may name. */
export function fieldsForKind(
  fields: readonly { id: string; kinds: readonly TemplateKind[] }[],
  kind: TemplateKind,
): Set<string> {
  return new Set(fields.filter((f) => f.kinds.includes(kind)).map((f) => f.id));
}
