export * from '../src/index.js'; export { serializeSvg } from '../src/serialize.js';
