/**
 * @packageDocumentation
 * Test helpers for store implementers: `@giftkit/server/testing`. Kept apart from the main entry so
 * that apps never ship the conformance suite.
 */
export { runStoreConformance, StoreConformanceError } from './store/conformance.js';
export type { StoreFactory, StoreConformanceReport } from './store/conformance.js';
