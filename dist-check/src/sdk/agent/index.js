export { defineAgent, isAgentDefinition, AgentDefinitionError } from './define-agent.js';
export { startAgent } from './agent-server.js';
export { runAgent } from './run-agent.js';
export { taskResult, } from './types.js';
//# sourceMappingURL=index.js.map