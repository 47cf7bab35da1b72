import { RestaurantSettings } from '../../../../shared/domain/restaurant-settings';
import type { RestaurantSettingsInput } from '../../../../shared/store/settings-repository';
import { issuesToErrors, type FormErrors } from './form-issues';

export interface RestaurantForm {
  name: string;
  timeZone: string;
  locale: string;
  currency: string;
}

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FormErrors };

const FIELDS = ['name', 'timeZone', 'locale', 'currency'] as const;

export function restaurantToForm(
  settings: Readonly<RestaurantSettingsInput> | null,
  defaults: { timeZone: string; locale: string },
): RestaurantForm {
  return {
    name: settings?.name ?? '',
    timeZone: settings?.timeZone ?? defaults.timeZone,
    locale: settings?.locale ?? defaults.locale,
    currency: settings?.currency ?? 'EUR',
  };
}

const RestaurantInput = RestaurantSettings.omit({ id: true, updatedAt: true });

/** Checks the form with the domain schema; errors land next to their field. */
export function formToRestaurant(form: RestaurantForm): FormResult<RestaurantSettingsInput> {
  const result = RestaurantInput.safeParse({
    name: form.name.trim(),
    timeZone: form.timeZone.trim(),
    locale: form.locale.trim(),
    currency: form.currency.trim().toUpperCase(),
  });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: issuesToErrors(
      result.error.issues,
      (path) => FIELDS.find((f) => f === path[0]),
      'name',
    ),
  };
}

/** Every IANA zone the runtime knows, with the current one first if it is missing. */
export function timeZoneOptions(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes(current) || current === '' ? zones : [current, ...zones];
}

/** Locales offered in the list; any valid BCP 47 tag already saved is kept. */
export const LOCALE_CHOICES = [
  'fr-FR',
  'fr-BE',
  'fr-CH',
  'en-GB',
  'en-US',
  'de-DE',
  'de-CH',
  'es-ES',
  'it-IT',
  'nl-NL',
  'pt-PT',
] as const;
