import { useTranslation } from 'react-i18next';
import type { TemplateBlock } from '@refugio/contract';
import { Field } from '../ui/Field';
import { HiddenContext } from './HiddenContext';
import {
  placeholderOf,
  textControlId,
  textPath,
  textsOfBlock,
  unknownFields,
  withText,
  type TextSlot,
} from './template-draft';

interface BlockEditorProps {
  blockKey: number;
  index: number;
  count: number;
  block: TemplateBlock;
  /** The fields this kind of document may name. */
  known: ReadonlySet<string>;
  error: (path: string) => string | undefined;
  disabled: boolean;
  onChange: (block: TemplateBlock) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  /** Where the cursor was in one of the block's texts when it left it, for "Insertar". */
  onCursor: (slot: TextSlot, start: number, end: number) => void;
}

/** One block of the body: its texts (a heading or paragraph, list items, signature lines), moved or removed. */
export function BlockEditor(props: BlockEditorProps) {
  const { blockKey, index, count, block, disabled, onChange, onMove, onRemove } = props;
  const { t } = useTranslation();
  const n = index + 1;
  const type = t(`templates.editor.blockType.${block.type}`);
  const theBlock = <HiddenContext text={t('templates.editor.theBlock', { n })} />;
  const texts = textsOfBlock(block);
  const many = block.type === 'list' || block.type === 'signature';

  const addText = () =>
    onChange(
      block.type === 'list'
        ? { ...block, items: [...block.items, ''] }
        : block.type === 'signature'
          ? { ...block, lines: [...block.lines, ''] }
          : block,
    );
  const removeText = (slot: number) =>
    onChange(
      block.type === 'list'
        ? { ...block, items: block.items.filter((_, i) => i !== slot) }
        : block.type === 'signature'
          ? { ...block, lines: block.lines.filter((_, i) => i !== slot) }
          : block,
    );

  return (
    <fieldset className={`template-block template-block--${block.type}`}>
      <legend>{t('templates.editor.blockLegend', { n, type })}</legend>
      {texts.map((text, i) => {
        const slot: TextSlot = many ? i : null;
        const m = i + 1;
        const label = !many
          ? t('templates.editor.text', { n })
          : block.type === 'list'
            ? t('templates.editor.item', { m, n })
            : t('templates.editor.line', { m, n });
        return (
          <div key={i} className="template-block__text">
            <BlockText
              {...props}
              id={textControlId(blockKey, slot)}
              label={label}
              slot={slot}
              text={text}
              multiline={block.type === 'paragraph' || block.type === 'list'}
              onText={(value) => onChange(withText(block, slot, value))}
            />
            {many && texts.length > 1 && (
              <button
                type="button"
                className="button button--quiet"
                disabled={disabled}
                onClick={() => removeText(i)}
              >
                {block.type === 'list'
                  ? t('templates.editor.removeItem', { m })
                  : t('templates.editor.removeLine', { m })}
                {theBlock}
              </button>
            )}
          </div>
        );
      })}
      <div className="template-block__buttons">
        {block.type === 'list' && (
          <button type="button" className="button button--secondary" disabled={disabled} onClick={addText}>
            {t('templates.editor.addItem')}
            {theBlock}
          </button>
        )}
        {block.type === 'signature' && block.lines.length < 6 && (
          <button type="button" className="button button--secondary" disabled={disabled} onClick={addText}>
            {t('templates.editor.addLine')}
            {theBlock}
          </button>
        )}
        <button
          type="button"
          className="button button--secondary"
          disabled={disabled || index === 0}
          onClick={() => onMove(-1)}
        >
          {t('templates.editor.moveUp')}
          {theBlock}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={disabled || index === count - 1}
          onClick={() => onMove(1)}
        >
          {t('templates.editor.moveDown')}
          {theBlock}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={disabled || count === 1}
          onClick={onRemove}
        >
          {t('templates.editor.remove')}
          {theBlock}
        </button>
      </div>
    </fieldset>
  );
}

interface BlockTextProps extends BlockEditorProps {
  id: string;
  label: string;
  slot: TextSlot;
  text: string;
  multiline: boolean;
  onText: (text: string) => void;
}

/** One text of a block, with its error and the fields it names that this kind of document lacks. */
function BlockText({
  id,
  label,
  slot,
  text,
  multiline,
  index,
  block,
  known,
  error,
  onText,
  onCursor,
}: BlockTextProps) {
  const { t } = useTranslation();
  const unknown = unknownFields(text, known);
  const hint =
    unknown.length > 0
      ? t('templates.editor.unknownFields', { fields: unknown.map(placeholderOf).join(', ') })
      : undefined;
  const remember = (el: HTMLInputElement | HTMLTextAreaElement) =>
    onCursor(slot, el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length);
  return (
    <Field
      id={id}
      label={label}
      required
      hint={hint}
      error={error(textPath(index, block, slot))}
      className={unknown.length > 0 ? 'field--unknown-fields' : undefined}
    >
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            rows={Math.min(8, Math.max(2, Math.ceil(text.length / 90)))}
            maxLength={8000}
            value={text}
            onChange={(e) => onText(e.target.value)}
            onSelect={(e) => remember(e.currentTarget)}
            onBlur={(e) => remember(e.currentTarget)}
          />
        ) : (
          <input
            type="text"
            {...control}
            maxLength={300}
            value={text}
            onChange={(e) => onText(e.target.value)}
            onSelect={(e) => remember(e.currentTarget)}
            onBlur={(e) => remember(e.currentTarget)}
          />
        )
      }
    </Field>
  );
}
