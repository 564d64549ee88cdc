/**
 * Mermaid `stateDiagram-v2` rendering of any XState v5 machine, built from its
 * {@link transitionTable} so the diagram and the tests can never disagree.
 */
import type { AnyStateMachine } from 'xstate';
/**
 * Renders `machine` as a Mermaid `stateDiagram-v2` with `title` in its front
 * matter. Compound states nest; the regions of a parallel state are separated
 * by `--`; guarded edges read `EVENT [guard]`, timers `after delayName`, and a
 * targetless transition (actions only) is a self-loop. The output is a pure
 * function of the machine definition.
 *
 * @example
 * ```ts
 * const md = toMermaid(agentLifecycleMachine, 'Agent lifecycle');
 * ```
 */
export declare function toMermaid(machine: AnyStateMachine, title: string): string;
/**
 * The whole `docs/machines/<name>.md` page for a machine: a heading derived
 * from `name`, the machine's root `description` as its one sentence, and the
 * diagram. `scripts/render-diagrams.mjs` writes it and `test/unit/diagrams.test.ts`
 * checks the committed page is current. `source` is the machine's file, named in the page.
 *
 * @example
 * ```ts
 * machineDoc('agent-lifecycle', agentLifecycleMachine); // '# Agent lifecycle\n\n…'
 * ```
 */
export declare function machineDoc(name: string, machine: AnyStateMachine, source?: string): string;
