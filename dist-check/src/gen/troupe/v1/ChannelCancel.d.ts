import type { Long } from '@grpc/proto-loader';
/**
 * Cancels one task on a channel.
 */
export interface ChannelCancel {
    /**
     * The call_id of the task's ChannelStart.
     */
    'callId'?: (number | string | Long);
}
/**
 * Cancels one task on a channel.
 */
export interface ChannelCancel__Output {
    /**
     * The call_id of the task's ChannelStart.
     */
    'callId': (string);
}
