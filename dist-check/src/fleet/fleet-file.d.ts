import { type FleetSpec } from './fleet-spec.js';
/**
 * Parses and validates fleet file text. `file` names it in errors.
 *
 * @throws FleetFileError listing every problem, each with its key path.
 * @example
 * ```ts
 * const fleet = parseFleetFile(readFileSync('fleet.yaml', 'utf8'), 'fleet.yaml');
 * fleet.agents.map((a) => a.name);
 * ```
 */
export declare function parseFleetFile(text: string, file?: string): FleetSpec;
