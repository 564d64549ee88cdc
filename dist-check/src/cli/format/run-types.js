/** Reads JSON from the client as one of the views above (the server is trusted to send that shape). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- a deliberate, named cast point for trusted server JSON
export function asView(json) {
    return json;
}
//# sourceMappingURL=run-types.js.map