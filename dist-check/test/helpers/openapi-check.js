/**
 * A small checker of real HTTP answers against our OpenAPI document — not a general
 * OpenAPI validator (none well-kept for 3.1 is among our dependencies): it checks that
 * the status is documented for the path and method, that the content type is one the
 * document names, and that a JSON body matches the subset of JSON Schema the document
 * uses (`$ref`, `type` incl. arrays of types, `required`, `properties`, `items`, `enum`, `oneOf`).
 */
/** The documented path template matching a concrete path, e.g. `/api/tasks/{id}` for `/api/tasks/abc`. */
export function templateOf(doc, path) {
    const paths = Object.keys(doc.paths);
    return paths.find((p) => p === path) ?? paths.find((p) => new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path));
}
/** Problems of one answer; empty when it conforms. */
export function checkResponse(doc, method, path, status, contentType, body) {
    const template = templateOf(doc, path);
    if (!template)
        return [`${path} is not documented`];
    const operation = doc.paths[template]?.[method.toLowerCase()];
    if (!operation)
        return [`${method} ${template} is not documented`];
    const response = operation.responses[String(status)];
    if (!response)
        return [`${method} ${template} answered ${status}, which is not documented`];
    const content = response.content;
    if (!content)
        return [];
    const type = (contentType ?? '').split(';')[0]?.trim() ?? '';
    const media = content[type];
    if (!media)
        return [`${method} ${template} ${status}: content type ${type || '(none)'} is not one of ${Object.keys(content).join(', ')}`];
    if (type !== 'application/json' || !media.schema)
        return [];
    let value;
    try {
        value = JSON.parse(body);
    }
    catch {
        return [`${method} ${template} ${status}: the body is not JSON`];
    }
    return validate(doc, media.schema, value, '$');
}
function typeOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'integer' : 'number';
    return typeof value;
}
function validate(doc, schema, value, at) {
    if (typeof schema.$ref === 'string') {
        const name = schema.$ref.replace('#/components/schemas/', '');
        return validate(doc, doc.components.schemas[name] ?? {}, value, at);
    }
    if (Array.isArray(schema.oneOf)) {
        const matching = schema.oneOf.filter((s) => validate(doc, s, value, at).length === 0);
        return matching.length === 1 ? [] : [`${at}: matches ${matching.length} of oneOf, not 1`];
    }
    const problems = [];
    if (schema.type !== undefined) {
        const types = Array.isArray(schema.type) ? schema.type : [schema.type];
        const actual = typeOf(value);
        if (!types.includes(actual) && !(actual === 'integer' && types.includes('number')))
            return [`${at}: ${actual}, expected ${types.join(' or ')}`];
    }
    if (Array.isArray(schema.enum) && !schema.enum.includes(value))
        problems.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
    if (typeOf(value) === 'object') {
        const record = value;
        for (const key of schema.required ?? [])
            if (!(key in record))
                problems.push(`${at}.${key} is required`);
        for (const [key, sub] of Object.entries(schema.properties ?? {})) {
            if (key in record)
                problems.push(...validate(doc, sub, record[key], `${at}.${key}`));
        }
    }
    if (Array.isArray(value) && schema.items)
        value.forEach((item, i) => problems.push(...validate(doc, schema.items, item, `${at}[${i}]`)));
    return problems;
}
//# sourceMappingURL=openapi-check.js.map