/**
 * Permission requests (camera, geolocation, notifications, clipboard read, ...) are denied unless
 * listed here. The desk needs none today.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

export function permissionRequestHandler(allowed: ReadonlySet<string> = ALLOWED_PERMISSIONS) {
  return (
    _contents: unknown,
    permission: string,
    callback: (granted: boolean) => void,
    details?: { requestingUrl?: string },
  ) => {
    callback(allowed.has(permission) && isFromApp(details?.requestingUrl));
  };
}

export function permissionCheckHandler(allowed: ReadonlySet<string> = ALLOWED_PERMISSIONS) {
  return (_contents: unknown, permission: string, requestingOrigin: string) =>
    allowed.has(permission) && requestingOrigin === 'app://couvert';
}

function isFromApp(url: string | undefined): boolean {
  return typeof url === 'string' && url.startsWith('app://couvert/');
}
