import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../ui/SelectField';
import { blockTypes, type BlockType } from './template-draft';

/** Adds a block of a chosen kind at the end or after a chosen block. */
export function AddBlock({
  count,
  disabled,
  onAdd,
}: {
  count: number;
  disabled: boolean;
  onAdd: (type: BlockType, after: number) => void;
}) {
  const { t } = useTranslation();
  const [type, setType] = useState<BlockType>('paragraph');
  const [after, setAfter] = useState('-1');
  const places = [
    { value: '-1', label: t('templates.editor.atEnd') },
    ...Array.from({ length: count }, (_, i) => ({
      value: String(i),
      label: t('templates.editor.afterBlock', { n: i + 1 }),
    })),
  ];
  return (
    <div className="form-row template-add">
      <SelectField
        id="template-new-block-type"
        label={t('templates.editor.newBlockType')}
        value={type}
        onValueChange={(value) => setType(value as BlockType)}
        options={blockTypes.map((b) => ({ value: b, label: t(`templates.editor.blockType.${b}`) }))}
      />
      <SelectField
        id="template-new-block-place"
        label={t('templates.editor.newBlockPlace')}
        value={Number(after) < count ? after : '-1'}
        onValueChange={setAfter}
        options={places}
      />
      <button
        type="button"
        className="button button--secondary"
        disabled={disabled}
        onClick={() => onAdd(type, Number(after) < count ? Number(after) : -1)}
      >
        {t('templates.editor.addBlock')}
      </button>
    </div>
  );
}
