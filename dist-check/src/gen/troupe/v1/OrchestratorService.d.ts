import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type { AbortRolloutRequest as _troupe_v1_AbortRolloutRequest, AbortRolloutRequest__Output as _troupe_v1_AbortRolloutRequest__Output } from '../../troupe/v1/AbortRolloutRequest.js';
import type { AbortRolloutResponse as _troupe_v1_AbortRolloutResponse, AbortRolloutResponse__Output as _troupe_v1_AbortRolloutResponse__Output } from '../../troupe/v1/AbortRolloutResponse.js';
import type { AcknowledgeEscalationRequest as _troupe_v1_AcknowledgeEscalationRequest, AcknowledgeEscalationRequest__Output as _troupe_v1_AcknowledgeEscalationRequest__Output } from '../../troupe/v1/AcknowledgeEscalationRequest.js';
import type { AcknowledgeEscalationResponse as _troupe_v1_AcknowledgeEscalationResponse, AcknowledgeEscalationResponse__Output as _troupe_v1_AcknowledgeEscalationResponse__Output } from '../../troupe/v1/AcknowledgeEscalationResponse.js';
import type { CancelRunRequest as _troupe_v1_CancelRunRequest, CancelRunRequest__Output as _troupe_v1_CancelRunRequest__Output } from '../../troupe/v1/CancelRunRequest.js';
import type { CancelRunResponse as _troupe_v1_CancelRunResponse, CancelRunResponse__Output as _troupe_v1_CancelRunResponse__Output } from '../../troupe/v1/CancelRunResponse.js';
import type { CreateScheduleRequest as _troupe_v1_CreateScheduleRequest, CreateScheduleRequest__Output as _troupe_v1_CreateScheduleRequest__Output } from '../../troupe/v1/CreateScheduleRequest.js';
import type { CreateScheduleResponse as _troupe_v1_CreateScheduleResponse, CreateScheduleResponse__Output as _troupe_v1_CreateScheduleResponse__Output } from '../../troupe/v1/CreateScheduleResponse.js';
import type { DeleteScheduleRequest as _troupe_v1_DeleteScheduleRequest, DeleteScheduleRequest__Output as _troupe_v1_DeleteScheduleRequest__Output } from '../../troupe/v1/DeleteScheduleRequest.js';
import type { DeleteScheduleResponse as _troupe_v1_DeleteScheduleResponse, DeleteScheduleResponse__Output as _troupe_v1_DeleteScheduleResponse__Output } from '../../troupe/v1/DeleteScheduleResponse.js';
import type { DiscardDeadLetterRequest as _troupe_v1_DiscardDeadLetterRequest, DiscardDeadLetterRequest__Output as _troupe_v1_DiscardDeadLetterRequest__Output } from '../../troupe/v1/DiscardDeadLetterRequest.js';
import type { DiscardDeadLetterResponse as _troupe_v1_DiscardDeadLetterResponse, DiscardDeadLetterResponse__Output as _troupe_v1_DiscardDeadLetterResponse__Output } from '../../troupe/v1/DiscardDeadLetterResponse.js';
import type { GetQueuesRequest as _troupe_v1_GetQueuesRequest, GetQueuesRequest__Output as _troupe_v1_GetQueuesRequest__Output } from '../../troupe/v1/GetQueuesRequest.js';
import type { GetQueuesResponse as _troupe_v1_GetQueuesResponse, GetQueuesResponse__Output as _troupe_v1_GetQueuesResponse__Output } from '../../troupe/v1/GetQueuesResponse.js';
import type { GetRolloutRequest as _troupe_v1_GetRolloutRequest, GetRolloutRequest__Output as _troupe_v1_GetRolloutRequest__Output } from '../../troupe/v1/GetRolloutRequest.js';
import type { GetRolloutResponse as _troupe_v1_GetRolloutResponse, GetRolloutResponse__Output as _troupe_v1_GetRolloutResponse__Output } from '../../troupe/v1/GetRolloutResponse.js';
import type { GetRunRequest as _troupe_v1_GetRunRequest, GetRunRequest__Output as _troupe_v1_GetRunRequest__Output } from '../../troupe/v1/GetRunRequest.js';
import type { GetRunResponse as _troupe_v1_GetRunResponse, GetRunResponse__Output as _troupe_v1_GetRunResponse__Output } from '../../troupe/v1/GetRunResponse.js';
import type { GetScheduleRequest as _troupe_v1_GetScheduleRequest, GetScheduleRequest__Output as _troupe_v1_GetScheduleRequest__Output } from '../../troupe/v1/GetScheduleRequest.js';
import type { GetScheduleResponse as _troupe_v1_GetScheduleResponse, GetScheduleResponse__Output as _troupe_v1_GetScheduleResponse__Output } from '../../troupe/v1/GetScheduleResponse.js';
import type { ListAgentsRequest as _troupe_v1_ListAgentsRequest, ListAgentsRequest__Output as _troupe_v1_ListAgentsRequest__Output } from '../../troupe/v1/ListAgentsRequest.js';
import type { ListAgentsResponse as _troupe_v1_ListAgentsResponse, ListAgentsResponse__Output as _troupe_v1_ListAgentsResponse__Output } from '../../troupe/v1/ListAgentsResponse.js';
import type { ListAuditEventsRequest as _troupe_v1_ListAuditEventsRequest, ListAuditEventsRequest__Output as _troupe_v1_ListAuditEventsRequest__Output } from '../../troupe/v1/ListAuditEventsRequest.js';
import type { ListAuditEventsResponse as _troupe_v1_ListAuditEventsResponse, ListAuditEventsResponse__Output as _troupe_v1_ListAuditEventsResponse__Output } from '../../troupe/v1/ListAuditEventsResponse.js';
import type { ListDeadLettersRequest as _troupe_v1_ListDeadLettersRequest, ListDeadLettersRequest__Output as _troupe_v1_ListDeadLettersRequest__Output } from '../../troupe/v1/ListDeadLettersRequest.js';
import type { ListDeadLettersResponse as _troupe_v1_ListDeadLettersResponse, ListDeadLettersResponse__Output as _troupe_v1_ListDeadLettersResponse__Output } from '../../troupe/v1/ListDeadLettersResponse.js';
import type { ListEscalationsRequest as _troupe_v1_ListEscalationsRequest, ListEscalationsRequest__Output as _troupe_v1_ListEscalationsRequest__Output } from '../../troupe/v1/ListEscalationsRequest.js';
import type { ListEscalationsResponse as _troupe_v1_ListEscalationsResponse, ListEscalationsResponse__Output as _troupe_v1_ListEscalationsResponse__Output } from '../../troupe/v1/ListEscalationsResponse.js';
import type { ListRolloutsRequest as _troupe_v1_ListRolloutsRequest, ListRolloutsRequest__Output as _troupe_v1_ListRolloutsRequest__Output } from '../../troupe/v1/ListRolloutsRequest.js';
import type { ListRolloutsResponse as _troupe_v1_ListRolloutsResponse, ListRolloutsResponse__Output as _troupe_v1_ListRolloutsResponse__Output } from '../../troupe/v1/ListRolloutsResponse.js';
import type { ListRunsRequest as _troupe_v1_ListRunsRequest, ListRunsRequest__Output as _troupe_v1_ListRunsRequest__Output } from '../../troupe/v1/ListRunsRequest.js';
import type { ListRunsResponse as _troupe_v1_ListRunsResponse, ListRunsResponse__Output as _troupe_v1_ListRunsResponse__Output } from '../../troupe/v1/ListRunsResponse.js';
import type { ListSchedulesRequest as _troupe_v1_ListSchedulesRequest, ListSchedulesRequest__Output as _troupe_v1_ListSchedulesRequest__Output } from '../../troupe/v1/ListSchedulesRequest.js';
import type { ListSchedulesResponse as _troupe_v1_ListSchedulesResponse, ListSchedulesResponse__Output as _troupe_v1_ListSchedulesResponse__Output } from '../../troupe/v1/ListSchedulesResponse.js';
import type { ListTriggersRequest as _troupe_v1_ListTriggersRequest, ListTriggersRequest__Output as _troupe_v1_ListTriggersRequest__Output } from '../../troupe/v1/ListTriggersRequest.js';
import type { ListTriggersResponse as _troupe_v1_ListTriggersResponse, ListTriggersResponse__Output as _troupe_v1_ListTriggersResponse__Output } from '../../troupe/v1/ListTriggersResponse.js';
import type { ListWorkflowVersionsRequest as _troupe_v1_ListWorkflowVersionsRequest, ListWorkflowVersionsRequest__Output as _troupe_v1_ListWorkflowVersionsRequest__Output } from '../../troupe/v1/ListWorkflowVersionsRequest.js';
import type { ListWorkflowVersionsResponse as _troupe_v1_ListWorkflowVersionsResponse, ListWorkflowVersionsResponse__Output as _troupe_v1_ListWorkflowVersionsResponse__Output } from '../../troupe/v1/ListWorkflowVersionsResponse.js';
import type { ListWorkflowsRequest as _troupe_v1_ListWorkflowsRequest, ListWorkflowsRequest__Output as _troupe_v1_ListWorkflowsRequest__Output } from '../../troupe/v1/ListWorkflowsRequest.js';
import type { ListWorkflowsResponse as _troupe_v1_ListWorkflowsResponse, ListWorkflowsResponse__Output as _troupe_v1_ListWorkflowsResponse__Output } from '../../troupe/v1/ListWorkflowsResponse.js';
import type { PauseScheduleRequest as _troupe_v1_PauseScheduleRequest, PauseScheduleRequest__Output as _troupe_v1_PauseScheduleRequest__Output } from '../../troupe/v1/PauseScheduleRequest.js';
import type { PauseScheduleResponse as _troupe_v1_PauseScheduleResponse, PauseScheduleResponse__Output as _troupe_v1_PauseScheduleResponse__Output } from '../../troupe/v1/PauseScheduleResponse.js';
import type { PlanChainsRequest as _troupe_v1_PlanChainsRequest, PlanChainsRequest__Output as _troupe_v1_PlanChainsRequest__Output } from '../../troupe/v1/PlanChainsRequest.js';
import type { PlanChainsResponse as _troupe_v1_PlanChainsResponse, PlanChainsResponse__Output as _troupe_v1_PlanChainsResponse__Output } from '../../troupe/v1/PlanChainsResponse.js';
import type { PromoteRolloutRequest as _troupe_v1_PromoteRolloutRequest, PromoteRolloutRequest__Output as _troupe_v1_PromoteRolloutRequest__Output } from '../../troupe/v1/PromoteRolloutRequest.js';
import type { PromoteRolloutResponse as _troupe_v1_PromoteRolloutResponse, PromoteRolloutResponse__Output as _troupe_v1_PromoteRolloutResponse__Output } from '../../troupe/v1/PromoteRolloutResponse.js';
import type { RegisterWorkflowRequest as _troupe_v1_RegisterWorkflowRequest, RegisterWorkflowRequest__Output as _troupe_v1_RegisterWorkflowRequest__Output } from '../../troupe/v1/RegisterWorkflowRequest.js';
import type { RegisterWorkflowResponse as _troupe_v1_RegisterWorkflowResponse, RegisterWorkflowResponse__Output as _troupe_v1_RegisterWorkflowResponse__Output } from '../../troupe/v1/RegisterWorkflowResponse.js';
import type { ReplayDeadLetterRequest as _troupe_v1_ReplayDeadLetterRequest, ReplayDeadLetterRequest__Output as _troupe_v1_ReplayDeadLetterRequest__Output } from '../../troupe/v1/ReplayDeadLetterRequest.js';
import type { ReplayDeadLetterResponse as _troupe_v1_ReplayDeadLetterResponse, ReplayDeadLetterResponse__Output as _troupe_v1_ReplayDeadLetterResponse__Output } from '../../troupe/v1/ReplayDeadLetterResponse.js';
import type { ResolveEscalationRequest as _troupe_v1_ResolveEscalationRequest, ResolveEscalationRequest__Output as _troupe_v1_ResolveEscalationRequest__Output } from '../../troupe/v1/ResolveEscalationRequest.js';
import type { ResolveEscalationResponse as _troupe_v1_ResolveEscalationResponse, ResolveEscalationResponse__Output as _troupe_v1_ResolveEscalationResponse__Output } from '../../troupe/v1/ResolveEscalationResponse.js';
import type { ResumeScheduleRequest as _troupe_v1_ResumeScheduleRequest, ResumeScheduleRequest__Output as _troupe_v1_ResumeScheduleRequest__Output } from '../../troupe/v1/ResumeScheduleRequest.js';
import type { ResumeScheduleResponse as _troupe_v1_ResumeScheduleResponse, ResumeScheduleResponse__Output as _troupe_v1_ResumeScheduleResponse__Output } from '../../troupe/v1/ResumeScheduleResponse.js';
import type { SetAgentModeRequest as _troupe_v1_SetAgentModeRequest, SetAgentModeRequest__Output as _troupe_v1_SetAgentModeRequest__Output } from '../../troupe/v1/SetAgentModeRequest.js';
import type { SetAgentModeResponse as _troupe_v1_SetAgentModeResponse, SetAgentModeResponse__Output as _troupe_v1_SetAgentModeResponse__Output } from '../../troupe/v1/SetAgentModeResponse.js';
import type { SetRolloutRequest as _troupe_v1_SetRolloutRequest, SetRolloutRequest__Output as _troupe_v1_SetRolloutRequest__Output } from '../../troupe/v1/SetRolloutRequest.js';
import type { SetRolloutResponse as _troupe_v1_SetRolloutResponse, SetRolloutResponse__Output as _troupe_v1_SetRolloutResponse__Output } from '../../troupe/v1/SetRolloutResponse.js';
import type { SignalRunRequest as _troupe_v1_SignalRunRequest, SignalRunRequest__Output as _troupe_v1_SignalRunRequest__Output } from '../../troupe/v1/SignalRunRequest.js';
import type { SignalRunResponse as _troupe_v1_SignalRunResponse, SignalRunResponse__Output as _troupe_v1_SignalRunResponse__Output } from '../../troupe/v1/SignalRunResponse.js';
import type { StartRunRequest as _troupe_v1_StartRunRequest, StartRunRequest__Output as _troupe_v1_StartRunRequest__Output } from '../../troupe/v1/StartRunRequest.js';
import type { StartRunResponse as _troupe_v1_StartRunResponse, StartRunResponse__Output as _troupe_v1_StartRunResponse__Output } from '../../troupe/v1/StartRunResponse.js';
import type { StartRunsRequest as _troupe_v1_StartRunsRequest, StartRunsRequest__Output as _troupe_v1_StartRunsRequest__Output } from '../../troupe/v1/StartRunsRequest.js';
import type { StartRunsResponse as _troupe_v1_StartRunsResponse, StartRunsResponse__Output as _troupe_v1_StartRunsResponse__Output } from '../../troupe/v1/StartRunsResponse.js';
import type { StreamTaskRequest as _troupe_v1_StreamTaskRequest, StreamTaskRequest__Output as _troupe_v1_StreamTaskRequest__Output } from '../../troupe/v1/StreamTaskRequest.js';
import type { StreamTaskResponse as _troupe_v1_StreamTaskResponse, StreamTaskResponse__Output as _troupe_v1_StreamTaskResponse__Output } from '../../troupe/v1/StreamTaskResponse.js';
import type { SubmitTaskRequest as _troupe_v1_SubmitTaskRequest, SubmitTaskRequest__Output as _troupe_v1_SubmitTaskRequest__Output } from '../../troupe/v1/SubmitTaskRequest.js';
import type { SubmitTaskResponse as _troupe_v1_SubmitTaskResponse, SubmitTaskResponse__Output as _troupe_v1_SubmitTaskResponse__Output } from '../../troupe/v1/SubmitTaskResponse.js';
import type { SubmitTasksRequest as _troupe_v1_SubmitTasksRequest, SubmitTasksRequest__Output as _troupe_v1_SubmitTasksRequest__Output } from '../../troupe/v1/SubmitTasksRequest.js';
import type { SubmitTasksResponse as _troupe_v1_SubmitTasksResponse, SubmitTasksResponse__Output as _troupe_v1_SubmitTasksResponse__Output } from '../../troupe/v1/SubmitTasksResponse.js';
import type { WatchAgentsRequest as _troupe_v1_WatchAgentsRequest, WatchAgentsRequest__Output as _troupe_v1_WatchAgentsRequest__Output } from '../../troupe/v1/WatchAgentsRequest.js';
import type { WatchAgentsResponse as _troupe_v1_WatchAgentsResponse, WatchAgentsResponse__Output as _troupe_v1_WatchAgentsResponse__Output } from '../../troupe/v1/WatchAgentsResponse.js';
import type { WatchRunRequest as _troupe_v1_WatchRunRequest, WatchRunRequest__Output as _troupe_v1_WatchRunRequest__Output } from '../../troupe/v1/WatchRunRequest.js';
import type { WatchRunResponse as _troupe_v1_WatchRunResponse, WatchRunResponse__Output as _troupe_v1_WatchRunResponse__Output } from '../../troupe/v1/WatchRunResponse.js';
/**
 * What clients call: submit tasks and workflow runs, inspect agents.
 *
 * Every request that starts work takes an idempotency key, a priority
 * (1 = highest ... 5 = lowest, 0 = default 3) and a timeout; the gRPC deadline
 * also applies and the earlier of the two wins.
 */
