import type { PlatformErrorContext } from '../../http/platform-errors';
import type { PlatformHttp } from '../../http/platform-http';
import { toLocal, type ExternalIdLookup } from '../id-lookup';
import {
  NeutralRoom,
  NeutralTable,
  type NeutralRoom as NeutralRoomType,
  type NeutralTable as NeutralTableType,
} from '../neutral/neutral-catalog';
import { optional } from '../neutral/optional-field';
import { validateNeutral } from '../neutral/validate-neutral';
import type { RoomsCapability, TablesCapability } from '../platform-connector';
import { FormitableArea, FormitableTable } from './formitable-wire';

export interface FloorDeps {
  readonly http: PlatformHttp;
  readonly restaurantPath: (rest: string) => string;
  readonly lookup: ExternalIdLookup;
  readonly context: (operation: string) => PlatformErrorContext;
}

const clampSeats = (n: number): number => Math.min(100, Math.max(1, n));

/** Areas are Formitable's rooms; tables are the active ones (reference §1a). */
export function formitableFloor(deps: FloorDeps): {
  rooms: RoomsCapability;
  tables: TablesCapability;
} {
  return {
    rooms: {
      listRooms: async (): Promise<NeutralRoomType[]> => {
        const areas = await deps.http.json(
          { method: 'GET', path: deps.restaurantPath('areas'), operation: 'GET /{r}/areas' },
          FormitableArea.array().max(500),
        );
        return areas.map((area) =>
          validateNeutral(
            NeutralRoom,
            {
              externalId: String(area.id),
              name: (area.displayName?.en ?? area.name).trim().slice(0, 100) || `Area ${area.id}`,
              ...optional(
                'position',
                area.priority == null ? undefined : Math.min(10_000, Math.max(0, area.priority)),
              ),
            },
            deps.context('list rooms'),
            'area',
          ),
        );
      },
    },
    tables: {
      listTables: async (): Promise<NeutralTableType[]> => {
        const tables = await deps.http.json(
          { method: 'GET', path: deps.restaurantPath('tables'), operation: 'GET /{r}/tables' },
          FormitableTable.array().max(2000),
        );
        const out: NeutralTableType[] = [];
        for (const table of tables) {
          const roomRef = table.areaId == null ? undefined : String(table.areaId);
          const seatsMin = clampSeats(table.minPeople);
          out.push(
            validateNeutral(
              NeutralTable,
              {
                externalId: String(table.id),
                label: table.name.trim().slice(0, 16) || String(table.id).slice(0, 16),
                seatsMin,
                seatsMax: Math.max(seatsMin, clampSeats(table.maxPeople)),
                ...optional('roomExternalId', roomRef),
                ...optional('diningRoomId', await toLocal(deps.lookup, 'dining_room', roomRef)),
              },
              deps.context('list tables'),
              'table',
            ),
          );
        }
        return out;
      },
    },
  };
}
