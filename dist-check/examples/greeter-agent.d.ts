declare const agent: import("../src/sdk/index.js").AgentDefinition;
export default agent;
