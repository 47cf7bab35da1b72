export { createDeskDatabase, DeskDatabaseError, type DeskDatabase } from './create-desk-database';
export { createDeskRepositories, type DeskRepositories } from './desk-repositories';
export { NotFoundError, InvalidDocumentError } from './store-errors';
export { systemStoreDeps, type StoreDeps, type Snapshot } from './store-deps';
