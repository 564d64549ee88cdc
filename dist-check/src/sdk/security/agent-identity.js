/** Prefix of the URI SAN that names an agent: `troupe://agent/<agent-name>`. */
export const AGENT_URI_PREFIX = 'troupe://agent/';
/** The URI SAN an agent's server certificate carries, e.g. `troupe://agent/voice-forge`. */
export function agentIdentityUri(agentName) {
    return `${AGENT_URI_PREFIX}${agentName}`;
}
/** The URI and DNS names of a peer certificate's subjectAltName. */
export function certificateNames(cert) {
    const uris = [];
    const dns = [];
    // Node renders SANs as `URI:a, DNS:b, IP Address:c`; values with a comma or quote are JSON-quoted.
    for (const part of (cert.subjectaltname ?? '').match(/(?:[^,"]|"(?:\\.|[^"])*")+/g) ?? []) {
        const item = part.trim();
        const colon = item.indexOf(':');
        if (colon < 0)
            continue;
        const kind = item.slice(0, colon);
        let value = item.slice(colon + 1);
        if (value.startsWith('"')) {
            try {
                value = JSON.parse(value);
            }
            catch {
                continue;
            }
        }
        if (kind === 'URI')
            uris.push(value);
        else if (kind === 'DNS')
            dns.push(value);
    }
    return { uris, dns };
}
/** An agent's certificate does not name the agent it claims to be. */
export class AgentIdentityError extends Error {
    agentName;
    presented;
    name = 'AgentIdentityError';
    code = 'ERR_TROUPE_AGENT_IDENTITY';
    constructor(agentName, presented) {
        super(`the certificate names ${presented.length > 0 ? presented.join(', ') : 'nothing'}, not ${agentIdentityUri(agentName)} (nor DNS:${agentName})`);
        this.agentName = agentName;
        this.presented = presented;
    }
}
/**
 * Whether `cert` names the agent `agentName`: a URI SAN `troupe://agent/<name>`, or
 * a DNS SAN equal to the name. The host dialled plays no part: agents advertise
 * addresses such as 127.0.0.1, and what matters is who the certificate says it is.
 */
export function agentIdentityError(agentName, cert) {
    const { uris, dns } = certificateNames(cert);
    if (uris.includes(agentIdentityUri(agentName)) || dns.includes(agentName))
        return undefined;
    return new AgentIdentityError(agentName, [...uris.map((u) => `URI:${u}`), ...dns.map((d) => `DNS:${d}`)]);
}
/** A `checkServerIdentity` for TLS clients that dial the agent `agentName`. */
export function checkAgentIdentity(agentName) {
    return (_hostname, cert) => agentIdentityError(agentName, cert);
}
//# sourceMappingURL=agent-identity.js.map