/**
 * Reading and checking the files behind NATS settings, once at start-up. Messages name
 * the setting and the path, never the content.
 * @internal
 */
/** Reads a secret or certificate file; a missing, unreadable or empty file throws naming `setting`. */
export declare function readSettingFile(setting: string, path: string): string;
/** A one-line secret (password, token): the file's content without surrounding whitespace. */
export declare function readSecretFile(setting: string, path: string): string;
/** Checks a user NKey seed (`SU…`); the message never includes it. */
export declare function checkUserSeed(setting: string, seed: string, where: string): Uint8Array;
/** The user JWT and seed of a `.creds` file (the format `nsc` writes). */
export declare function parseCredsFile(setting: string, path: string): {
    jwt: string;
    seed: Uint8Array;
    expiresAt: Date | undefined;
};
/** A PEM file of one or more certificates (a CA bundle or a client certificate chain). */
export declare function readCertificates(setting: string, path: string): string;
/** A PEM private key; the message never includes it. */
export declare function readPrivateKey(setting: string, path: string): string;
