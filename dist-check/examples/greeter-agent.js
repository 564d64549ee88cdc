// The agent from the README's "Writing an agent" section, type-checked by `npm run lint`.
// (In your own project, import from 'troupe/sdk'.)
import { defineAgent, InvalidArgumentError } from '../src/sdk/index.js';
const agent = defineAgent({
    name: 'greeter',
    version: '1.0.0',
    maxConcurrency: 32, // more at once → RESOURCE_EXHAUSTED
    capabilities: [
        { name: 'greet.say', description: 'Greets someone' },
        { name: 'greet.spell', description: 'Spells a name, one letter per chunk', streaming: true },
    ],
    handlers: {
        'greet.say': async (input, ctx) => {
            if (typeof input !== 'object' || input === null || !('name' in input) || typeof input.name !== 'string') {
                throw new InvalidArgumentError('input.name is required');
            }
            ctx.logger.info({ who: input.name }, 'greeting'); // carries trace_id, task_id, agent
            return { greeting: `Hello, ${input.name}!` };
        },
        'greet.spell': async function* (input, ctx) {
            const { name } = input;
            for (const letter of typeof name === 'string' ? name : '') {
                if (ctx.signal.aborted)
                    return null; // cancelled or past its deadline
                yield { type: 'chunk', data: Buffer.from(letter), contentType: 'text/plain' };
            }
            return { done: true };
        },
    },
});
export default agent;
//# sourceMappingURL=greeter-agent.js.map