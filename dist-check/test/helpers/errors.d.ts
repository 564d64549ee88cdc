import { TroupeError } from '../../src/sdk/index.js';
/** Awaits a call that must fail and returns its TroupeError (a success or another error fails the test). */
export declare function errorOf(p: Promise<unknown>): Promise<TroupeError>;
