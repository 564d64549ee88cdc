/** Building blocks of the OpenAPI document (openapi.ts, openapi-console.ts). */

export const json = (schema: object) => ({ 'application/json': { schema } });
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const error = (description: string) => ({ description, content: json(ref('Error')) });
export const text = (description: string) => ({ description, content: { 'text/plain': { schema: { type: 'string' } } } });
export const AUTH = {
  '401': error('No or a bad bearer token (with `WWW-Authenticate: Bearer`)'),
  '403': error('The token lacks the route’s scope'),
};
export const id = (description: string) => ({ name: 'id', in: 'path', required: true, description, schema: { type: 'string' } });
export const query = (name: string, description: string, schema: object) => ({ name, in: 'query', required: false, description, schema });
