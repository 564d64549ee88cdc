/** Who speaks the script. */
export interface Host {
    name: string;
    persona: string;
}
/** A host with the lines that give the show its voice. */
export interface HostStyle extends Host {
    /** Opens the intro. */
    greeting: string;
    /** Closes the outro; `{name}` is replaced by the host's name. */
    signOff: string;
}
/** The show the scripts are for. */
export declare const SHOW_NAME = "Troupe Radio";
/** The host used when the input names none. */
export declare const DEFAULT_HOST = "Ada";
/** Names of the hosts with a persona of their own. */
export declare const HOST_NAMES: readonly string[];
/**
 * The style of a host: a preset when the name is one (case-insensitive), otherwise
 * the given name with a neutral persona.
 *
 * @example
 * hostStyle('theo').persona; // 'a dry-witted engineer who cares about numbers and trade-offs'
 */
export declare function hostStyle(name?: string): HostStyle;
