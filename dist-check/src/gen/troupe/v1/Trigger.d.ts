import type { Long } from '@grpc/proto-loader';
/**
 * An event trigger of a registered workflow: NATS messages on `subject` start runs of it.
 */
export interface Trigger {
    /**
     * The workflow the trigger starts.
     */
    'workflow'?: (string);
    /**
     * The version of the workflow the trigger is defined in (its latest).
     */
    'workflowVersion'?: (number);
    /**
     * The trigger's name, or its subject when it has none.
     */
    'name'?: (string);
    /**
     * The NATS subject (wildcards allowed) whose messages start runs.
     */
    'subject'?: (string);
    /**
     * The JetStream stream the messages are read from ("TROUPE_EVENTS" unless the trigger names one).
     */
    'stream'?: (string);
    /**
     * The durable consumer every orchestrator pulls the trigger's messages from.
     */
    'consumer'?: (string);
    /**
     * The answering orchestrator's view: "active" (pulling), "binding", or "error" (see error).
     */
    'state'?: (string);
    /**
     * Why the consumer cannot be pulled from, when state is "error"; empty otherwise.
     */
    'error'?: (string);
    /**
     * Messages stored for the trigger and not yet delivered to an orchestrator.
     */
    'pending'?: (number | string | Long);
    /**
     * Messages delivered to an orchestrator and not yet acknowledged (being handled, or waiting for redelivery).
     */
    'ackPending'?: (number | string | Long);
    /**
     * Messages delivered more than once (an orchestrator died or failed before acknowledging them).
     */
    'redelivered'?: (number | string | Long);
}
/**
 * An event trigger of a registered workflow: NATS messages on `subject` start runs of it.
 */
export interface Trigger__Output {
    /**
     * The workflow the trigger starts.
     */
    'workflow': (string);
    /**
     * The version of the workflow the trigger is defined in (its latest).
     */
    'workflowVersion': (number);
    /**
     * The trigger's name, or its subject when it has none.
     */
    'name': (string);
    /**
     * The NATS subject (wildcards allowed) whose messages start runs.
     */
    'subject': (string);
    /**
     * The JetStream stream the messages are read from ("TROUPE_EVENTS" unless the trigger names one).
     */
    'stream': (string);
    /**
     * The durable consumer every orchestrator pulls the trigger's messages from.
     */
    'consumer': (string);
    /**
     * The answering orchestrator's view: "active" (pulling), "binding", or "error" (see error).
     */
    'state': (string);
    /**
     * Why the consumer cannot be pulled from, when state is "error"; empty otherwise.
     */
    'error': (string);
    /**
     * Messages stored for the trigger and not yet delivered to an orchestrator.
     */
    'pending': (string);
    /**
     * Messages delivered to an orchestrator and not yet acknowledged (being handled, or waiting for redelivery).
     */
    'ackPending': (string);
    /**
     * Messages delivered more than once (an orchestrator died or failed before acknowledging them).
     */
    'redelivered': (string);
}
