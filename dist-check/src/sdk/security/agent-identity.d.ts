import type { PeerCertificate } from 'node:tls';
/** Prefix of the URI SAN that names an agent: `troupe://agent/<agent-name>`. */
export declare const AGENT_URI_PREFIX = "troupe://agent/";
/** The URI SAN an agent's server certificate carries, e.g. `troupe://agent/voice-forge`. */
export declare function agentIdentityUri(agentName: string): string;
/** The URI and DNS names of a peer certificate's subjectAltName. */
export declare function certificateNames(cert: Pick<PeerCertificate, 'subjectaltname'>): {
    uris: string[];
    dns: string[];
};
/** An agent's certificate does not name the agent it claims to be. */
export declare class AgentIdentityError extends Error {
    readonly agentName: string;
    readonly presented: string[];
    readonly name = "AgentIdentityError";
    readonly code = "ERR_TROUPE_AGENT_IDENTITY";
    constructor(agentName: string, presented: string[]);
}
/**
 * Whether `cert` names the agent `agentName`: a URI SAN `troupe://agent/<name>`, or
 * a DNS SAN equal to the name. The host dialled plays no part: agents advertise
 * addresses such as 127.0.0.1, and what matters is who the certificate says it is.
 */
export declare function agentIdentityError(agentName: string, cert: Pick<PeerCertificate, 'subjectaltname'>): AgentIdentityError | undefined;
/** A `checkServerIdentity` for TLS clients that dial the agent `agentName`. */
export declare function checkAgentIdentity(agentName: string): (hostname: string, cert: PeerCertificate) => Error | undefined;
