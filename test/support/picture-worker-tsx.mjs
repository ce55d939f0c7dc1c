// The picture worker run from its TypeScript source, as the tests run everything else; the hosts run the built one.
import { register } from 'tsx/esm/api';

register();
await import('../../electron/pictures/picture-worker.ts');
