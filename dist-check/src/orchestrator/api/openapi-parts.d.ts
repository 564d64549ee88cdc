/** Building blocks of the OpenAPI document (openapi.ts, openapi-console.ts). */
export declare const json: (schema: object) => {
    'application/json': {
        schema: object;
    };
};
export declare const ref: (name: string) => {
    $ref: string;
};
export declare const error: (description: string) => {
    description: string;
    content: {
        'application/json': {
            schema: object;
        };
    };
};
export declare const text: (description: string) => {
    description: string;
    content: {
        'text/plain': {
            schema: {
                type: string;
            };
        };
    };
};
export declare const AUTH: {
    '401': {
        description: string;
        content: {
            'application/json': {
                schema: object;
            };
        };
    };
    '403': {
        description: string;
        content: {
            'application/json': {
                schema: object;
            };
        };
    };
};
export declare const id: (description: string) => {
    name: string;
    in: string;
    required: boolean;
    description: string;
    schema: {
        type: string;
    };
};
export declare const query: (name: string, description: string, schema: object) => {
    name: string;
    in: string;
    required: boolean;
    description: string;
    schema: object;
};
