/** A tiny path router: patterns like `/v1/reservations/:id`, matched on decoded segments. */
export interface RouteDef<H> {
  readonly method: string;
  readonly pattern: string;
  readonly handler: H;
}

export interface RouteMatch<H> {
  readonly route: RouteDef<H>;
  readonly params: Readonly<Record<string, string>>;
}

export interface Router<H> {
  /** The matching route, or null; `pathExists` tells a wrong method from an unknown path. */
  match(method: string, segments: readonly string[]): RouteMatch<H> | { pathExists: boolean };
}

interface Compiled<H> {
  route: RouteDef<H>;
  parts: string[];
  literals: number;
}

export function splitPattern(pattern: string): string[] {
  return pattern.split('/').filter((part) => part.length > 0);
}

export function createRouter<H>(routes: readonly RouteDef<H>[]): Router<H> {
  const compiled: Compiled<H>[] = routes
    .map((route) => {
      const parts = splitPattern(route.pattern);
      return { route, parts, literals: parts.filter((p) => !p.startsWith(':')).length };
    })
    // Literal segments win over parameters: /booking/checkin/:uid before /booking/:from/:days.
    .sort((a, b) => b.literals - a.literals);

  const matchParts = (
    parts: string[],
    segments: readonly string[],
  ): Record<string, string> | null => {
    if (parts.length !== segments.length) return null;
    const params: Record<string, string> = {};
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] ?? '';
      const segment = segments[i] ?? '';
      if (part.startsWith(':')) params[part.slice(1)] = segment;
      else if (part !== segment) return null;
    }
    return params;
  };

  return {
    match(method, segments) {
      let pathExists = false;
      for (const entry of compiled) {
        const params = matchParts(entry.parts, segments);
        if (params === null) continue;
        if (entry.route.method === method) return { route: entry.route, params };
        pathExists = true;
      }
      return { pathExists };
    },
  };
}

export function isMatch<H>(m: RouteMatch<H> | { pathExists: boolean }): m is RouteMatch<H> {
  return 'route' in m;
}
