import { type DeliveryStateName } from '../../../src/sdk/delivery-state.js';
/** A run's completion webhook as GetRun reports it (`callback`; docs/http-api.md#callbacks). */
export interface CallbackState {
    url: string;
    attempts: number;
    delivered: boolean;
    done: boolean;
    lastError?: string;
}
/** The delivery's state in one word, as a badge shows it: the orchestrator's own rule. */
export declare const callbackState: (c: CallbackState) => DeliveryStateName;
