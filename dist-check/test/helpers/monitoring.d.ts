import { type TroupeProcess } from './processes.js';
export declare const DEPLOY_RULES: string;
export declare const DEPLOY_ALERTMANAGER: string;
export declare const DEPLOY_DASHBOARD: string;
/** One alert rule of rules.yml. */
export interface AlertRule {
    alert: string;
    expr: string;
    for?: string;
    labels: Record<string, string>;
    annotations: Record<string, string>;
}
/** The rules of deploy/prometheus/rules.yml. */
export declare function deployRules(): AlertRule[];
/** rules.yml with every `for:` shortened to `forSeconds`, expressions and labels unchanged. */
export declare function testRulesYaml(forSeconds: number): string;
/** What Alertmanager posts to a webhook (payload version 4), as much as the tests read. */
export interface WebhookPayload {
    receiver: string;
    status: 'firing' | 'resolved';
    alerts: {
        status: 'firing' | 'resolved';
        labels: Record<string, string>;
        annotations: Record<string, string>;
    }[];
}
/** An HTTP server recording webhook posts by path. */
export interface WebhookReceiver {
    readonly url: string;
    posts(path: string): WebhookPayload[];
    close(): Promise<void>;
}
export declare function startWebhookReceiver(): Promise<WebhookReceiver>;
/** A running tool with an HTTP API. */
export interface ToolProcess {
    readonly url: string;
    readonly proc: TroupeProcess;
    stop(): Promise<void>;
}
/**
 * Prometheus scraping the orchestrators' `targets` (job troupe-orchestrator) and the agents'
 * metrics endpoints `agentTargets` (job troupe-agent, as deploy/prometheus/prometheus.yml names
 * them) and `troupe up` supervisors `fleetTargets` (job troupe-fleet) every second, evaluating `rulesYaml` every second, alerting to `alertmanagerUrl`.
 */
export declare function startPrometheus(dir: string, options: {
    targets: string[];
    agentTargets?: string[];
    fleetTargets?: string[];
    rulesYaml: string;
    alertmanagerUrl: string;
}): Promise<ToolProcess & {
    query(expr: string): Promise<PromResult>;
}>;
/** An instant query's answer. */
export interface PromResult {
    status: 'success' | 'error';
    error?: string;
    data?: {
        resultType: string;
        result: {
            metric: Record<string, string>;
            value: [number, string];
        }[];
    };
}
/**
 * deploy/alertmanager/alertmanager.yml with the receivers' URLs pointed at `webhook` (paths
 * /team and /escalation) and the waits shortened: `groupWait` seconds for the team, `escalateAfter`
 * seconds before the escalation receiver hears of a critical. Routes and matchers unchanged.
 */
export declare function testAlertmanagerYaml(webhook: string, times: {
    groupWait: number;
    escalateAfter: number;
}): string;
/** Alertmanager alone (no cluster) with `configYaml`. */
export declare function startAlertmanager(dir: string, configYaml: string): Promise<ToolProcess>;
