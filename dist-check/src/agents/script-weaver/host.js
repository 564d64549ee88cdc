/** The show the scripts are for. */
export const SHOW_NAME = 'Troupe Radio';
const PRESETS = [
    {
        name: 'Ada',
        persona: 'a curious technology journalist who explains ideas with everyday examples',
        greeting: `Hello and welcome to ${SHOW_NAME}.`,
        signOff: "I'm {name}. Thanks for listening, and stay curious.",
    },
    {
        name: 'Theo',
        persona: 'a dry-witted engineer who cares about numbers and trade-offs',
        greeting: `Welcome to ${SHOW_NAME}, the show about how things actually work.`,
        signOff: 'That was {name}. Go measure something.',
    },
    {
        name: 'Mira',
        persona: 'a calm storyteller who looks for the people behind the technology',
        greeting: `You're listening to ${SHOW_NAME}.`,
        signOff: "This has been {name}. Until next time, take care.",
    },
];
/** The host used when the input names none. */
export const DEFAULT_HOST = 'Ada';
/** Names of the hosts with a persona of their own. */
export const HOST_NAMES = PRESETS.map((p) => p.name);
/**
 * The style of a host: a preset when the name is one (case-insensitive), otherwise
 * the given name with a neutral persona.
 *
 * @example
 * hostStyle('theo').persona; // 'a dry-witted engineer who cares about numbers and trade-offs'
 */
export function hostStyle(name = DEFAULT_HOST) {
    const preset = PRESETS.find((p) => p.name.toLowerCase() === name.toLowerCase());
    if (preset)
        return preset;
    return {
        name,
        persona: `the host of ${SHOW_NAME}`,
        greeting: `Welcome to ${SHOW_NAME}.`,
        signOff: "I'm {name}. Thanks for listening.",
    };
}
//# sourceMappingURL=host.js.map