import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSectionView, AssessmentView } from '@refugio/contract';
import { saveSection } from '../api/assessments';
import { CheckboxField } from '../ui/CheckboxField';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';
import { sectionFields, type SectionField } from './section-fields';

type Content = Record<string, unknown>;
interface GroundEntry {
  ground: string;
  reasons: string;
}
interface DerivativeEntry {
  personId: string;
  status: string | null;
  relationshipBasis: string;
  reasons: string;
}

const asText = (v: unknown) => (typeof v === 'string' ? v : '');
const asList = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);

/** One section of the assessment, saved on its own from the version the officer saw. */
export function SectionForm({
  assessment,
  section,
  readOnly,
  onSaved,
  onConflict,
}: {
  assessment: AssessmentView;
  section: AssessmentSectionView;
  readOnly: boolean;
  onSaved: (view: AssessmentView) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { form, saving, failure, error, send } = useFormSubmission({ onConflict });
  const [content, setContent] = useState<Content>(section.content);
  const [complete, setComplete] = useState(section.complete);
  const set = (name: string, value: unknown) => setContent((c) => ({ ...c, [name]: value }));
  const id = (name: string) => `${section.id}-${name}`;
  const label = (name: string) => t(`assessments.field.${name}` as 'assessments.field.reasons');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(saveSection(assessment.id, section.id, { version: section.version, complete, content }), onSaved);
  };

  const control = (f: SectionField) => {
    const value = content[f.name];
    const err = error(`content.${f.name}`);
    switch (f.kind) {
      case 'text':
        return (
          <TextAreaField
            key={f.name}
            id={id(f.name)}
            label={label(f.name)}
            value={asText(value)}
            onValueChange={(v) => set(f.name, v)}
            rows={f.name === 'reasons' ? 5 : 3}
            maxLength={20000}
            error={err}
          />
        );
      case 'line':
        return (
          <TextField
            key={f.name}
            id={id(f.name)}
            label={label(f.name)}
            value={asText(value)}
            onValueChange={(v) => set(f.name, v)}
            error={err}
          />
        );
      case 'bool':
        return (
          <SelectField
            key={f.name}
            id={id(f.name)}
            label={label(f.name)}
            value={value === true ? 'yes' : value === false ? 'no' : ''}
            onValueChange={(v) => set(f.name, v === 'yes' ? true : v === 'no' ? false : null)}
            placeholder={t('assessments.choice.unset')}
            options={[
              { value: 'yes', label: t('assessments.choice.yes') },
              { value: 'no', label: t('assessments.choice.no') },
            ]}
            error={err}
          />
        );
      case 'flag':
        return (
          <CheckboxField
            key={f.name}
            id={id(f.name)}
            label={label(f.name)}
            checked={value === true}
            onCheckedChange={(v) => set(f.name, v)}
          />
        );
      case 'choice':
        return (
          <SelectField
            key={f.name}
            id={id(f.name)}
            label={label(f.name)}
            value={asText(value)}
            onValueChange={(v) => set(f.name, v === '' ? null : v)}
            placeholder={t('assessments.choice.unset')}
            options={f.options.map((o) => ({
              value: o,
              label: t(`${f.labels}.${o}` as 'assessments.choice.yes'),
            }))}
            error={err}
          />
        );
      case 'multi':
        return (
          <fieldset
            key={f.name}
            className="fieldset"
            aria-describedby={err ? `${id(f.name)}-error` : undefined}
          >
            <legend>{label(f.name)}</legend>
            {f.options.map((o) => (
              <CheckboxField
                key={o}
                id={id(`${f.name}-${o}`)}
                label={t(`${f.labels}.${o}` as 'assessments.choice.yes')}
                checked={asList(value).includes(o)}
                onCheckedChange={(on) =>
                  set(f.name, on ? [...asList(value), o] : asList(value).filter((x) => x !== o))
                }
              />
            ))}
            {err && (
              <p id={`${id(f.name)}-error`} className="field__error">
                {err}
              </p>
            )}
          </fieldset>
        );
    }
  };

  const grounds = (content.grounds as GroundEntry[] | undefined) ?? [];
  const derivatives = (content.people as DerivativeEntry[] | undefined) ?? [];
  const setDerivative = (personId: string, patch: Partial<DerivativeEntry>) => {
    const current = derivatives.find((d) => d.personId === personId) ?? {
      personId,
      status: null,
      relationshipBasis: '',
      reasons: '',
    };
    set('people', [...derivatives.filter((d) => d.personId !== personId), { ...current, ...patch }]);
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <fieldset className="fieldset" disabled={readOnly}>
        <legend className="visually-hidden">{t(`assessments.section.${section.id}`)}</legend>
        {section.id === 'grounds' &&
          assessment.grounds.map((g) => {
            const i = grounds.findIndex((x) => x.ground === g);
            return (
              <div key={g}>
                <CheckboxField
                  id={id(`ground-${g}`)}
                  label={t(`assessments.ground.${g}`)}
                  checked={i !== -1}
                  onCheckedChange={(on) =>
                    set(
                      'grounds',
                      on ? [...grounds, { ground: g, reasons: '' }] : grounds.filter((x) => x.ground !== g),
                    )
                  }
                />
                {i !== -1 && (
                  <TextAreaField
                    id={id(`ground-${g}-reasons`)}
                    label={t('assessments.field.groundReasons', { ground: t(`assessments.ground.${g}`) })}
                    value={grounds[i]!.reasons}
                    onValueChange={(v) =>
                      set(
                        'grounds',
                        grounds.map((x) => (x.ground === g ? { ...x, reasons: v } : x)),
                      )
                    }
                    error={error(`content.grounds.${i}.reasons`) ?? error(`content.grounds.${i}.ground`)}
                  />
                )}
              </div>
            );
          })}
        {section.id === 'derivatives' &&
          assessment.dependants.map((d) => {
            const entry = derivatives.find((x) => x.personId === d.id);
            const i = derivatives.findIndex((x) => x.personId === d.id);
            return (
              <div key={d.id} className="derivative">
                <SelectField
                  id={id(`status-${d.id}`)}
                  label={t('assessments.field.derivativeStatus', { name: d.name })}
                  value={entry?.status ?? ''}
                  onValueChange={(v) => setDerivative(d.id, { status: v === '' ? null : v })}
                  placeholder={t('assessments.choice.unset')}
                  options={(['follows_principal', 'decided_separately', 'not_eligible'] as const).map(
                    (o) => ({
                      value: o,
                      label: t(`assessments.choice.derivative.${o}`),
                    }),
                  )}
                  error={i === -1 ? error('content.people') : error(`content.people.${i}.status`)}
                />
                <TextField
                  id={id(`basis-${d.id}`)}
                  label={t('assessments.field.relationshipBasis', { name: d.name })}
                  value={entry?.relationshipBasis ?? ''}
                  onValueChange={(v) => setDerivative(d.id, { relationshipBasis: v })}
                />
                <TextAreaField
                  id={id(`reasons-${d.id}`)}
                  label={t('assessments.field.derivativeReasons', { name: d.name })}
                  value={entry?.reasons ?? ''}
                  onValueChange={(v) => setDerivative(d.id, { reasons: v })}
                  error={i === -1 ? undefined : error(`content.people.${i}.reasons`)}
                />
              </div>
            );
          })}
        {sectionFields[section.id].map(control)}
        {section.id === 'material_facts' && error('facts') && (
          <p className="field__error">{error('facts')}</p>
        )}
        <CheckboxField
          id={id('complete')}
          label={t('assessments.complete')}
          checked={complete}
          onCheckedChange={setComplete}
        />
      </fieldset>
      {!readOnly && <FormButtons label={t('assessments.saveSection')} saving={saving} />}
    </form>
  );
}
