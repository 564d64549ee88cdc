import type { ChannelStart as _troupe_v1_ChannelStart, ChannelStart__Output as _troupe_v1_ChannelStart__Output } from '../../troupe/v1/ChannelStart.js';
import type { ChannelCancel as _troupe_v1_ChannelCancel, ChannelCancel__Output as _troupe_v1_ChannelCancel__Output } from '../../troupe/v1/ChannelCancel.js';
/**
 * One message from the orchestrator on a Channel stream.
 */
export interface ChannelRequest {
    /**
     * Start a task.
     */
    'start'?: (_troupe_v1_ChannelStart | null);
    /**
     * Cancel a task started on this channel.
     */
    'cancel'?: (_troupe_v1_ChannelCancel | null);
    /**
     * What to do.
     */
    'event'?: "start" | "cancel";
}
/**
 * One message from the orchestrator on a Channel stream.
 */
export interface ChannelRequest__Output {
    /**
     * Start a task.
     */
    'start'?: (_troupe_v1_ChannelStart__Output | null);
    /**
     * Cancel a task started on this channel.
     */
    'cancel'?: (_troupe_v1_ChannelCancel__Output | null);
    /**
     * What to do.
     */
    'event'?: "start" | "cancel";
}
