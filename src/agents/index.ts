import type { AgentDefinition } from '../sdk/index.js';

/** The example agents shipped with Troupe, by name, loaded on demand. */
export const builtinAgents: Readonly<Record<string, () => Promise<AgentDefinition>>> = {
  echo: async () => (await import('./echo/index.js')).default,
  'voice-forge': async () => (await import('./voice-forge/index.js')).default,
};
