import { useId, useState, type SyntheticEvent } from 'react';
import type { PlatformSummary } from '../../../../shared/contract/platform-commands';
import { useBridgeApi } from '../../app/bridge-context';
import { useDeskStore } from '../../app/desk-store';
import { useT } from '../../app/use-t';
import type { MessageKey } from '../../i18n/messages';
import { CheckGroup, SelectField } from './form-fields';
import {
  checkDraft,
  durationWords,
  MASTERED,
  PLATFORM_FIELDS,
  pollChoices,
  type Connectable,
  type ConnectDraft,
  type DraftIssue,
} from './platform-connect-model';

interface Props {
  platform: Connectable;
  name: string;
  /** The current connection, when the form changes it. */
  current: PlatformSummary | undefined;
  draft: ConnectDraft;
  onDraft: (draft: ConnectDraft) => void;
  onConnected: (summary: PlatformSummary) => void;
  onCancel?: () => void;
}

/**
 * The connect form of one platform. Main checks the credentials with one real call; a refusal is
 * shown next to the form in main's words, and what was typed stays (the draft lives in the card).
 */
export function PlatformConnectForm(props: Props) {
  const t = useT();
  const api = useBridgeApi();
  const locale = useDeskStore((s) => s.locale);
  const { platform, name, draft, onDraft } = props;
  const [issues, setIssues] = useState<Readonly<Record<string, DraftIssue>>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formId = useId();
  const issueText = (field: string): string | undefined => {
    const issue = issues[field];
    if (issue === undefined) return undefined;
    return 'params' in issue
      ? t(`settings.platforms.error.${issue.key}`, issue.params)
      : t(`settings.platforms.error.${issue.key}`);
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const check = checkDraft(platform, draft);
    if (!check.ok) {
      setIssues(check.issues);
      setRefusal(null);
      return;
    }
    setIssues({});
    setRefusal(null);
    setSaving(true);
    try {
      const summary = await api.platformsConnect(check.request);
      props.onConnected(summary);
    } catch (error) {
      setRefusal(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  const hasIssues = Object.keys(issues).length > 0;
  return (
    <form
      className="platform-form"
      aria-labelledby={`${formId}-title`}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <p id={`${formId}-title`} className="visually-hidden">
        {t('settings.platforms.connect', { platform: name })}
      </p>
      <p className="muted platform-help">{t(`settings.platforms.help.${platform}`)}</p>
      <div className="form-grid">
        <InputField
          label={t(`settings.platforms.restaurantId.${platform}`)}
          value={draft.restaurantId}
          onChange={(restaurantId) => onDraft({ ...draft, restaurantId })}
          error={issueText('restaurantId')}
          maxLength={200}
        />
        {PLATFORM_FIELDS[platform].map((field) => (
          <InputField
            key={field.key}
            label={t(`settings.platforms.credential.${field.key}` as MessageKey)}
            value={draft.credentials[field.key] ?? ''}
            secret={field.secret}
            onChange={(value) =>
              onDraft({ ...draft, credentials: { ...draft.credentials, [field.key]: value } })
            }
            error={issueText(`credential.${field.key}`)}
            maxLength={field.maxLength + 100}
          />
        ))}
        <SelectField
          label={t('settings.platforms.poll', { platform: name })}
          value={String(draft.pollIntervalSeconds)}
          onChange={(value) => onDraft({ ...draft, pollIntervalSeconds: Number(value) })}
          options={pollChoices(draft.pollIntervalSeconds).map((s) => ({
            value: String(s),
            label: durationWords(s, locale),
          }))}
          error={issueText('poll')}
        />
        <div className="field-wide">
          <CheckGroup
            legend={t('settings.platforms.masters', { platform: name })}
            options={MASTERED.map((e) => ({
              value: e,
              label: t(`settings.platforms.entity.${e}`),
            }))}
            values={draft.masterFor}
            onChange={(masterFor) => onDraft({ ...draft, masterFor })}
          />
          <p className="muted platform-hint">
            {t('settings.platforms.mastersHint', { platform: name })}
          </p>
        </div>
      </div>
      {refusal === null ? null : (
        <div className="platform-refusal" role="alert">
          <p className="platform-refusal-title">
            <span aria-hidden="true">⚠ </span>
            {t('settings.platforms.refused', { platform: name })}
          </p>
          <p>{refusal}</p>
          <p className="muted">{t('settings.platforms.refusedKept')}</p>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button settings-primary" disabled={saving}>
          {saving
            ? t('settings.platforms.checking', { platform: name })
            : props.current === undefined || props.onCancel === undefined
              ? t('settings.platforms.connect', { platform: name })
              : t('settings.platforms.reconnect', { platform: name })}
        </button>
        {props.onCancel === undefined ? null : (
          <button type="button" className="button button-quiet" onClick={props.onCancel}>
            {t('settings.platforms.cancel')}
          </button>
        )}
        <p className="form-message" role="status" aria-live="polite">
          {hasIssues ? t('settings.platforms.fixFields') : ''}
        </p>
      </div>
    </form>
  );
}

function InputField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  secret?: boolean;
  maxLength: number;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type={props.secret === true ? 'password' : 'text'}
        value={props.value}
        autoComplete="off"
        spellCheck={false}
        maxLength={props.maxLength}
        aria-invalid={props.error === undefined ? undefined : true}
        aria-describedby={props.error === undefined ? undefined : `${id}-error`}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.error === undefined ? null : (
        <span id={`${id}-error`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {props.error}
        </span>
      )}
    </div>
  );
}
