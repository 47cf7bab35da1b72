export * from './book-queries';
export * from './customer-queries';
export * from './floor-queries';
export * from './sync-queries';
