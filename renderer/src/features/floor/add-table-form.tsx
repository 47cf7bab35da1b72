import { useState } from 'react';
import type { TableShape } from '../../../../shared/domain/dining-table';
import { useT } from '../../app/use-t';
import type { Table } from './floor-types';
import { draftProblem, NumberField, ShapeSelect, type TableDraft } from './table-form-fields';

/** "Add a table": shape, label and seats; the plan finds it a free spot. */
export function AddTableForm(props: {
  suggestedLabel: string;
  tables: readonly Table[];
  onAdd: (draft: TableDraft) => Promise<boolean>;
}) {
  const t = useT();
  const [shape, setShape] = useState<TableShape>('square');
  const [label, setLabel] = useState('');
  const [min, setMin] = useState('2');
  const [max, setMax] = useState('4');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="floor-panel floor-edit-form"
      aria-label={t('floor.edit.addTable')}
      onSubmit={(e) => {
        e.preventDefault();
        const draft = {
          label: label.trim() === '' ? props.suggestedLabel : label.trim(),
          shape,
          seatsMin: Number(min),
          seatsMax: Number(max),
        };
        const issue = draftProblem(t, draft, props.tables);
        setProblem(issue);
        if (issue) return;
        void props.onAdd(draft).then((ok) => {
          if (ok) setLabel('');
        });
      }}
    >
      <h2>{t('floor.edit.addTable')}</h2>
      <div className="field-row">
        <ShapeSelect value={shape} onChange={setShape} />
        <label className="field">
          <span>{t('floor.edit.label')}</span>
          <input
            type="text"
            value={label}
            maxLength={16}
            placeholder={props.suggestedLabel}
            onChange={(e) => setLabel(e.target.value)}
          />
        </label>
      </div>
      <div className="field-row">
        <NumberField
          label={t('floor.edit.seatsMin')}
          value={min}
          min={1}
          max={100}
          onChange={setMin}
        />
        <NumberField
          label={t('floor.edit.seatsMax')}
          value={max}
          min={1}
          max={100}
          onChange={setMax}
        />
      </div>
      {problem ? (
        <p className="floor-form-error" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="button button-primary">
        {t('floor.edit.addTable')}
      </button>
    </form>
  );
}
