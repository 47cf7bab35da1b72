export * from './local-date';
export * from './zoned-time';
export * from './day-bounds';
export * from './service-window';
