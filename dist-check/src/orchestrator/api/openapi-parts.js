/** Building blocks of the OpenAPI document (openapi.ts, openapi-console.ts). */
export const json = (schema) => ({ 'application/json': { schema } });
export const ref = (name) => ({ $ref: `#/components/schemas/${name}` });
export const error = (description) => ({ description, content: json(ref('Error')) });
export const text = (description) => ({ description, content: { 'text/plain': { schema: { type: 'string' } } } });
export const AUTH = {
    '401': error('No or a bad bearer token (with `WWW-Authenticate: Bearer`)'),
    '403': error('The token lacks the route’s scope'),
};
export const id = (description) => ({ name: 'id', in: 'path', required: true, description, schema: { type: 'string' } });
export const query = (name, description, schema) => ({ name, in: 'query', required: false, description, schema });
//# sourceMappingURL=openapi-parts.js.map