export interface OrchestratorServiceClient extends grpc.Client {
    /**
     * Aborts the rollout: the canary gets no more traffic (weight 0); needs agents:admin.
     */
    AbortRollout(argument: _troupe_v1_AbortRolloutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_AbortRolloutResponse__Output>): grpc.ClientUnaryCall;
    AbortRollout(argument: _troupe_v1_AbortRolloutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_AbortRolloutResponse__Output>): grpc.ClientUnaryCall;
    AbortRollout(argument: _troupe_v1_AbortRolloutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_AbortRolloutResponse__Output>): grpc.ClientUnaryCall;
    AbortRollout(argument: _troupe_v1_AbortRolloutRequest, callback: grpc.requestCallback<_troupe_v1_AbortRolloutResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Aborts the rollout: the canary gets no more traffic (weight 0); needs agents:admin.
     */
    abortRollout(argument: _troupe_v1_AbortRolloutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_AbortRolloutResponse__Output>): grpc.ClientUnaryCall;
    abortRollout(argument: _troupe_v1_AbortRolloutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_AbortRolloutResponse__Output>): grpc.ClientUnaryCall;
    abortRollout(argument: _troupe_v1_AbortRolloutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_AbortRolloutResponse__Output>): grpc.ClientUnaryCall;
    abortRollout(argument: _troupe_v1_AbortRolloutRequest, callback: grpc.requestCallback<_troupe_v1_AbortRolloutResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Marks an escalation as seen by a person; the receiver is told.
     */
    AcknowledgeEscalation(argument: _troupe_v1_AcknowledgeEscalationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_AcknowledgeEscalationResponse__Output>): grpc.ClientUnaryCall;
    AcknowledgeEscalation(argument: _troupe_v1_AcknowledgeEscalationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_AcknowledgeEscalationResponse__Output>): grpc.ClientUnaryCall;
    AcknowledgeEscalation(argument: _troupe_v1_AcknowledgeEscalationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_AcknowledgeEscalationResponse__Output>): grpc.ClientUnaryCall;
    AcknowledgeEscalation(argument: _troupe_v1_AcknowledgeEscalationRequest, callback: grpc.requestCallback<_troupe_v1_AcknowledgeEscalationResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Marks an escalation as seen by a person; the receiver is told.
     */
    acknowledgeEscalation(argument: _troupe_v1_AcknowledgeEscalationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_AcknowledgeEscalationResponse__Output>): grpc.ClientUnaryCall;
    acknowledgeEscalation(argument: _troupe_v1_AcknowledgeEscalationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_AcknowledgeEscalationResponse__Output>): grpc.ClientUnaryCall;
    acknowledgeEscalation(argument: _troupe_v1_AcknowledgeEscalationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_AcknowledgeEscalationResponse__Output>): grpc.ClientUnaryCall;
    acknowledgeEscalation(argument: _troupe_v1_AcknowledgeEscalationRequest, callback: grpc.requestCallback<_troupe_v1_AcknowledgeEscalationResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Cancels a run and its in-flight tasks.
     */
    CancelRun(argument: _troupe_v1_CancelRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_CancelRunResponse__Output>): grpc.ClientUnaryCall;
    CancelRun(argument: _troupe_v1_CancelRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_CancelRunResponse__Output>): grpc.ClientUnaryCall;
    CancelRun(argument: _troupe_v1_CancelRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_CancelRunResponse__Output>): grpc.ClientUnaryCall;
    CancelRun(argument: _troupe_v1_CancelRunRequest, callback: grpc.requestCallback<_troupe_v1_CancelRunResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Cancels a run and its in-flight tasks.
     */
    cancelRun(argument: _troupe_v1_CancelRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_CancelRunResponse__Output>): grpc.ClientUnaryCall;
    cancelRun(argument: _troupe_v1_CancelRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_CancelRunResponse__Output>): grpc.ClientUnaryCall;
    cancelRun(argument: _troupe_v1_CancelRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_CancelRunResponse__Output>): grpc.ClientUnaryCall;
    cancelRun(argument: _troupe_v1_CancelRunRequest, callback: grpc.requestCallback<_troupe_v1_CancelRunResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Creates a durable schedule that starts runs of a workflow on a cron expression or once at a
     * time (docs/schedules.md). Exactly one run per tick across every orchestrator sharing the
     * store. Needs the scope schedules:write and permission to start the workflow (runs:start).
     */
    CreateSchedule(argument: _troupe_v1_CreateScheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_CreateScheduleResponse__Output>): grpc.ClientUnaryCall;
    CreateSchedule(argument: _troupe_v1_CreateScheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_CreateScheduleResponse__Output>): grpc.ClientUnaryCall;
    CreateSchedule(argument: _troupe_v1_CreateScheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_CreateScheduleResponse__Output>): grpc.ClientUnaryCall;
    CreateSchedule(argument: _troupe_v1_CreateScheduleRequest, callback: grpc.requestCallback<_troupe_v1_CreateScheduleResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Creates a durable schedule that starts runs of a workflow on a cron expression or once at a
     * time (docs/schedules.md). Exactly one run per tick across every orchestrator sharing the
     * store. Needs the scope schedules:write and permission to start the workflow (runs:start).
     */
    createSchedule(argument: _troupe_v1_CreateScheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_CreateScheduleResponse__Output>): grpc.ClientUnaryCall;
    createSchedule(argument: _troupe_v1_CreateScheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_CreateScheduleResponse__Output>): grpc.ClientUnaryCall;
    createSchedule(argument: _troupe_v1_CreateScheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_CreateScheduleResponse__Output>): grpc.ClientUnaryCall;
    createSchedule(argument: _troupe_v1_CreateScheduleRequest, callback: grpc.requestCallback<_troupe_v1_CreateScheduleResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Deletes a schedule; once it returns, no further tick of it starts a run.
     */
    DeleteSchedule(argument: _troupe_v1_DeleteScheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_DeleteScheduleResponse__Output>): grpc.ClientUnaryCall;
    DeleteSchedule(argument: _troupe_v1_DeleteScheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_DeleteScheduleResponse__Output>): grpc.ClientUnaryCall;
    DeleteSchedule(argument: _troupe_v1_DeleteScheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_DeleteScheduleResponse__Output>): grpc.ClientUnaryCall;
    DeleteSchedule(argument: _troupe_v1_DeleteScheduleRequest, callback: grpc.requestCallback<_troupe_v1_DeleteScheduleResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Deletes a schedule; once it returns, no further tick of it starts a run.
     */
    deleteSchedule(argument: _troupe_v1_DeleteScheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_DeleteScheduleResponse__Output>): grpc.ClientUnaryCall;
    deleteSchedule(argument: _troupe_v1_DeleteScheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_DeleteScheduleResponse__Output>): grpc.ClientUnaryCall;
    deleteSchedule(argument: _troupe_v1_DeleteScheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_DeleteScheduleResponse__Output>): grpc.ClientUnaryCall;
    deleteSchedule(argument: _troupe_v1_DeleteScheduleRequest, callback: grpc.requestCallback<_troupe_v1_DeleteScheduleResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Discards a dead letter: the failed task is given up for good. Needs the scope runs:cancel.
     */
    DiscardDeadLetter(argument: _troupe_v1_DiscardDeadLetterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_DiscardDeadLetterResponse__Output>): grpc.ClientUnaryCall;
    DiscardDeadLetter(argument: _troupe_v1_DiscardDeadLetterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_DiscardDeadLetterResponse__Output>): grpc.ClientUnaryCall;
    DiscardDeadLetter(argument: _troupe_v1_DiscardDeadLetterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_DiscardDeadLetterResponse__Output>): grpc.ClientUnaryCall;
    DiscardDeadLetter(argument: _troupe_v1_DiscardDeadLetterRequest, callback: grpc.requestCallback<_troupe_v1_DiscardDeadLetterResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Discards a dead letter: the failed task is given up for good. Needs the scope runs:cancel.
     */
    discardDeadLetter(argument: _troupe_v1_DiscardDeadLetterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_DiscardDeadLetterResponse__Output>): grpc.ClientUnaryCall;
    discardDeadLetter(argument: _troupe_v1_DiscardDeadLetterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_DiscardDeadLetterResponse__Output>): grpc.ClientUnaryCall;
    discardDeadLetter(argument: _troupe_v1_DiscardDeadLetterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_DiscardDeadLetterResponse__Output>): grpc.ClientUnaryCall;
    discardDeadLetter(argument: _troupe_v1_DiscardDeadLetterRequest, callback: grpc.requestCallback<_troupe_v1_DiscardDeadLetterResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Per capability: tasks waiting for an instance on this orchestrator (in the queue or for a
     * free or started instance), the oldest wait, tasks in flight and routable instances. The
     * scaling signal of `troupe up` (docs/fleet.md); needs the scope agents:read.
     */
    GetQueues(argument: _troupe_v1_GetQueuesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_GetQueuesResponse__Output>): grpc.ClientUnaryCall;
    GetQueues(argument: _troupe_v1_GetQueuesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_GetQueuesResponse__Output>): grpc.ClientUnaryCall;
    GetQueues(argument: _troupe_v1_GetQueuesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_GetQueuesResponse__Output>): grpc.ClientUnaryCall;
    GetQueues(argument: _troupe_v1_GetQueuesRequest, callback: grpc.requestCallback<_troupe_v1_GetQueuesResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Per capability: tasks waiting for an instance on this orchestrator (in the queue or for a
     * free or started instance), the oldest wait, tasks in flight and routable instances. The
     * scaling signal of `troupe up` (docs/fleet.md); needs the scope agents:read.
     */
    getQueues(argument: _troupe_v1_GetQueuesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_GetQueuesResponse__Output>): grpc.ClientUnaryCall;
    getQueues(argument: _troupe_v1_GetQueuesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_GetQueuesResponse__Output>): grpc.ClientUnaryCall;
    getQueues(argument: _troupe_v1_GetQueuesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_GetQueuesResponse__Output>): grpc.ClientUnaryCall;
    getQueues(argument: _troupe_v1_GetQueuesRequest, callback: grpc.requestCallback<_troupe_v1_GetQueuesResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Returns the rollout of one capability, with this orchestrator's measurements; needs agents:read.
     */
    GetRollout(argument: _troupe_v1_GetRolloutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_GetRolloutResponse__Output>): grpc.ClientUnaryCall;
    GetRollout(argument: _troupe_v1_GetRolloutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_GetRolloutResponse__Output>): grpc.ClientUnaryCall;
    GetRollout(argument: _troupe_v1_GetRolloutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_GetRolloutResponse__Output>): grpc.ClientUnaryCall;
    GetRollout(argument: _troupe_v1_GetRolloutRequest, callback: grpc.requestCallback<_troupe_v1_GetRolloutResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Returns the rollout of one capability, with this orchestrator's measurements; needs agents:read.
     */
    getRollout(argument: _troupe_v1_GetRolloutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_GetRolloutResponse__Output>): grpc.ClientUnaryCall;
    getRollout(argument: _troupe_v1_GetRolloutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_GetRolloutResponse__Output>): grpc.ClientUnaryCall;
    getRollout(argument: _troupe_v1_GetRolloutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_GetRolloutResponse__Output>): grpc.ClientUnaryCall;
    getRollout(argument: _troupe_v1_GetRolloutRequest, callback: grpc.requestCallback<_troupe_v1_GetRolloutResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Returns a run's report.
     */
    GetRun(argument: _troupe_v1_GetRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_GetRunResponse__Output>): grpc.ClientUnaryCall;
    GetRun(argument: _troupe_v1_GetRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_GetRunResponse__Output>): grpc.ClientUnaryCall;
    GetRun(argument: _troupe_v1_GetRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_GetRunResponse__Output>): grpc.ClientUnaryCall;
    GetRun(argument: _troupe_v1_GetRunRequest, callback: grpc.requestCallback<_troupe_v1_GetRunResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Returns a run's report.
     */
    getRun(argument: _troupe_v1_GetRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_GetRunResponse__Output>): grpc.ClientUnaryCall;
    getRun(argument: _troupe_v1_GetRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_GetRunResponse__Output>): grpc.ClientUnaryCall;
    getRun(argument: _troupe_v1_GetRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_GetRunResponse__Output>): grpc.ClientUnaryCall;
    getRun(argument: _troupe_v1_GetRunRequest, callback: grpc.requestCallback<_troupe_v1_GetRunResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Returns one schedule; needs the scope schedules:read.
     */
    GetSchedule(argument: _troupe_v1_GetScheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_GetScheduleResponse__Output>): grpc.ClientUnaryCall;
    GetSchedule(argument: _troupe_v1_GetScheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_GetScheduleResponse__Output>): grpc.ClientUnaryCall;
    GetSchedule(argument: _troupe_v1_GetScheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_GetScheduleResponse__Output>): grpc.ClientUnaryCall;
    GetSchedule(argument: _troupe_v1_GetScheduleRequest, callback: grpc.requestCallback<_troupe_v1_GetScheduleResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Returns one schedule; needs the scope schedules:read.
     */
    getSchedule(argument: _troupe_v1_GetScheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_GetScheduleResponse__Output>): grpc.ClientUnaryCall;
    getSchedule(argument: _troupe_v1_GetScheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_GetScheduleResponse__Output>): grpc.ClientUnaryCall;
    getSchedule(argument: _troupe_v1_GetScheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_GetScheduleResponse__Output>): grpc.ClientUnaryCall;
    getSchedule(argument: _troupe_v1_GetScheduleRequest, callback: grpc.requestCallback<_troupe_v1_GetScheduleResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Lists the agent instances in the registry.
     */
    ListAgents(argument: _troupe_v1_ListAgentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
    ListAgents(argument: _troupe_v1_ListAgentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
    ListAgents(argument: _troupe_v1_ListAgentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
    ListAgents(argument: _troupe_v1_ListAgentsRequest, callback: grpc.requestCallback<_troupe_v1_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Lists the agent instances in the registry.
     */
    listAgents(argument: _troupe_v1_ListAgentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
    listAgents(argument: _troupe_v1_ListAgentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
    listAgents(argument: _troupe_v1_ListAgentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
    listAgents(argument: _troupe_v1_ListAgentsRequest, callback: grpc.requestCallback<_troupe_v1_ListAgentsResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Lists audit events (API decisions and mutating actions), oldest first; needs the scope audit:read.
     */
    ListAuditEvents(argument: _troupe_v1_ListAuditEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListAuditEventsResponse__Output>): grpc.ClientUnaryCall;
    ListAuditEvents(argument: _troupe_v1_ListAuditEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ListAuditEventsResponse__Output>): grpc.ClientUnaryCall;
    ListAuditEvents(argument: _troupe_v1_ListAuditEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListAuditEventsResponse__Output>): grpc.ClientUnaryCall;
    ListAuditEvents(argument: _troupe_v1_ListAuditEventsRequest, callback: grpc.requestCallback<_troupe_v1_ListAuditEventsResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Lists audit events (API decisions and mutating actions), oldest first; needs the scope audit:read.
     */
    listAuditEvents(argument: _troupe_v1_ListAuditEventsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListAuditEventsResponse__Output>): grpc.ClientUnaryCall;
    listAuditEvents(argument: _troupe_v1_ListAuditEventsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ListAuditEventsResponse__Output>): grpc.ClientUnaryCall;
    listAuditEvents(argument: _troupe_v1_ListAuditEventsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListAuditEventsResponse__Output>): grpc.ClientUnaryCall;
    listAuditEvents(argument: _troupe_v1_ListAuditEventsRequest, callback: grpc.requestCallback<_troupe_v1_ListAuditEventsResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Lists dead-letter records: tasks that exhausted their retries and fallbacks.
     */
    ListDeadLetters(argument: _troupe_v1_ListDeadLettersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListDeadLettersResponse__Output>): grpc.ClientUnaryCall;
    ListDeadLetters(argument: _troupe_v1_ListDeadLettersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ListDeadLettersResponse__Output>): grpc.ClientUnaryCall;
    ListDeadLetters(argument: _troupe_v1_ListDeadLettersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListDeadLettersResponse__Output>): grpc.ClientUnaryCall;
    ListDeadLetters(argument: _troupe_v1_ListDeadLettersRequest, callback: grpc.requestCallback<_troupe_v1_ListDeadLettersResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Lists dead-letter records: tasks that exhausted their retries and fallbacks.
     */
    listDeadLetters(argument: _troupe_v1_ListDeadLettersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListDeadLettersResponse__Output>): grpc.ClientUnaryCall;
    listDeadLetters(argument: _troupe_v1_ListDeadLettersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ListDeadLettersResponse__Output>): grpc.ClientUnaryCall;
    listDeadLetters(argument: _troupe_v1_ListDeadLettersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListDeadLettersResponse__Output>): grpc.ClientUnaryCall;
    listDeadLetters(argument: _troupe_v1_ListDeadLettersRequest, callback: grpc.requestCallback<_troupe_v1_ListDeadLettersResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Lists escalations (dead letters of workflows with `on_dead_letter: escalate`), newest first.
     */
    ListEscalations(argument: _troupe_v1_ListEscalationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListEscalationsResponse__Output>): grpc.ClientUnaryCall;
    ListEscalations(argument: _troupe_v1_ListEscalationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ListEscalationsResponse__Output>): grpc.ClientUnaryCall;
    ListEscalations(argument: _troupe_v1_ListEscalationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListEscalationsResponse__Output>): grpc.ClientUnaryCall;
    ListEscalations(argument: _troupe_v1_ListEscalationsRequest, callback: grpc.requestCallback<_troupe_v1_ListEscalationsResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Lists escalations (dead letters of workflows with `on_dead_letter: escalate`), newest first.
     */
    listEscalations(argument: _troupe_v1_ListEscalationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListEscalationsResponse__Output>): grpc.ClientUnaryCall;
    listEscalations(argument: _troupe_v1_ListEscalationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ListEscalationsResponse__Output>): grpc.ClientUnaryCall;
    listEscalations(argument: _troupe_v1_ListEscalationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListEscalationsResponse__Output>): grpc.ClientUnaryCall;
    listEscalations(argument: _troupe_v1_ListEscalationsRequest, callback: grpc.requestCallback<_troupe_v1_ListEscalationsResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Lists rollouts by capability, with this orchestrator's measurements; needs agents:read.
     */
    ListRollouts(argument: _troupe_v1_ListRolloutsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListRolloutsResponse__Output>): grpc.ClientUnaryCall;
    ListRollouts(argument: _troupe_v1_ListRolloutsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ListRolloutsResponse__Output>): grpc.ClientUnaryCall;
    ListRollouts(argument: _troupe_v1_ListRolloutsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListRolloutsResponse__Output>): grpc.ClientUnaryCall;
    ListRollouts(argument: _troupe_v1_ListRolloutsRequest, callback: grpc.requestCallback<_troupe_v1_ListRolloutsResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Lists rollouts by capability, with this orchestrator's measurements; needs agents:read.
     */
    listRollouts(argument: _troupe_v1_ListRolloutsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListRolloutsResponse__Output>): grpc.ClientUnaryCall;
    listRollouts(argument: _troupe_v1_ListRolloutsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ListRolloutsResponse__Output>): grpc.ClientUnaryCall;
    listRollouts(argument: _troupe_v1_ListRolloutsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListRolloutsResponse__Output>): grpc.ClientUnaryCall;
    listRollouts(argument: _troupe_v1_ListRolloutsRequest, callback: grpc.requestCallback<_troupe_v1_ListRolloutsResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Lists runs, newest first, a page at a time (filtered by workflow, status and creation time).
     */
    ListRuns(argument: _troupe_v1_ListRunsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListRunsResponse__Output>): grpc.ClientUnaryCall;
    ListRuns(argument: _troupe_v1_ListRunsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ListRunsResponse__Output>): grpc.ClientUnaryCall;
    ListRuns(argument: _troupe_v1_ListRunsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListRunsResponse__Output>): grpc.ClientUnaryCall;
    ListRuns(argument: _troupe_v1_ListRunsRequest, callback: grpc.requestCallback<_troupe_v1_ListRunsResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Lists runs, newest first, a page at a time (filtered by workflow, status and creation time).
     */
    listRuns(argument: _troupe_v1_ListRunsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListRunsResponse__Output>): grpc.ClientUnaryCall;
    listRuns(argument: _troupe_v1_ListRunsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ListRunsResponse__Output>): grpc.ClientUnaryCall;
    listRuns(argument: _troupe_v1_ListRunsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListRunsResponse__Output>): grpc.ClientUnaryCall;
    listRuns(argument: _troupe_v1_ListRunsRequest, callback: grpc.requestCallback<_troupe_v1_ListRunsResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Lists schedules by name; needs the scope schedules:read.
     */
    ListSchedules(argument: _troupe_v1_ListSchedulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListSchedulesResponse__Output>): grpc.ClientUnaryCall;
    ListSchedules(argument: _troupe_v1_ListSchedulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ListSchedulesResponse__Output>): grpc.ClientUnaryCall;
    ListSchedules(argument: _troupe_v1_ListSchedulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListSchedulesResponse__Output>): grpc.ClientUnaryCall;
    ListSchedules(argument: _troupe_v1_ListSchedulesRequest, callback: grpc.requestCallback<_troupe_v1_ListSchedulesResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Lists schedules by name; needs the scope schedules:read.
     */
    listSchedules(argument: _troupe_v1_ListSchedulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListSchedulesResponse__Output>): grpc.ClientUnaryCall;
    listSchedules(argument: _troupe_v1_ListSchedulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ListSchedulesResponse__Output>): grpc.ClientUnaryCall;
    listSchedules(argument: _troupe_v1_ListSchedulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListSchedulesResponse__Output>): grpc.ClientUnaryCall;
    listSchedules(argument: _troupe_v1_ListSchedulesRequest, callback: grpc.requestCallback<_troupe_v1_ListSchedulesResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Lists the event triggers of the registered workflows (their `triggers:`, docs/triggers.md), each
     * with its JetStream consumer's counts; needs the scope workflows:read.
     */
    ListTriggers(argument: _troupe_v1_ListTriggersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListTriggersResponse__Output>): grpc.ClientUnaryCall;
    ListTriggers(argument: _troupe_v1_ListTriggersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ListTriggersResponse__Output>): grpc.ClientUnaryCall;
    ListTriggers(argument: _troupe_v1_ListTriggersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListTriggersResponse__Output>): grpc.ClientUnaryCall;
    ListTriggers(argument: _troupe_v1_ListTriggersRequest, callback: grpc.requestCallback<_troupe_v1_ListTriggersResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Lists the event triggers of the registered workflows (their `triggers:`, docs/triggers.md), each
     * with its JetStream consumer's counts; needs the scope workflows:read.
     */
    listTriggers(argument: _troupe_v1_ListTriggersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListTriggersResponse__Output>): grpc.ClientUnaryCall;
    listTriggers(argument: _troupe_v1_ListTriggersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ListTriggersResponse__Output>): grpc.ClientUnaryCall;
    listTriggers(argument: _troupe_v1_ListTriggersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListTriggersResponse__Output>): grpc.ClientUnaryCall;
    listTriggers(argument: _troupe_v1_ListTriggersRequest, callback: grpc.requestCallback<_troupe_v1_ListTriggersResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Lists the versions of one workflow still kept, newest first; needs the scope workflows:read.
     */
    ListWorkflowVersions(argument: _troupe_v1_ListWorkflowVersionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListWorkflowVersionsResponse__Output>): grpc.ClientUnaryCall;
    ListWorkflowVersions(argument: _troupe_v1_ListWorkflowVersionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ListWorkflowVersionsResponse__Output>): grpc.ClientUnaryCall;
    ListWorkflowVersions(argument: _troupe_v1_ListWorkflowVersionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListWorkflowVersionsResponse__Output>): grpc.ClientUnaryCall;
    ListWorkflowVersions(argument: _troupe_v1_ListWorkflowVersionsRequest, callback: grpc.requestCallback<_troupe_v1_ListWorkflowVersionsResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Lists the versions of one workflow still kept, newest first; needs the scope workflows:read.
     */
    listWorkflowVersions(argument: _troupe_v1_ListWorkflowVersionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListWorkflowVersionsResponse__Output>): grpc.ClientUnaryCall;
    listWorkflowVersions(argument: _troupe_v1_ListWorkflowVersionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ListWorkflowVersionsResponse__Output>): grpc.ClientUnaryCall;
    listWorkflowVersions(argument: _troupe_v1_ListWorkflowVersionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListWorkflowVersionsResponse__Output>): grpc.ClientUnaryCall;
    listWorkflowVersions(argument: _troupe_v1_ListWorkflowVersionsRequest, callback: grpc.requestCallback<_troupe_v1_ListWorkflowVersionsResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Lists registered workflow definitions.
     */
    ListWorkflows(argument: _troupe_v1_ListWorkflowsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListWorkflowsResponse__Output>): grpc.ClientUnaryCall;
    ListWorkflows(argument: _troupe_v1_ListWorkflowsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ListWorkflowsResponse__Output>): grpc.ClientUnaryCall;
    ListWorkflows(argument: _troupe_v1_ListWorkflowsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListWorkflowsResponse__Output>): grpc.ClientUnaryCall;
    ListWorkflows(argument: _troupe_v1_ListWorkflowsRequest, callback: grpc.requestCallback<_troupe_v1_ListWorkflowsResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Lists registered workflow definitions.
     */
    listWorkflows(argument: _troupe_v1_ListWorkflowsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListWorkflowsResponse__Output>): grpc.ClientUnaryCall;
    listWorkflows(argument: _troupe_v1_ListWorkflowsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ListWorkflowsResponse__Output>): grpc.ClientUnaryCall;
    listWorkflows(argument: _troupe_v1_ListWorkflowsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ListWorkflowsResponse__Output>): grpc.ClientUnaryCall;
    listWorkflows(argument: _troupe_v1_ListWorkflowsRequest, callback: grpc.requestCallback<_troupe_v1_ListWorkflowsResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Pauses a schedule: no tick fires while it is paused (missed ticks are not caught up).
     */
    PauseSchedule(argument: _troupe_v1_PauseScheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_PauseScheduleResponse__Output>): grpc.ClientUnaryCall;
    PauseSchedule(argument: _troupe_v1_PauseScheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_PauseScheduleResponse__Output>): grpc.ClientUnaryCall;
    PauseSchedule(argument: _troupe_v1_PauseScheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_PauseScheduleResponse__Output>): grpc.ClientUnaryCall;
    PauseSchedule(argument: _troupe_v1_PauseScheduleRequest, callback: grpc.requestCallback<_troupe_v1_PauseScheduleResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Pauses a schedule: no tick fires while it is paused (missed ticks are not caught up).
     */
    pauseSchedule(argument: _troupe_v1_PauseScheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_PauseScheduleResponse__Output>): grpc.ClientUnaryCall;
    pauseSchedule(argument: _troupe_v1_PauseScheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_PauseScheduleResponse__Output>): grpc.ClientUnaryCall;
    pauseSchedule(argument: _troupe_v1_PauseScheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_PauseScheduleResponse__Output>): grpc.ClientUnaryCall;
    pauseSchedule(argument: _troupe_v1_PauseScheduleRequest, callback: grpc.requestCallback<_troupe_v1_PauseScheduleResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Finds the shortest chains of capabilities whose declared types lead from one type to
     * another, ranked by measured success and latency, each with a workflow definition.
     */
    PlanChains(argument: _troupe_v1_PlanChainsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_PlanChainsResponse__Output>): grpc.ClientUnaryCall;
    PlanChains(argument: _troupe_v1_PlanChainsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_PlanChainsResponse__Output>): grpc.ClientUnaryCall;
    PlanChains(argument: _troupe_v1_PlanChainsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_PlanChainsResponse__Output>): grpc.ClientUnaryCall;
    PlanChains(argument: _troupe_v1_PlanChainsRequest, callback: grpc.requestCallback<_troupe_v1_PlanChainsResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Finds the shortest chains of capabilities whose declared types lead from one type to
     * another, ranked by measured success and latency, each with a workflow definition.
     */
    planChains(argument: _troupe_v1_PlanChainsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_PlanChainsResponse__Output>): grpc.ClientUnaryCall;
    planChains(argument: _troupe_v1_PlanChainsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_PlanChainsResponse__Output>): grpc.ClientUnaryCall;
    planChains(argument: _troupe_v1_PlanChainsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_PlanChainsResponse__Output>): grpc.ClientUnaryCall;
    planChains(argument: _troupe_v1_PlanChainsRequest, callback: grpc.requestCallback<_troupe_v1_PlanChainsResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Promotes the canary: every task that names no range goes to it; needs agents:admin.
     */
    PromoteRollout(argument: _troupe_v1_PromoteRolloutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_PromoteRolloutResponse__Output>): grpc.ClientUnaryCall;
    PromoteRollout(argument: _troupe_v1_PromoteRolloutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_PromoteRolloutResponse__Output>): grpc.ClientUnaryCall;
    PromoteRollout(argument: _troupe_v1_PromoteRolloutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_PromoteRolloutResponse__Output>): grpc.ClientUnaryCall;
    PromoteRollout(argument: _troupe_v1_PromoteRolloutRequest, callback: grpc.requestCallback<_troupe_v1_PromoteRolloutResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Promotes the canary: every task that names no range goes to it; needs agents:admin.
     */
    promoteRollout(argument: _troupe_v1_PromoteRolloutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_PromoteRolloutResponse__Output>): grpc.ClientUnaryCall;
    promoteRollout(argument: _troupe_v1_PromoteRolloutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_PromoteRolloutResponse__Output>): grpc.ClientUnaryCall;
    promoteRollout(argument: _troupe_v1_PromoteRolloutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_PromoteRolloutResponse__Output>): grpc.ClientUnaryCall;
    promoteRollout(argument: _troupe_v1_PromoteRolloutRequest, callback: grpc.requestCallback<_troupe_v1_PromoteRolloutResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Registers (or replaces) a workflow definition.
     */
    RegisterWorkflow(argument: _troupe_v1_RegisterWorkflowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_RegisterWorkflowResponse__Output>): grpc.ClientUnaryCall;
    RegisterWorkflow(argument: _troupe_v1_RegisterWorkflowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_RegisterWorkflowResponse__Output>): grpc.ClientUnaryCall;
    RegisterWorkflow(argument: _troupe_v1_RegisterWorkflowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_RegisterWorkflowResponse__Output>): grpc.ClientUnaryCall;
    RegisterWorkflow(argument: _troupe_v1_RegisterWorkflowRequest, callback: grpc.requestCallback<_troupe_v1_RegisterWorkflowResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Registers (or replaces) a workflow definition.
     */
    registerWorkflow(argument: _troupe_v1_RegisterWorkflowRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_RegisterWorkflowResponse__Output>): grpc.ClientUnaryCall;
    registerWorkflow(argument: _troupe_v1_RegisterWorkflowRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_RegisterWorkflowResponse__Output>): grpc.ClientUnaryCall;
    registerWorkflow(argument: _troupe_v1_RegisterWorkflowRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_RegisterWorkflowResponse__Output>): grpc.ClientUnaryCall;
    registerWorkflow(argument: _troupe_v1_RegisterWorkflowRequest, callback: grpc.requestCallback<_troupe_v1_RegisterWorkflowResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Replays a dead letter: re-runs its failed task alone (REPLAY_MODE_STEP), or starts a new run of
     * its run's workflow with that run's input (REPLAY_MODE_RUN), or that run again from the failed
     * step (REPLAY_MODE_FROM_STEP: earlier steps keep their outputs). A replay that succeeds (the task
     * completed, or the run started) removes the record. Needs the scope runs:start.
     */
    ReplayDeadLetter(argument: _troupe_v1_ReplayDeadLetterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ReplayDeadLetterResponse__Output>): grpc.ClientUnaryCall;
    ReplayDeadLetter(argument: _troupe_v1_ReplayDeadLetterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ReplayDeadLetterResponse__Output>): grpc.ClientUnaryCall;
    ReplayDeadLetter(argument: _troupe_v1_ReplayDeadLetterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ReplayDeadLetterResponse__Output>): grpc.ClientUnaryCall;
    ReplayDeadLetter(argument: _troupe_v1_ReplayDeadLetterRequest, callback: grpc.requestCallback<_troupe_v1_ReplayDeadLetterResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Replays a dead letter: re-runs its failed task alone (REPLAY_MODE_STEP), or starts a new run of
     * its run's workflow with that run's input (REPLAY_MODE_RUN), or that run again from the failed
     * step (REPLAY_MODE_FROM_STEP: earlier steps keep their outputs). A replay that succeeds (the task
     * completed, or the run started) removes the record. Needs the scope runs:start.
     */
    replayDeadLetter(argument: _troupe_v1_ReplayDeadLetterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ReplayDeadLetterResponse__Output>): grpc.ClientUnaryCall;
    replayDeadLetter(argument: _troupe_v1_ReplayDeadLetterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ReplayDeadLetterResponse__Output>): grpc.ClientUnaryCall;
    replayDeadLetter(argument: _troupe_v1_ReplayDeadLetterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ReplayDeadLetterResponse__Output>): grpc.ClientUnaryCall;
    replayDeadLetter(argument: _troupe_v1_ReplayDeadLetterRequest, callback: grpc.requestCallback<_troupe_v1_ReplayDeadLetterResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Marks an escalation as dealt with; the receiver is told.
     */
    ResolveEscalation(argument: _troupe_v1_ResolveEscalationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ResolveEscalationResponse__Output>): grpc.ClientUnaryCall;
    ResolveEscalation(argument: _troupe_v1_ResolveEscalationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ResolveEscalationResponse__Output>): grpc.ClientUnaryCall;
    ResolveEscalation(argument: _troupe_v1_ResolveEscalationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ResolveEscalationResponse__Output>): grpc.ClientUnaryCall;
    ResolveEscalation(argument: _troupe_v1_ResolveEscalationRequest, callback: grpc.requestCallback<_troupe_v1_ResolveEscalationResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Marks an escalation as dealt with; the receiver is told.
     */
    resolveEscalation(argument: _troupe_v1_ResolveEscalationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ResolveEscalationResponse__Output>): grpc.ClientUnaryCall;
    resolveEscalation(argument: _troupe_v1_ResolveEscalationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ResolveEscalationResponse__Output>): grpc.ClientUnaryCall;
    resolveEscalation(argument: _troupe_v1_ResolveEscalationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ResolveEscalationResponse__Output>): grpc.ClientUnaryCall;
    resolveEscalation(argument: _troupe_v1_ResolveEscalationRequest, callback: grpc.requestCallback<_troupe_v1_ResolveEscalationResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Resumes a paused schedule from now on.
     */
    ResumeSchedule(argument: _troupe_v1_ResumeScheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ResumeScheduleResponse__Output>): grpc.ClientUnaryCall;
    ResumeSchedule(argument: _troupe_v1_ResumeScheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ResumeScheduleResponse__Output>): grpc.ClientUnaryCall;
    ResumeSchedule(argument: _troupe_v1_ResumeScheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ResumeScheduleResponse__Output>): grpc.ClientUnaryCall;
    ResumeSchedule(argument: _troupe_v1_ResumeScheduleRequest, callback: grpc.requestCallback<_troupe_v1_ResumeScheduleResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Resumes a paused schedule from now on.
     */
    resumeSchedule(argument: _troupe_v1_ResumeScheduleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ResumeScheduleResponse__Output>): grpc.ClientUnaryCall;
    resumeSchedule(argument: _troupe_v1_ResumeScheduleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_ResumeScheduleResponse__Output>): grpc.ClientUnaryCall;
    resumeSchedule(argument: _troupe_v1_ResumeScheduleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_ResumeScheduleResponse__Output>): grpc.ClientUnaryCall;
    resumeSchedule(argument: _troupe_v1_ResumeScheduleRequest, callback: grpc.requestCallback<_troupe_v1_ResumeScheduleResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Puts an agent instance into active, maintenance or drain mode.
     */
    SetAgentMode(argument: _troupe_v1_SetAgentModeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_SetAgentModeResponse__Output>): grpc.ClientUnaryCall;
    SetAgentMode(argument: _troupe_v1_SetAgentModeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_SetAgentModeResponse__Output>): grpc.ClientUnaryCall;
    SetAgentMode(argument: _troupe_v1_SetAgentModeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_SetAgentModeResponse__Output>): grpc.ClientUnaryCall;
    SetAgentMode(argument: _troupe_v1_SetAgentModeRequest, callback: grpc.requestCallback<_troupe_v1_SetAgentModeResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Puts an agent instance into active, maintenance or drain mode.
     */
    setAgentMode(argument: _troupe_v1_SetAgentModeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_SetAgentModeResponse__Output>): grpc.ClientUnaryCall;
    setAgentMode(argument: _troupe_v1_SetAgentModeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_SetAgentModeResponse__Output>): grpc.ClientUnaryCall;
    setAgentMode(argument: _troupe_v1_SetAgentModeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_SetAgentModeResponse__Output>): grpc.ClientUnaryCall;
    setAgentMode(argument: _troupe_v1_SetAgentModeRequest, callback: grpc.requestCallback<_troupe_v1_SetAgentModeResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Starts or changes the canary rollout of a capability (docs/rollouts.md): tasks that name
     * no version range are split between the stable and the canary version by weight, and the
     * rollout rolls back by itself when the canary does worse than the stable by the policy's
     * margins. Durable (troupe_rollouts), seen by every orchestrator; needs agents:admin.
     */
    SetRollout(argument: _troupe_v1_SetRolloutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_SetRolloutResponse__Output>): grpc.ClientUnaryCall;
    SetRollout(argument: _troupe_v1_SetRolloutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_SetRolloutResponse__Output>): grpc.ClientUnaryCall;
    SetRollout(argument: _troupe_v1_SetRolloutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_SetRolloutResponse__Output>): grpc.ClientUnaryCall;
    SetRollout(argument: _troupe_v1_SetRolloutRequest, callback: grpc.requestCallback<_troupe_v1_SetRolloutResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Starts or changes the canary rollout of a capability (docs/rollouts.md): tasks that name
     * no version range are split between the stable and the canary version by weight, and the
     * rollout rolls back by itself when the canary does worse than the stable by the policy's
     * margins. Durable (troupe_rollouts), seen by every orchestrator; needs agents:admin.
     */
    setRollout(argument: _troupe_v1_SetRolloutRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_SetRolloutResponse__Output>): grpc.ClientUnaryCall;
    setRollout(argument: _troupe_v1_SetRolloutRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_SetRolloutResponse__Output>): grpc.ClientUnaryCall;
    setRollout(argument: _troupe_v1_SetRolloutRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_SetRolloutResponse__Output>): grpc.ClientUnaryCall;
    setRollout(argument: _troupe_v1_SetRolloutRequest, callback: grpc.requestCallback<_troupe_v1_SetRolloutResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Approves or rejects a run's step that waits for a signal (`wait_for_signal`); the payload becomes its output.
     */
    SignalRun(argument: _troupe_v1_SignalRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_SignalRunResponse__Output>): grpc.ClientUnaryCall;
    SignalRun(argument: _troupe_v1_SignalRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_SignalRunResponse__Output>): grpc.ClientUnaryCall;
    SignalRun(argument: _troupe_v1_SignalRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_SignalRunResponse__Output>): grpc.ClientUnaryCall;
    SignalRun(argument: _troupe_v1_SignalRunRequest, callback: grpc.requestCallback<_troupe_v1_SignalRunResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Approves or rejects a run's step that waits for a signal (`wait_for_signal`); the payload becomes its output.
     */
    signalRun(argument: _troupe_v1_SignalRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_SignalRunResponse__Output>): grpc.ClientUnaryCall;
    signalRun(argument: _troupe_v1_SignalRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_SignalRunResponse__Output>): grpc.ClientUnaryCall;
    signalRun(argument: _troupe_v1_SignalRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_SignalRunResponse__Output>): grpc.ClientUnaryCall;
    signalRun(argument: _troupe_v1_SignalRunRequest, callback: grpc.requestCallback<_troupe_v1_SignalRunResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Starts a run of a registered workflow.
     */
    StartRun(argument: _troupe_v1_StartRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_StartRunResponse__Output>): grpc.ClientUnaryCall;
    StartRun(argument: _troupe_v1_StartRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_StartRunResponse__Output>): grpc.ClientUnaryCall;
    StartRun(argument: _troupe_v1_StartRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_StartRunResponse__Output>): grpc.ClientUnaryCall;
    StartRun(argument: _troupe_v1_StartRunRequest, callback: grpc.requestCallback<_troupe_v1_StartRunResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Starts a run of a registered workflow.
     */
    startRun(argument: _troupe_v1_StartRunRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_StartRunResponse__Output>): grpc.ClientUnaryCall;
    startRun(argument: _troupe_v1_StartRunRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_StartRunResponse__Output>): grpc.ClientUnaryCall;
    startRun(argument: _troupe_v1_StartRunRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_StartRunResponse__Output>): grpc.ClientUnaryCall;
    startRun(argument: _troupe_v1_StartRunRequest, callback: grpc.requestCallback<_troupe_v1_StartRunResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Starts many runs in one call (at most 1000): each item is checked and started as StartRun
     * would, and answered in its own slot, in order; one refused item does not fail the others.
     */
    StartRuns(argument: _troupe_v1_StartRunsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_StartRunsResponse__Output>): grpc.ClientUnaryCall;
    StartRuns(argument: _troupe_v1_StartRunsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_StartRunsResponse__Output>): grpc.ClientUnaryCall;
    StartRuns(argument: _troupe_v1_StartRunsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_StartRunsResponse__Output>): grpc.ClientUnaryCall;
    StartRuns(argument: _troupe_v1_StartRunsRequest, callback: grpc.requestCallback<_troupe_v1_StartRunsResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Starts many runs in one call (at most 1000): each item is checked and started as StartRun
     * would, and answered in its own slot, in order; one refused item does not fail the others.
     */
    startRuns(argument: _troupe_v1_StartRunsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_StartRunsResponse__Output>): grpc.ClientUnaryCall;
    startRuns(argument: _troupe_v1_StartRunsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_StartRunsResponse__Output>): grpc.ClientUnaryCall;
    startRuns(argument: _troupe_v1_StartRunsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_StartRunsResponse__Output>): grpc.ClientUnaryCall;
    startRuns(argument: _troupe_v1_StartRunsRequest, callback: grpc.requestCallback<_troupe_v1_StartRunsResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Runs one task of a streaming capability and relays its events as they are produced.
     */
    StreamTask(argument: _troupe_v1_StreamTaskRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_troupe_v1_StreamTaskResponse__Output>;
    StreamTask(argument: _troupe_v1_StreamTaskRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_troupe_v1_StreamTaskResponse__Output>;
    /**
     * Runs one task of a streaming capability and relays its events as they are produced.
     */
    streamTask(argument: _troupe_v1_StreamTaskRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_troupe_v1_StreamTaskResponse__Output>;
    streamTask(argument: _troupe_v1_StreamTaskRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_troupe_v1_StreamTaskResponse__Output>;
    /**
     * Runs one task of a unary capability on an active agent and returns its result.
     */
    SubmitTask(argument: _troupe_v1_SubmitTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_SubmitTaskResponse__Output>): grpc.ClientUnaryCall;
    SubmitTask(argument: _troupe_v1_SubmitTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_SubmitTaskResponse__Output>): grpc.ClientUnaryCall;
    SubmitTask(argument: _troupe_v1_SubmitTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_SubmitTaskResponse__Output>): grpc.ClientUnaryCall;
    SubmitTask(argument: _troupe_v1_SubmitTaskRequest, callback: grpc.requestCallback<_troupe_v1_SubmitTaskResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Runs one task of a unary capability on an active agent and returns its result.
     */
    submitTask(argument: _troupe_v1_SubmitTaskRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_SubmitTaskResponse__Output>): grpc.ClientUnaryCall;
    submitTask(argument: _troupe_v1_SubmitTaskRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_troupe_v1_SubmitTaskResponse__Output>): grpc.ClientUnaryCall;
    submitTask(argument: _troupe_v1_SubmitTaskRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_troupe_v1_SubmitTaskResponse__Output>): grpc.ClientUnaryCall;
    submitTask(argument: _troupe_v1_SubmitTaskRequest, callback: grpc.requestCallback<_troupe_v1_SubmitTaskResponse__Output>): grpc.ClientUnaryCall;
    /**
     * Runs many tasks of unary capabilities over one stream, for high-rate clients. Each
     * `submit` names its task with a client-chosen id; one response per task carries that id
     * back when the task ends, in completion order (not submission order). Tasks run exactly
     * as SubmitTask runs them (selection, reassignment, deadlines, priority), each with its
     * own deadline, cancel and span; a task's failure is its own response and never ends the
     * stream. The server reads at most TROUPE_BULK_MAX_IN_FLIGHT (response header
     * `troupe-bulk-max-in-flight`) tasks of a stream ahead of their responses: past it, it stops
     * reading and HTTP/2 flow control holds the client back. When the client ends its side, the
     * stream closes OK after the last response; cancelling the stream cancels all its tasks.
     * Authorized once, when the stream opens, with the scope of SubmitTask (tasks:submit).
     */
    SubmitTasks(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_troupe_v1_SubmitTasksRequest, _troupe_v1_SubmitTasksResponse__Output>;
    SubmitTasks(options?: grpc.CallOptions): grpc.ClientDuplexStream<_troupe_v1_SubmitTasksRequest, _troupe_v1_SubmitTasksResponse__Output>;
    /**
     * Runs many tasks of unary capabilities over one stream, for high-rate clients. Each
     * `submit` names its task with a client-chosen id; one response per task carries that id
     * back when the task ends, in completion order (not submission order). Tasks run exactly
     * as SubmitTask runs them (selection, reassignment, deadlines, priority), each with its
     * own deadline, cancel and span; a task's failure is its own response and never ends the
     * stream. The server reads at most TROUPE_BULK_MAX_IN_FLIGHT (response header
     * `troupe-bulk-max-in-flight`) tasks of a stream ahead of their responses: past it, it stops
     * reading and HTTP/2 flow control holds the client back. When the client ends its side, the
     * stream closes OK after the last response; cancelling the stream cancels all its tasks.
     * Authorized once, when the stream opens, with the scope of SubmitTask (tasks:submit).
     */
    submitTasks(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_troupe_v1_SubmitTasksRequest, _troupe_v1_SubmitTasksResponse__Output>;
    submitTasks(options?: grpc.CallOptions): grpc.ClientDuplexStream<_troupe_v1_SubmitTasksRequest, _troupe_v1_SubmitTasksResponse__Output>;
    /**
     * Streams the registry: the current instances, then every change.
     */
    WatchAgents(argument: _troupe_v1_WatchAgentsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_troupe_v1_WatchAgentsResponse__Output>;
    WatchAgents(argument: _troupe_v1_WatchAgentsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_troupe_v1_WatchAgentsResponse__Output>;
    /**
     * Streams the registry: the current instances, then every change.
     */
    watchAgents(argument: _troupe_v1_WatchAgentsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_troupe_v1_WatchAgentsResponse__Output>;
    watchAgents(argument: _troupe_v1_WatchAgentsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_troupe_v1_WatchAgentsResponse__Output>;
    /**
     * Streams a run's events as they happen, including relayed chunks.
     */
    WatchRun(argument: _troupe_v1_WatchRunRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_troupe_v1_WatchRunResponse__Output>;
    WatchRun(argument: _troupe_v1_WatchRunRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_troupe_v1_WatchRunResponse__Output>;
    /**
     * Streams a run's events as they happen, including relayed chunks.
     */
    watchRun(argument: _troupe_v1_WatchRunRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_troupe_v1_WatchRunResponse__Output>;
    watchRun(argument: _troupe_v1_WatchRunRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_troupe_v1_WatchRunResponse__Output>;
}
/**
 * What clients call: submit tasks and workflow runs, inspect agents.
 *
 * Every request that starts work takes an idempotency key, a priority
 * (1 = highest ... 5 = lowest, 0 = default 3) and a timeout; the gRPC deadline
 * also applies and the earlier of the two wins.
 */
export interface OrchestratorServiceHandlers extends grpc.UntypedServiceImplementation {
    /**
     * Aborts the rollout: the canary gets no more traffic (weight 0); needs agents:admin.
     */
    AbortRollout: grpc.handleUnaryCall<_troupe_v1_AbortRolloutRequest__Output, _troupe_v1_AbortRolloutResponse>;
    /**
     * Marks an escalation as seen by a person; the receiver is told.
     */
    AcknowledgeEscalation: grpc.handleUnaryCall<_troupe_v1_AcknowledgeEscalationRequest__Output, _troupe_v1_AcknowledgeEscalationResponse>;
    /**
     * Cancels a run and its in-flight tasks.
     */
    CancelRun: grpc.handleUnaryCall<_troupe_v1_CancelRunRequest__Output, _troupe_v1_CancelRunResponse>;
    /**
     * Creates a durable schedule that starts runs of a workflow on a cron expression or once at a
     * time (docs/schedules.md). Exactly one run per tick across every orchestrator sharing the
     * store. Needs the scope schedules:write and permission to start the workflow (runs:start).
     */
    CreateSchedule: grpc.handleUnaryCall<_troupe_v1_CreateScheduleRequest__Output, _troupe_v1_CreateScheduleResponse>;
    /**
     * Deletes a schedule; once it returns, no further tick of it starts a run.
     */
    DeleteSchedule: grpc.handleUnaryCall<_troupe_v1_DeleteScheduleRequest__Output, _troupe_v1_DeleteScheduleResponse>;
    /**
     * Discards a dead letter: the failed task is given up for good. Needs the scope runs:cancel.
     */
    DiscardDeadLetter: grpc.handleUnaryCall<_troupe_v1_DiscardDeadLetterRequest__Output, _troupe_v1_DiscardDeadLetterResponse>;
    /**
     * Per capability: tasks waiting for an instance on this orchestrator (in the queue or for a
     * free or started instance), the oldest wait, tasks in flight and routable instances. The
     * scaling signal of `troupe up` (docs/fleet.md); needs the scope agents:read.
     */
    GetQueues: grpc.handleUnaryCall<_troupe_v1_GetQueuesRequest__Output, _troupe_v1_GetQueuesResponse>;
    /**
     * Returns the rollout of one capability, with this orchestrator's measurements; needs agents:read.
     */
    GetRollout: grpc.handleUnaryCall<_troupe_v1_GetRolloutRequest__Output, _troupe_v1_GetRolloutResponse>;
    /**
     * Returns a run's report.
     */
    GetRun: grpc.handleUnaryCall<_troupe_v1_GetRunRequest__Output, _troupe_v1_GetRunResponse>;
    /**
     * Returns one schedule; needs the scope schedules:read.
     */
    GetSchedule: grpc.handleUnaryCall<_troupe_v1_GetScheduleRequest__Output, _troupe_v1_GetScheduleResponse>;
    /**
     * Lists the agent instances in the registry.
     */
    ListAgents: grpc.handleUnaryCall<_troupe_v1_ListAgentsRequest__Output, _troupe_v1_ListAgentsResponse>;
    /**
     * Lists audit events (API decisions and mutating actions), oldest first; needs the scope audit:read.
     */
    ListAuditEvents: grpc.handleUnaryCall<_troupe_v1_ListAuditEventsRequest__Output, _troupe_v1_ListAuditEventsResponse>;
    /**
     * Lists dead-letter records: tasks that exhausted their retries and fallbacks.
     */
    ListDeadLetters: grpc.handleUnaryCall<_troupe_v1_ListDeadLettersRequest__Output, _troupe_v1_ListDeadLettersResponse>;
    /**
     * Lists escalations (dead letters of workflows with `on_dead_letter: escalate`), newest first.
     */
    ListEscalations: grpc.handleUnaryCall<_troupe_v1_ListEscalationsRequest__Output, _troupe_v1_ListEscalationsResponse>;
    /**
     * Lists rollouts by capability, with this orchestrator's measurements; needs agents:read.
     */
    ListRollouts: grpc.handleUnaryCall<_troupe_v1_ListRolloutsRequest__Output, _troupe_v1_ListRolloutsResponse>;
    /**
     * Lists runs, newest first, a page at a time (filtered by workflow, status and creation time).
     */
    ListRuns: grpc.handleUnaryCall<_troupe_v1_ListRunsRequest__Output, _troupe_v1_ListRunsResponse>;
    /**
     * Lists schedules by name; needs the scope schedules:read.
     */
    ListSchedules: grpc.handleUnaryCall<_troupe_v1_ListSchedulesRequest__Output, _troupe_v1_ListSchedulesResponse>;
    /**
     * Lists the event triggers of the registered workflows (their `triggers:`, docs/triggers.md), each
     * with its JetStream consumer's counts; needs the scope workflows:read.
     */
    ListTriggers: grpc.handleUnaryCall<_troupe_v1_ListTriggersRequest__Output, _troupe_v1_ListTriggersResponse>;
    /**
     * Lists the versions of one workflow still kept, newest first; needs the scope workflows:read.
     */
    ListWorkflowVersions: grpc.handleUnaryCall<_troupe_v1_ListWorkflowVersionsRequest__Output, _troupe_v1_ListWorkflowVersionsResponse>;
    /**
     * Lists registered workflow definitions.
     */
    ListWorkflows: grpc.handleUnaryCall<_troupe_v1_ListWorkflowsRequest__Output, _troupe_v1_ListWorkflowsResponse>;
    /**
     * Pauses a schedule: no tick fires while it is paused (missed ticks are not caught up).
     */
    PauseSchedule: grpc.handleUnaryCall<_troupe_v1_PauseScheduleRequest__Output, _troupe_v1_PauseScheduleResponse>;
    /**
     * Finds the shortest chains of capabilities whose declared types lead from one type to
     * another, ranked by measured success and latency, each with a workflow definition.
     */
    PlanChains: grpc.handleUnaryCall<_troupe_v1_PlanChainsRequest__Output, _troupe_v1_PlanChainsResponse>;
    /**
     * Promotes the canary: every task that names no range goes to it; needs agents:admin.
     */
    PromoteRollout: grpc.handleUnaryCall<_troupe_v1_PromoteRolloutRequest__Output, _troupe_v1_PromoteRolloutResponse>;
    /**
     * Registers (or replaces) a workflow definition.
     */
    RegisterWorkflow: grpc.handleUnaryCall<_troupe_v1_RegisterWorkflowRequest__Output, _troupe_v1_RegisterWorkflowResponse>;
    /**
     * Replays a dead letter: re-runs its failed task alone (REPLAY_MODE_STEP), or starts a new run of
     * its run's workflow with that run's input (REPLAY_MODE_RUN), or that run again from the failed
     * step (REPLAY_MODE_FROM_STEP: earlier steps keep their outputs). A replay that succeeds (the task
     * completed, or the run started) removes the record. Needs the scope runs:start.
     */
    ReplayDeadLetter: grpc.handleUnaryCall<_troupe_v1_ReplayDeadLetterRequest__Output, _troupe_v1_ReplayDeadLetterResponse>;
    /**
     * Marks an escalation as dealt with; the receiver is told.
     */
    ResolveEscalation: grpc.handleUnaryCall<_troupe_v1_ResolveEscalationRequest__Output, _troupe_v1_ResolveEscalationResponse>;
    /**
     * Resumes a paused schedule from now on.
     */
    ResumeSchedule: grpc.handleUnaryCall<_troupe_v1_ResumeScheduleRequest__Output, _troupe_v1_ResumeScheduleResponse>;
    /**
     * Puts an agent instance into active, maintenance or drain mode.
     */
    SetAgentMode: grpc.handleUnaryCall<_troupe_v1_SetAgentModeRequest__Output, _troupe_v1_SetAgentModeResponse>;
    /**
     * Starts or changes the canary rollout of a capability (docs/rollouts.md): tasks that name
     * no version range are split between the stable and the canary version by weight, and the
     * rollout rolls back by itself when the canary does worse than the stable by the policy's
     * margins. Durable (troupe_rollouts), seen by every orchestrator; needs agents:admin.
     */
    SetRollout: grpc.handleUnaryCall<_troupe_v1_SetRolloutRequest__Output, _troupe_v1_SetRolloutResponse>;
    /**
     * Approves or rejects a run's step that waits for a signal (`wait_for_signal`); the payload becomes its output.
     */
    SignalRun: grpc.handleUnaryCall<_troupe_v1_SignalRunRequest__Output, _troupe_v1_SignalRunResponse>;
    /**
     * Starts a run of a registered workflow.
     */
    StartRun: grpc.handleUnaryCall<_troupe_v1_StartRunRequest__Output, _troupe_v1_StartRunResponse>;
    /**
     * Starts many runs in one call (at most 1000): each item is checked and started as StartRun
     * would, and answered in its own slot, in order; one refused item does not fail the others.
     */
    StartRuns: grpc.handleUnaryCall<_troupe_v1_StartRunsRequest__Output, _troupe_v1_StartRunsResponse>;
    /**
     * Runs one task of a streaming capability and relays its events as they are produced.
     */
    StreamTask: grpc.handleServerStreamingCall<_troupe_v1_StreamTaskRequest__Output, _troupe_v1_StreamTaskResponse>;
    /**
     * Runs one task of a unary capability on an active agent and returns its result.
     */
    SubmitTask: grpc.handleUnaryCall<_troupe_v1_SubmitTaskRequest__Output, _troupe_v1_SubmitTaskResponse>;
    /**
     * Runs many tasks of unary capabilities over one stream, for high-rate clients. Each
     * `submit` names its task with a client-chosen id; one response per task carries that id
     * back when the task ends, in completion order (not submission order). Tasks run exactly
     * as SubmitTask runs them (selection, reassignment, deadlines, priority), each with its
     * own deadline, cancel and span; a task's failure is its own response and never ends the
     * stream. The server reads at most TROUPE_BULK_MAX_IN_FLIGHT (response header
     * `troupe-bulk-max-in-flight`) tasks of a stream ahead of their responses: past it, it stops
     * reading and HTTP/2 flow control holds the client back. When the client ends its side, the
     * stream closes OK after the last response; cancelling the stream cancels all its tasks.
     * Authorized once, when the stream opens, with the scope of SubmitTask (tasks:submit).
     */
    SubmitTasks: grpc.handleBidiStreamingCall<_troupe_v1_SubmitTasksRequest__Output, _troupe_v1_SubmitTasksResponse>;
    /**
     * Streams the registry: the current instances, then every change.
     */
    WatchAgents: grpc.handleServerStreamingCall<_troupe_v1_WatchAgentsRequest__Output, _troupe_v1_WatchAgentsResponse>;
    /**
     * Streams a run's events as they happen, including relayed chunks.
     */
    WatchRun: grpc.handleServerStreamingCall<_troupe_v1_WatchRunRequest__Output, _troupe_v1_WatchRunResponse>;
}
export interface OrchestratorServiceDefinition extends grpc.ServiceDefinition {
    AbortRollout: MethodDefinition<_troupe_v1_AbortRolloutRequest, _troupe_v1_AbortRolloutResponse, _troupe_v1_AbortRolloutRequest__Output, _troupe_v1_AbortRolloutResponse__Output>;
    AcknowledgeEscalation: MethodDefinition<_troupe_v1_AcknowledgeEscalationRequest, _troupe_v1_AcknowledgeEscalationResponse, _troupe_v1_AcknowledgeEscalationRequest__Output, _troupe_v1_AcknowledgeEscalationResponse__Output>;
    CancelRun: MethodDefinition<_troupe_v1_CancelRunRequest, _troupe_v1_CancelRunResponse, _troupe_v1_CancelRunRequest__Output, _troupe_v1_CancelRunResponse__Output>;
    CreateSchedule: MethodDefinition<_troupe_v1_CreateScheduleRequest, _troupe_v1_CreateScheduleResponse, _troupe_v1_CreateScheduleRequest__Output, _troupe_v1_CreateScheduleResponse__Output>;
    DeleteSchedule: MethodDefinition<_troupe_v1_DeleteScheduleRequest, _troupe_v1_DeleteScheduleResponse, _troupe_v1_DeleteScheduleRequest__Output, _troupe_v1_DeleteScheduleResponse__Output>;
    DiscardDeadLetter: MethodDefinition<_troupe_v1_DiscardDeadLetterRequest, _troupe_v1_DiscardDeadLetterResponse, _troupe_v1_DiscardDeadLetterRequest__Output, _troupe_v1_DiscardDeadLetterResponse__Output>;
    GetQueues: MethodDefinition<_troupe_v1_GetQueuesRequest, _troupe_v1_GetQueuesResponse, _troupe_v1_GetQueuesRequest__Output, _troupe_v1_GetQueuesResponse__Output>;
    GetRollout: MethodDefinition<_troupe_v1_GetRolloutRequest, _troupe_v1_GetRolloutResponse, _troupe_v1_GetRolloutRequest__Output, _troupe_v1_GetRolloutResponse__Output>;
    GetRun: MethodDefinition<_troupe_v1_GetRunRequest, _troupe_v1_GetRunResponse, _troupe_v1_GetRunRequest__Output, _troupe_v1_GetRunResponse__Output>;
    GetSchedule: MethodDefinition<_troupe_v1_GetScheduleRequest, _troupe_v1_GetScheduleResponse, _troupe_v1_GetScheduleRequest__Output, _troupe_v1_GetScheduleResponse__Output>;
    ListAgents: MethodDefinition<_troupe_v1_ListAgentsRequest, _troupe_v1_ListAgentsResponse, _troupe_v1_ListAgentsRequest__Output, _troupe_v1_ListAgentsResponse__Output>;
    ListAuditEvents: MethodDefinition<_troupe_v1_ListAuditEventsRequest, _troupe_v1_ListAuditEventsResponse, _troupe_v1_ListAuditEventsRequest__Output, _troupe_v1_ListAuditEventsResponse__Output>;
    ListDeadLetters: MethodDefinition<_troupe_v1_ListDeadLettersRequest, _troupe_v1_ListDeadLettersResponse, _troupe_v1_ListDeadLettersRequest__Output, _troupe_v1_ListDeadLettersResponse__Output>;
    ListEscalations: MethodDefinition<_troupe_v1_ListEscalationsRequest, _troupe_v1_ListEscalationsResponse, _troupe_v1_ListEscalationsRequest__Output, _troupe_v1_ListEscalationsResponse__Output>;
    ListRollouts: MethodDefinition<_troupe_v1_ListRolloutsRequest, _troupe_v1_ListRolloutsResponse, _troupe_v1_ListRolloutsRequest__Output, _troupe_v1_ListRolloutsResponse__Output>;
    ListRuns: MethodDefinition<_troupe_v1_ListRunsRequest, _troupe_v1_ListRunsResponse, _troupe_v1_ListRunsRequest__Output, _troupe_v1_ListRunsResponse__Output>;
    ListSchedules: MethodDefinition<_troupe_v1_ListSchedulesRequest, _troupe_v1_ListSchedulesResponse, _troupe_v1_ListSchedulesRequest__Output, _troupe_v1_ListSchedulesResponse__Output>;
    ListTriggers: MethodDefinition<_troupe_v1_ListTriggersRequest, _troupe_v1_ListTriggersResponse, _troupe_v1_ListTriggersRequest__Output, _troupe_v1_ListTriggersResponse__Output>;
    ListWorkflowVersions: MethodDefinition<_troupe_v1_ListWorkflowVersionsRequest, _troupe_v1_ListWorkflowVersionsResponse, _troupe_v1_ListWorkflowVersionsRequest__Output, _troupe_v1_ListWorkflowVersionsResponse__Output>;
    ListWorkflows: MethodDefinition<_troupe_v1_ListWorkflowsRequest, _troupe_v1_ListWorkflowsResponse, _troupe_v1_ListWorkflowsRequest__Output, _troupe_v1_ListWorkflowsResponse__Output>;
    PauseSchedule: MethodDefinition<_troupe_v1_PauseScheduleRequest, _troupe_v1_PauseScheduleResponse, _troupe_v1_PauseScheduleRequest__Output, _troupe_v1_PauseScheduleResponse__Output>;
    PlanChains: MethodDefinition<_troupe_v1_PlanChainsRequest, _troupe_v1_PlanChainsResponse, _troupe_v1_PlanChainsRequest__Output, _troupe_v1_PlanChainsResponse__Output>;
    PromoteRollout: MethodDefinition<_troupe_v1_PromoteRolloutRequest, _troupe_v1_PromoteRolloutResponse, _troupe_v1_PromoteRolloutRequest__Output, _troupe_v1_PromoteRolloutResponse__Output>;
    RegisterWorkflow: MethodDefinition<_troupe_v1_RegisterWorkflowRequest, _troupe_v1_RegisterWorkflowResponse, _troupe_v1_RegisterWorkflowRequest__Output, _troupe_v1_RegisterWorkflowResponse__Output>;
    ReplayDeadLetter: MethodDefinition<_troupe_v1_ReplayDeadLetterRequest, _troupe_v1_ReplayDeadLetterResponse, _troupe_v1_ReplayDeadLetterRequest__Output, _troupe_v1_ReplayDeadLetterResponse__Output>;
    ResolveEscalation: MethodDefinition<_troupe_v1_ResolveEscalationRequest, _troupe_v1_ResolveEscalationResponse, _troupe_v1_ResolveEscalationRequest__Output, _troupe_v1_ResolveEscalationResponse__Output>;
    ResumeSchedule: MethodDefinition<_troupe_v1_ResumeScheduleRequest, _troupe_v1_ResumeScheduleResponse, _troupe_v1_ResumeScheduleRequest__Output, _troupe_v1_ResumeScheduleResponse__Output>;
    SetAgentMode: MethodDefinition<_troupe_v1_SetAgentModeRequest, _troupe_v1_SetAgentModeResponse, _troupe_v1_SetAgentModeRequest__Output, _troupe_v1_SetAgentModeResponse__Output>;
    SetRollout: MethodDefinition<_troupe_v1_SetRolloutRequest, _troupe_v1_SetRolloutResponse, _troupe_v1_SetRolloutRequest__Output, _troupe_v1_SetRolloutResponse__Output>;
    SignalRun: MethodDefinition<_troupe_v1_SignalRunRequest, _troupe_v1_SignalRunResponse, _troupe_v1_SignalRunRequest__Output, _troupe_v1_SignalRunResponse__Output>;
    StartRun: MethodDefinition<_troupe_v1_StartRunRequest, _troupe_v1_StartRunResponse, _troupe_v1_StartRunRequest__Output, _troupe_v1_StartRunResponse__Output>;
    StartRuns: MethodDefinition<_troupe_v1_StartRunsRequest, _troupe_v1_StartRunsResponse, _troupe_v1_StartRunsRequest__Output, _troupe_v1_StartRunsResponse__Output>;
    StreamTask: MethodDefinition<_troupe_v1_StreamTaskRequest, _troupe_v1_StreamTaskResponse, _troupe_v1_StreamTaskRequest__Output, _troupe_v1_StreamTaskResponse__Output>;
    SubmitTask: MethodDefinition<_troupe_v1_SubmitTaskRequest, _troupe_v1_SubmitTaskResponse, _troupe_v1_SubmitTaskRequest__Output, _troupe_v1_SubmitTaskResponse__Output>;
    SubmitTasks: MethodDefinition<_troupe_v1_SubmitTasksRequest, _troupe_v1_SubmitTasksResponse, _troupe_v1_SubmitTasksRequest__Output, _troupe_v1_SubmitTasksResponse__Output>;
    WatchAgents: MethodDefinition<_troupe_v1_WatchAgentsRequest, _troupe_v1_WatchAgentsResponse, _troupe_v1_WatchAgentsRequest__Output, _troupe_v1_WatchAgentsResponse__Output>;
    WatchRun: MethodDefinition<_troupe_v1_WatchRunRequest, _troupe_v1_WatchRunResponse, _troupe_v1_WatchRunRequest__Output, _troupe_v1_WatchRunResponse__Output>;
}
