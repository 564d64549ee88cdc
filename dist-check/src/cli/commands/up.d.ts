import { type Command } from '../context.js';
/** The bundled podcast fleet, used when no file is named: in src/ (dist/ has no YAML), from the package root. */
export declare const BUNDLED_FLEET: string;
/** `troupe up`: the fleet supervisor. */
export declare const command: Command;
