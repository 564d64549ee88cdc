export declare const TOOLS_BIN: string;
export type ToolName = 'nats-server' | 'nats' | 'grpcurl' | 'jaeger' | 'prometheus' | 'promtool' | 'alertmanager' | 'amtool' | 'helm' | 'docker-compose';
/** The absolute path of a pinned tool; throws naming the install command when it is absent. */
export declare function toolPath(name: ToolName): string;
