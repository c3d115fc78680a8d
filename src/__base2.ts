import './provider/define.js';
import './__probe.js';
import './internal/text.js';export * from './internal/text.js';export * from './internal/json-ld.js';export * from './internal/load-json.js';export * from './internal/emit.js';
