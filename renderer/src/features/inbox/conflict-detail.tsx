import { useMemo, useState } from 'react';
import type { Conflict } from '../../../../shared/domain/conflict';
import type { EntityType } from '../../../../shared/domain/primitives';
import type { Snapshot } from '../../../../shared/store/store-deps';
import { useDeskStore } from '../../app/desk-store';
import { useT } from '../../app/use-t';
import { useDeskData } from '../../data/desk-data-context';
import { diffRows, type DiffRow } from './conflict-diff';
import {
  allChoices,
  decidedValue,
  initialChoices,
  resolveConflict,
  ResolutionError,
  ruleContextOf,
  type Choices,
} from './conflict-resolution';
import { fieldLabel, formatValue, type ValueFormat } from './field-words';
import { useInboxStore } from './inbox-store';
import { choicesFor, ruleForField, type Choice } from './mastering-rules';

interface Props {
  conflict: Snapshot<Conflict>;
  platform: string;
  platformMasters: readonly EntityType[];
  timeZone: string;
  names: ReadonlyMap<string, string>;
}

/** Desk and platform side by side; a decision per disputed field; saved through the store. */
export function ConflictDetail({ conflict, platform, platformMasters, timeZone, names }: Props) {
  const t = useT();
  const locale = useDeskStore((s) => s.locale);
  const { repos } = useDeskData();
  const resolvedBy = useInboxStore((s) => s.resolvedBy);
  const setResolvedBy = useInboxStore((s) => s.setResolvedBy);
  const select = useInboxStore((s) => s.select);
  const setNotice = useInboxStore((s) => s.setNotice);
  const setResolving = useInboxStore((s) => s.setResolving);
  const context = useMemo(
    () => ruleContextOf(conflict, platformMasters),
    [conflict, platformMasters],
  );
  const [choices, setChoices] = useState<Choices>(() => initialChoices(conflict, context));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { disputed, others } = useMemo(() => diffRows(conflict), [conflict]);
  const fmt: ValueFormat = { t, locale, timeZone, names };
  const guest =
    typeof conflict.localVersion.guestName === 'string'
      ? conflict.localVersion.guestName
      : t('inbox.conflict.unknownGuest');
  const supported = conflict.entityType === 'reservation';

  const save = async () => {
    setSaving(true);
    setError(null);
    setResolving(conflict.id);
    try {
      await resolveConflict(repos, conflict, choices, resolvedBy);
      setNotice({ key: 'inbox.resolved', params: { platform } });
      select(null);
    } catch (caught) {
      setError(problemText(caught));
    } finally {
      setResolving(null);
      setSaving(false);
    }
  };

  const problemText = (caught: unknown): string => {
    if (caught instanceof ResolutionError) {
      const p = caught.problem;
      if (p.kind === 'choices-missing') {
        return t('inbox.error.choices-missing', {
          fields: p.fields.map((f) => fieldLabel(f, t)).join(', '),
        });
      }
      return t(`inbox.error.${p.kind}`);
    }
    return t('inbox.error.save', {
      message: caught instanceof Error ? caught.message : String(caught),
    });
  };

  return (
    <section className="panel conflict-detail" aria-labelledby="conflict-detail-title">
      <div className="panel-head">
        <h2 id="conflict-detail-title">{t('inbox.detail.heading', { guest, platform })}</h2>
        <button type="button" className="button button-quiet" onClick={() => select(null)}>
          {t('inbox.detail.back')}
        </button>
      </div>
      {supported ? null : <p className="alert">{t('inbox.detail.unsupported')}</p>}
      <table className="diff-table diff-table-main">
        <colgroup>
          <col className="col-field" />
          <col className="col-value" />
          <col className="col-value" />
          <col className="col-decision" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('inbox.detail.field')}</th>
            <th scope="col">{t('inbox.detail.desk')}</th>
            <th scope="col">{t('inbox.detail.platform', { platform })}</th>
            <th scope="col">{t('inbox.detail.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {disputed.map((row) => (
            <DisputedRow
              key={row.field}
              row={row}
              choice={choices[row.field]}
              options={choicesFor(row.field, context)}
              rule={ruleText(row.field)}
              fmt={fmt}
              onChoose={(choice) => {
                setError(null);
                setChoices({ ...choices, [row.field]: choice });
              }}
            />
          ))}
        </tbody>
      </table>
      {others.length > 0 ? (
        <details className="diff-others">
          <summary>{t('inbox.detail.others', { count: others.length })}</summary>
          <table className="diff-table diff-table-quiet">
            <thead>
              <tr>
                <th scope="col">{t('inbox.detail.field')}</th>
                <th scope="col">{t('inbox.detail.desk')}</th>
                <th scope="col">{t('inbox.detail.platform', { platform })}</th>
              </tr>
            </thead>
            <tbody>
              {others.map((row) => (
                <tr key={row.field} className={row.differs ? 'differs' : undefined}>
                  <th scope="row">{fieldLabel(row.field, t)}</th>
                  <td>{formatValue(row.field, row.local, fmt)}</td>
                  <td>{formatValue(row.field, row.remote, fmt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
      <div className="decision-bar">
        <button
          type="button"
          className="button"
          onClick={() => {
            setError(null);
            setChoices(allChoices(conflict, context, 'local'));
          }}
        >
          {t('inbox.detail.keepDesk')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setError(null);
            setChoices(allChoices(conflict, context, 'remote'));
          }}
        >
          {t('inbox.detail.takePlatform', { platform })}
        </button>
        <label className="field resolved-by">
          <span>{t('inbox.detail.resolvedBy')}</span>
          <input
            value={resolvedBy}
            maxLength={100}
            autoComplete="name"
            onChange={(e) => {
              setError(null);
              setResolvedBy(e.target.value);
            }}
          />
        </label>
        <button
          type="button"
          className="button button-primary"
          disabled={saving || !supported}
          onClick={() => void save()}
        >
          {saving ? t('inbox.detail.saving') : t('inbox.detail.save')}
        </button>
      </div>
      {error === null ? null : (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
    </section>
  );

  function ruleText(field: string): string {
    const kind = ruleForField(field, context).kind;
    return t(`inbox.rule.${kind}`, { platform });
  }
}

interface RowProps {
  row: DiffRow;
  choice: Choice | undefined;
  options: readonly Choice[];
  rule: string;
  fmt: ValueFormat;
  onChoose: (choice: Choice) => void;
}

function DisputedRow({ row, choice, options, rule, fmt, onChoose }: RowProps) {
  const { t } = fmt;
  const label = fieldLabel(row.field, t);
  const merged =
    choice === 'merge' ? formatValue(row.field, decidedValue(row, 'merge'), fmt) : null;
  return (
    <tr className="disputed">
      <th scope="row">
        <span className="field-name">{label}</span>
        <span className="rule-hint">{rule}</span>
      </th>
      <td className={choice === 'local' ? 'chosen' : undefined}>
        {formatValue(row.field, row.local, fmt)}
      </td>
      <td className={choice === 'remote' ? 'chosen' : undefined}>
        {formatValue(row.field, row.remote, fmt)}
      </td>
      <td>
        <div
          role="radiogroup"
          className="choice-group"
          aria-label={t('inbox.choice.label', { field: label })}
        >
          {options.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name={`choice-${row.field}`}
                checked={choice === option}
                onChange={() => onChoose(option)}
              />
              <span>{t(`inbox.choice.${option}`)}</span>
            </label>
          ))}
        </div>
        {merged === null ? null : <p className="merged-value">= {merged}</p>}
      </td>
    </tr>
  );
}
