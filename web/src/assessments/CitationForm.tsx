import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CitationInput,
  CitationKind,
  type AssessmentSectionId,
  type AssessmentView,
  type CoiSourceView,
} from '@refugio/contract';
import { addCitation } from '../api/assessments';
import { CoiSourcePicker } from '../coi/CoiSourcePicker';
import { FormButtons } from '../ui/FormButtons';
import { FormFailure } from '../ui/FormFailure';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { useFormSubmission } from '../ui/useFormSubmission';

/** Cites what a section (or one of its facts) rests on: a COI source found by search, the interview, a document. */
export function CitationForm({
  assessment,
  section,
  onSaved,
}: {
  assessment: AssessmentView;
  section: AssessmentSectionId;
  onSaved: (view: AssessmentView) => void;
}) {
  const { t } = useTranslation();
  const { form, saving, failure, error, refuse, send } = useFormSubmission();
  const [kind, setKind] = useState<CitationKind>('coi');
  const [source, setSource] = useState<CoiSourceView | null>(null);
  const [factId, setFactId] = useState('');
  const [pinpoint, setPinpoint] = useState('');
  const [description, setDescription] = useState('');
  // A new picker after each citation: its search starts empty again instead of offering the same results.
  const [cited, setCited] = useState(0);
  const id = (name: string) => `cite-${section}-${name}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = CitationInput.safeParse({
      section,
      factId: factId || null,
      kind,
      coiSourceId: kind === 'coi' ? (source?.id ?? null) : null,
      pinpoint,
      description,
    });
    if (!parsed.success) return refuse(parsed.error.issues);
    send(addCitation(assessment.id, parsed.data), (view) => {
      setSource(null);
      setPinpoint('');
      setDescription('');
      setCited((n) => n + 1);
      onSaved(view);
    });
  };

  return (
    <form ref={form} className="stacked-form" onSubmit={submit} noValidate aria-busy={saving}>
      <FormFailure failure={failure} />
      <SelectField
        id={id('kind')}
        label={t('assessments.citations.kind')}
        value={kind}
        onValueChange={(v) => setKind(v as CitationKind)}
        options={CitationKind.options.map((k) => ({
          value: k,
          label: t(`assessments.citations.kinds.${k}`),
        }))}
      />
      {section === 'material_facts' && assessment.facts.length > 0 && (
        <SelectField
          id={id('fact')}
          label={t('assessments.citations.fact')}
          value={factId}
          onValueChange={setFactId}
          placeholder={t('assessments.citations.factNone')}
          options={assessment.facts.map((f) => ({
            value: f.id,
            label: `${f.position}. ${f.statement.slice(0, 80)}`,
          }))}
        />
      )}
      {kind === 'coi' && (
        <CoiSourcePicker
          key={cited}
          id={id('source')}
          label={t('coi.picker.search')}
          error={error('coiSourceId')}
          chosen={source}
          onChoose={setSource}
        />
      )}
      <TextField
        id={id('pinpoint')}
        label={t('assessments.citations.pinpoint')}
        value={pinpoint}
        onValueChange={setPinpoint}
        error={error('pinpoint')}
        maxLength={300}
      />
      {kind !== 'coi' && (
        <TextAreaField
          id={id('description')}
          label={t('assessments.citations.description')}
          value={description}
          onValueChange={setDescription}
          error={error('description')}
        />
      )}
      <FormButtons label={t('assessments.citations.submit')} saving={saving} />
    </form>
  );
}
