/** An operator with one account: the server config block and a way to issue user `.creds` files. */
export interface TestOperator {
    /** `operator`, `resolver: MEMORY` and `resolver_preload` lines for nats-server. */
    readonly serverConfig: string;
    /** A `.creds` file text for a new user of the account; `exp` in seconds since the epoch. */
    userCreds(name: string, options?: {
        exp?: number;
        signer?: 'account' | 'stranger';
    }): string;
}
export declare function makeOperator(): TestOperator;
