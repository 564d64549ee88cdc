import { describe, expect, it } from 'vitest';
import { builtinAgents } from '../../src/agents/index.js';
import { builtinWorkflows } from '../../src/agents/workflows/index.js';
import { parseDefinitionText, validateDefinition } from '../../src/orchestrator/workflow/definition/index.js';
describe('the bundled workflows', () => {
    it('validate against the capabilities of the bundled agents', async () => {
        const capabilities = new Set();
        for (const load of Object.values(builtinAgents))
            for (const c of (await load()).capabilities)
                capabilities.add(c.name);
        const workflows = await builtinWorkflows();
        expect(workflows.map((w) => w.file.split('/').at(-1))).toEqual(['full-podcast.yaml', 'landing-snippets.yaml']);
        for (const { file, text } of workflows) {
            const result = validateDefinition(parseDefinitionText(text), { knownCapabilities: capabilities });
            expect(result.ok ? [] : result.problems, file).toEqual([]);
        }
    });
});
//# sourceMappingURL=builtin-workflows.test.js.map