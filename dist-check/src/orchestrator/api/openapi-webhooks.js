import { AUTH, error, json, query } from './openapi-parts.js';
const DELIVERY_LINE = {
    type: 'object',
    required: ['kind', 'id', 'url', 'state', 'attempts', 'delivered', 'done', 'registeredAt', 'updatedAt'],
    properties: {
        kind: { type: 'string', enum: ['run', 'task'] },
        id: { type: 'string', description: 'The run or task id' },
        url: { type: 'string', description: 'The callback URL (never a secret nor the body sent)' },
        workflow: { type: 'string', description: 'The run’s workflow (kind run)' },
        capability: { type: 'string', description: 'The task’s capability (kind task)' },
        state: { type: 'string', enum: ['pending', 'retrying', 'delivered', 'failed'] },
        attempts: { type: 'integer', description: 'POSTs made so far' },
        delivered: { type: 'boolean' },
        done: { type: 'boolean', description: 'No more attempts will be made' },
        lastError: { type: 'string', description: 'Why the last attempt failed, e.g. `HTTP 503`' },
        registeredAt: { type: 'string', format: 'date-time' },
        updatedAt: { type: 'string', format: 'date-time', description: 'The last POST, else registeredAt' },
        traceId: { type: 'string' },
    },
};
/** `GET /api/webhooks` (http-webhooks.ts). */
export function webhookPaths() {
    return {
        '/api/webhooks': {
            get: {
                summary: 'This orchestrator’s completion-webhook deliveries, newest first, kept in memory (the last 1000). Scope runs:read: run deliveries of the token’s workflows; task deliveries to `*` callers and to their submitter with tasks:submit',
                security: [{ bearer: [] }],
                parameters: [
                    query('state', 'Only deliveries in this state', { type: 'string', enum: ['pending', 'retrying', 'delivered', 'failed'] }),
                    query('limit', 'At most this many', { type: 'integer', minimum: 1, maximum: 1000 }),
                ],
                responses: {
                    '200': { description: 'The deliveries', content: json({ type: 'object', required: ['deliveries'], properties: { deliveries: { type: 'array', items: DELIVERY_LINE } } }) },
                    '400': error('state is not pending, retrying, delivered or failed, or limit is not 1 to 1000'),
                    ...AUTH,
                },
            },
        },
    };
}
//# sourceMappingURL=openapi-webhooks.js.map