import { TroupeError } from '../../src/sdk/index.js';
/** Awaits a call that must fail and returns its TroupeError (a success or another error fails the test). */
export async function errorOf(p) {
    try {
        await p;
    }
    catch (err) {
        if (TroupeError.is(err))
            return err;
        throw err;
    }
    throw new Error('expected the call to fail');
}
//# sourceMappingURL=errors.js.map