import type { SimClock } from '../common/clock';
import type { TheForkCredentials } from './config';
import type { ForkRestaurant } from './model';
import type { TheForkState } from './state';
import type { TokenStore } from './token-store';

/** Everything the TheFork routes read; `state` and `tokens` are replaced on reset. */
export interface TheForkWorld {
  state: TheForkState;
  tokens: TokenStore;
  readonly credentials: TheForkCredentials;
  readonly clock: SimClock;
}

/** API paths sit under `/manager` (https://api.thefork.io/manager/v1/...). */
export const API_PREFIX = '/manager/v1';
/** The Auth0 token endpoint (https://auth.thefork.io/oauth/token), served on the same port. */
export const TOKEN_PATH = '/oauth/token';

export function restaurantOf(world: TheForkWorld, uuid: string): ForkRestaurant | undefined {
  return world.state.restaurants.get(uuid.toLowerCase());
}
