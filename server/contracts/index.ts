/** The contracts: the only part of the server the client may import. zod only. */
import './plain-messages.js';
export * from './vocabulary.js';
export * from './common.js';
export * from './actor.js';
export * from './tie.js';
export * from './area.js';
export * from './output.js';
export * from './dataset.js';
export * from './graph.js';
export * from './errors.js';
export * from './health.js';
export * from './analysis.js';
export * from './access.js';
export * from './transfer.js';
export * from './view.js';
export * from './merge.js';
