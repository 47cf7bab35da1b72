import { map } from 'rxjs';
import type { DiningService } from '../../../../shared/domain/dining-service';
import type { Offer } from '../../../../shared/domain/offer';
import type { PlatformConfig } from '../../../../shared/domain/platform-config';
import { servicesQuery } from '../../../../shared/domain/queries';
import type { Snapshot } from '../../../../shared/store/store-deps';
import { useDeskData } from '../../data/desk-data-context';
import { useObservable } from '../../data/use-observable';

/** Services in their order (live). */
export function useServices(): readonly Snapshot<DiningService>[] {
  const { db } = useDeskData();
  return useObservable(
    () =>
      db.dining_services
        .find(servicesQuery())
        .$.pipe(map((docs) => docs.map((d) => d.toJSON() as Snapshot<DiningService>))),
    [db],
    [],
  );
}

/** Offers, active first, by name (live). */
export function useOffers(): readonly Snapshot<Offer>[] {
  const { db } = useDeskData();
  return useObservable(
    () =>
      db.offers
        .find()
        .$.pipe(
          map((docs) =>
            docs
              .map((d) => d.toJSON() as Snapshot<Offer>)
              .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name)),
          ),
        ),
    [db],
    [],
  );
}

/** Platform configs, by platform (live, read-only here). */
export function usePlatformConfigs(): readonly Snapshot<PlatformConfig>[] {
  const { db } = useDeskData();
  return useObservable(
    () =>
      db.platform_configs
        .find()
        .$.pipe(
          map((docs) =>
            docs
              .map((d) => d.toJSON() as Snapshot<PlatformConfig>)
              .sort((a, b) => a.platform.localeCompare(b.platform)),
          ),
        ),
    [db],
    [],
  );
}

/** The restaurant's currency for money fields (EUR until the restaurant is set up). */
export function useCurrency(): string {
  const { repos } = useDeskData();
  const settings = useObservable(() => repos.settings.get$(), [repos], null);
  return settings?.currency ?? 'EUR';
}
