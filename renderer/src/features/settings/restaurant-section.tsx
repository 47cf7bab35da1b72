import { useState, type SyntheticEvent } from 'react';
import type { RestaurantSettings } from '../../../../shared/domain/restaurant-settings';
import type { Snapshot } from '../../../../shared/store/store-deps';
import { useDeskStore } from '../../app/desk-store';
import { useT } from '../../app/use-t';
import { useDeskData } from '../../data/desk-data-context';
import { useObservable } from '../../data/use-observable';
import { FormActions, SelectField, TextField, useErrorText } from './form-fields';
import type { FormErrors } from './form-issues';
import {
  formToRestaurant,
  LOCALE_CHOICES,
  restaurantToForm,
  timeZoneOptions,
  type RestaurantForm,
} from './restaurant-form';

const LOADING = Symbol('loading');

/** Name, time zone, locale and currency of the restaurant: the one settings document. */
export function RestaurantSection() {
  const { repos } = useDeskData();
  const settings = useObservable<Snapshot<RestaurantSettings> | null | typeof LOADING>(
    () => repos.settings.get$(),
    [repos],
    LOADING,
  );
  if (settings === LOADING) return null;
  // Mounted once the document is known, so a save never resets what is being typed.
  return <RestaurantEditor settings={settings} />;
}

function RestaurantEditor({ settings }: { settings: Snapshot<RestaurantSettings> | null }) {
  const t = useT();
  const errorText = useErrorText();
  const { repos } = useDeskData();
  const locale = useDeskStore((s) => s.locale);
  const [form, setForm] = useState<RestaurantForm>(() =>
    restaurantToForm(settings, {
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      locale: locale === 'fr' ? 'fr-FR' : 'en-GB',
    }),
  );
  const [errors, setErrors] = useState<FormErrors>({});
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<RestaurantForm>) => setForm({ ...form, ...patch });

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const result = formToRestaurant(form);
    if (!result.ok) {
      setErrors(result.errors);
      setMessage({ text: t('settings.fixErrors'), ok: false });
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await repos.settings.save(result.value);
      setMessage({ text: t('settings.saved'), ok: true });
    } catch (caught) {
      setMessage({
        text: t('settings.saveFailed', { message: (caught as Error).message }),
        ok: false,
      });
    } finally {
      setSaving(false);
    }
  };

  const locales = LOCALE_CHOICES.includes(form.locale as (typeof LOCALE_CHOICES)[number])
    ? LOCALE_CHOICES
    : [form.locale, ...LOCALE_CHOICES];
  return (
    <form className="settings-form" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t('settings.restaurant.heading')}</h2>
      {settings === null ? <p className="muted">{t('settings.restaurant.firstRun')}</p> : null}
      <div className="form-grid">
        <TextField
          label={t('settings.restaurant.name')}
          value={form.name}
          onChange={(name) => set({ name })}
          error={errorText(errors.name)}
          wide
        />
        <SelectField
          label={t('settings.restaurant.timeZone')}
          value={form.timeZone}
          onChange={(timeZone) => set({ timeZone })}
          options={timeZoneOptions(form.timeZone).map((z) => ({ value: z, label: z }))}
          error={errorText(errors.timeZone)}
        />
        <SelectField
          label={t('settings.restaurant.locale')}
          value={form.locale}
          onChange={(value) => set({ locale: value })}
          options={locales.map((tag) => ({ value: tag, label: localeLabel(tag, locale) }))}
          error={errorText(errors.locale)}
        />
        <TextField
          label={t('settings.restaurant.currency')}
          value={form.currency}
          onChange={(currency) => set({ currency })}
          error={errorText(errors.currency)}
          maxLength={3}
        />
      </div>
      <FormActions saving={saving} message={message?.text ?? null} ok={message?.ok ?? false} />
    </form>
  );
}

/** "français (France) — fr-FR", in the desk's language. */
function localeLabel(tag: string, deskLocale: 'en' | 'fr'): string {
  try {
    const names = new Intl.DisplayNames([deskLocale === 'fr' ? 'fr-FR' : 'en-GB'], {
      type: 'language',
    });
    return `${names.of(tag) ?? tag} — ${tag}`;
  } catch {
    return tag;
  }
}
