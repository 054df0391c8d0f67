import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  UpdateTemplateInput,
  type TemplateFieldId,
  type TemplateFieldList,
  type TemplateView,
} from '@refugio/contract';
import { activateTemplate, updateTemplate } from '../api/templates';
import { SubmitButton } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { Notice } from '../ui/Notice';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { AddBlock } from './AddBlock';
import { BlockEditor } from './BlockEditor';
import { FieldPicker } from './FieldPicker';
import { PreviewButton } from './PreviewButton';
import { fieldsForKind, placeholderOf } from './template-draft';
import { useTemplateDraft } from './useTemplateDraft';

interface TemplateEditorProps {
  /** A draft the administrator may edit. */
  template: TemplateView;
  fields: TemplateFieldList['fields'];
  onSaved: (template: TemplateView) => void;
  onActivated: (template: TemplateView) => void;
  /** Start again from what is saved (after someone else changed it). */
  onReload: () => void;
}

/**
 * A draft's title, source and body, block by block, with the fields its kind may name beside it. Saves
 * from the version it was opened at: if someone else saved meanwhile, what was typed stays on screen.
 */
export function TemplateEditor({ template, fields, onSaved, onActivated, onReload }: TemplateEditorProps) {
  const { t } = useTranslation();
  const draft = useTemplateDraft(template);
  const [conflict, setConflict] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [pickerMessage, setPickerMessage] = useState('');
  const { form, saving, failure, error, refuse, send, clearErrors } = useFormSubmission({
    onConflict: () => setConflict(true),
  });
  const ofKind = fields.filter((f) => f.kinds.includes(template.kind));
  const known = fieldsForKind(fields, template.kind);
  const busy = saving || conflict;

  // A block moved, added or removed: errors named by position no longer point at the right block.
  const restructure = (run: () => void) => {
    clearErrors();
    setOutcome(null);
    run();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const parsed = UpdateTemplateInput.safeParse({
      version: draft.version,
      title: draft.title,
      source: draft.source,
      body: draft.body(),
    });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(updateTemplate(template.id, parsed.data), (view) => {
      draft.saved(view);
      onSaved(view);
      setOutcome(t('templates.editor.saved'));
    });
  };

  const activate = () => {
    setOutcome(null);
    send(activateTemplate(template.id, draft.version), onActivated);
  };

  const insert = (field: TemplateFieldId) => {
    const block = draft.insert(placeholderOf(field));
    setPickerMessage(
      block === null
        ? t('templates.fields.noCursor')
        : t('templates.fields.inserted', { field: placeholderOf(field), n: block }),
    );
  };
  const copy = (field: TemplateFieldId) => {
    const text = placeholderOf(field);
    const said = (key: 'copied' | 'copyFailed') => () =>
      setPickerMessage(t(`templates.fields.${key}`, { field: text }));
    if (!navigator.clipboard) return said('copyFailed')();
    navigator.clipboard.writeText(text).then(said('copied'), said('copyFailed'));
  };

  return (
    <div className="template-editor">
      <form
        ref={form}
        className="stacked-form template-editor__form"
        onSubmit={submit}
        noValidate
        aria-busy={saving}
        aria-labelledby="template-title"
      >
        <TextField
          id="template-edit-title"
          label={t('templates.editor.titleLabel')}
          hint={t('templates.editor.titleHint')}
          value={draft.title}
          onValueChange={draft.setTitle}
          error={error('title')}
          maxLength={300}
          required
        />
        <TextField
          id="template-edit-source"
          label={t('templates.editor.source')}
          hint={t('templates.editor.sourceHint')}
          value={draft.source}
          onValueChange={draft.setSource}
          error={error('source')}
          maxLength={500}
          required
        />
        <h2 id="template-body-title">{t('templates.editor.body')}</h2>
        <p className="muted">{t('templates.editor.bodyIntro', { example: '{{case.number}}' })}</p>
        <div className="template-blocks" role="group" aria-labelledby="template-body-title">
          {draft.blocks.map(({ key, block }, index) => (
            <BlockEditor
              key={key}
              blockKey={key}
              index={index}
              count={draft.blocks.length}
              block={block}
              known={known}
              error={error}
              disabled={busy}
              onChange={(changed) => draft.change(index, changed)}
              onMove={(delta) => restructure(() => draft.move(index, delta))}
              onRemove={() => restructure(() => draft.remove(index))}
              onCursor={(slot, start, end) => draft.remember(key, slot, start, end)}
            />
          ))}
        </div>
        <AddBlock
          count={draft.blocks.length}
          disabled={busy}
          onAdd={(type, after) => restructure(() => draft.add(type, after))}
        />
        {/* Where the administrator is when saving or activating: what came of it is said here. */}
        <div className="template-editor__save">
          {conflict && (
            <Notice tone="warning">
              <p>{t('templates.editor.conflict')}</p>
              <button type="button" className="button button--secondary" onClick={onReload}>
                {t('templates.editor.reload')}
              </button>
            </Notice>
          )}
          <FormFailure failure={failure} />
          {error('body') && (
            <Notice tone="error">
              <p>{error('body')}</p>
            </Notice>
          )}
          {outcome && !draft.dirty && (
            <Notice tone="success">
              <p>{outcome}</p>
            </Notice>
          )}
          {draft.dirty && <p className="template-editor__unsaved">{t('templates.editor.unsaved')}</p>}
          <p className="muted" id="template-saved-only">
            {draft.dirty ? t('templates.editor.activateNeedsSave') : t('templates.editor.previewSaved')}
          </p>
          <div className="form-buttons">
            <SubmitButton label={t('templates.editor.save')} saving={saving} disabled={conflict} />
            <PreviewButton id={template.id} />
            {template.actions.includes('activate') && (
              <button
                type="button"
                className="button button--secondary"
                disabled={busy || draft.dirty}
                aria-describedby="template-saved-only"
                onClick={activate}
              >
                {t('templates.action.activate')}
              </button>
            )}
          </div>
        </div>
      </form>
      <FieldPicker fields={ofKind} onInsert={insert} onCopy={copy} message={pickerMessage} />
    </div>
  );
}
