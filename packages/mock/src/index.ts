/**
 * @packageDocumentation
 * A mock Giftkit wallet backend for tests: the real wallet app over an in-memory store, served by
 * MSW handlers in Node (`setupServer`) and in the browser (`setupWorker`), with fault injection.
 */
export { createMockBackend, DEFAULT_MOCK_BASE_URL } from './mock-backend.js';
export type { MockBackend, MockBackendOptions, MockRequestRecord } from './mock-backend.js';
export type { MockFault } from './faults.js';
