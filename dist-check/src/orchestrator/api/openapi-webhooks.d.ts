/** `GET /api/webhooks` (http-webhooks.ts). */
export declare function webhookPaths(): Record<string, object>;
