import { useEffect, useRef, useState } from 'react';
import type { TemplateBlock, TemplateView } from '@refugio/contract';
import {
  emptyBlock,
  insertAt,
  keyed,
  moveBlock,
  textControlId,
  textsOfBlock,
  withText,
  type BlockType,
  type DraftBlock,
  type TextSlot,
} from './template-draft';

interface Cursor {
  key: number;
  slot: TextSlot;
  start: number;
  end: number;
}

const sameBody = (blocks: readonly DraftBlock[], body: readonly TemplateBlock[]) =>
  JSON.stringify(blocks.map((b) => b.block)) === JSON.stringify(body);

/**
 * A draft template as the administrator types it: title, source and blocks (each with a stable key),
 * whether it differs from what is saved, and the cursor a field is inserted at.
 */
export function useTemplateDraft(template: TemplateView) {
  const [saved, setSaved] = useState(template);
  const [title, setTitle] = useState(template.title);
  const [source, setSource] = useState(template.source);
  const [blocks, setBlocks] = useState(() => template.body.map(keyed));
  const cursor = useRef<Cursor | null>(null);
  // The control to focus once React has drawn it (an inserted field, a new block), and where the caret goes.
  const [focus, setFocus] = useState<{ id: string; at?: number } | null>(null);

  useEffect(() => {
    if (!focus) return;
    const control = document.getElementById(focus.id);
    if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
      control.focus();
      if (focus.at !== undefined) control.setSelectionRange(focus.at, focus.at);
    }
  }, [focus]);

  const dirty = title !== saved.title || source !== saved.source || !sameBody(blocks, saved.body);

  const change = (index: number, block: TemplateBlock) =>
    setBlocks((list) => list.map((b, i) => (i === index ? { ...b, block } : b)));

  return {
    title,
    setTitle,
    source,
    setSource,
    blocks,
    dirty,
    version: saved.version,
    body: () => blocks.map((b) => b.block),
    change,
    move: (index: number, delta: -1 | 1) => setBlocks((list) => moveBlock(list, index, delta)),
    remove: (index: number) => setBlocks((list) => list.filter((_, i) => i !== index)),
    /** A new empty block after `after` (-1: at the end), focused. */
    add: (type: BlockType, after: number) => {
      const block = keyed(emptyBlock(type));
      setBlocks((list) => {
        const at = after < 0 ? list.length : after + 1;
        return [...list.slice(0, at), block, ...list.slice(at)];
      });
      setFocus({ id: textControlId(block.key, type === 'heading' || type === 'paragraph' ? null : 0) });
    },
    remember: (key: number, slot: TextSlot, start: number, end: number) => {
      cursor.current = { key, slot, start, end };
    },
    /**
     * `insertion` typed at the cursor left in a text of the body; the text then has the focus again with
     * the caret after it. Answers the block's number, or null when no text had the cursor.
     */
    insert: (insertion: string): number | null => {
      const at = cursor.current;
      const index = at ? blocks.findIndex((b) => b.key === at.key) : -1;
      const target = blocks[index];
      if (!at || !target) return null;
      const current = textsOfBlock(target.block)[at.slot ?? 0] ?? '';
      const next = insertAt(current, at.start, at.end, insertion);
      change(index, withText(target.block, at.slot, next.text));
      cursor.current = { ...at, start: next.cursor, end: next.cursor };
      setFocus({ id: textControlId(at.key, at.slot), at: next.cursor });
      return index + 1;
    },
    /** What the server saved becomes the starting point (its trimmed texts, its new version). */
    saved: (view: TemplateView) => {
      setSaved(view);
      setTitle(view.title);
      setSource(view.source);
      setBlocks((list) =>
        list.length === view.body.length
          ? list.map((b, i) => ({ key: b.key, block: view.body[i]! }))
          : view.body.map(keyed),
      );
    },
  };
}
