import { DefinitionError, parseDefinitionText, validateDefinition } from '../definition/index.js';
/**
 * Registers the definitions in `texts` whose names the store does not hold yet, so a
 * fresh orchestrator already offers them (`troupe workflows` is not empty on a first
 * start). A name already stored is left as it is: an operator's own version wins, and a
 * restart adds no new version. Capabilities are not checked (agents may not be known
 * yet); each run checks them as usual. Resolves to the names it registered.
 *
 * @example await seedWorkflows(store, [podcastYaml], logger) // ['full-podcast'] on a first start, [] after
 */
export async function seedWorkflows(store, texts, logger) {
    const added = [];
    for (const text of texts) {
        let result;
        try {
            result = validateDefinition(parseDefinitionText(text));
        }
        catch (err) {
            logger.warn({ problems: err instanceof DefinitionError ? err.problems : [String(err)] }, 'bundled workflow not registered: invalid');
            continue;
        }
        if (!result.ok) {
            logger.warn({ problems: result.problems }, 'bundled workflow not registered: invalid');
            continue;
        }
        const { name, definition } = result.definition;
        if (await store.get(name))
            continue;
        await store.put(name, definition);
        added.push(name);
    }
    if (added.length > 0)
        logger.info({ workflows: added }, 'bundled workflows registered');
    return added;
}
//# sourceMappingURL=seed-workflows.js.map