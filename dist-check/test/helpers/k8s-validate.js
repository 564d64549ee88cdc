// Offline validation of rendered Kubernetes manifests against the schemas the npm
// kubernetes-models family carries: Kubernetes itself, KEDA and prometheus-operator.
// A kind this map does not know fails the check (nothing passes unvalidated).
const MODULES = {
    'v1/Service': 'kubernetes-models/v1/Service',
    'v1/Secret': 'kubernetes-models/v1/Secret',
    'v1/ServiceAccount': 'kubernetes-models/v1/ServiceAccount',
    'v1/ConfigMap': 'kubernetes-models/v1/ConfigMap',
    'apps/v1/Deployment': 'kubernetes-models/apps/v1/Deployment',
    'apps/v1/StatefulSet': 'kubernetes-models/apps/v1/StatefulSet',
    'policy/v1/PodDisruptionBudget': 'kubernetes-models/policy/v1/PodDisruptionBudget',
    'autoscaling/v2/HorizontalPodAutoscaler': 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler',
    'networking.k8s.io/v1/NetworkPolicy': 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy',
    'keda.sh/v1alpha1/ScaledObject': '@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject',
    'monitoring.coreos.com/v1/ServiceMonitor': '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor',
    'monitoring.coreos.com/v1/PodMonitor': '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor',
    'monitoring.coreos.com/v1/PrometheusRule': '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule',
};
/** Validates each manifest against its kind's schema; returns one line per problem (empty: all valid). */
export async function validateManifests(manifests) {
    const problems = [];
    for (const m of manifests) {
        const key = `${m.apiVersion}/${m.kind}`;
        const path = MODULES[key];
        if (!path) {
            problems.push(`${key} ${m.metadata.name}: no schema known for this kind`);
            continue;
        }
        const mod = (await import(path));
        const Ctor = mod[m.kind];
        if (!Ctor)
            throw new Error(`${path} does not export ${m.kind}`);
        try {
            new Ctor(m).validate();
        }
        catch (err) {
            problems.push(`${key} ${m.metadata.name}: ${err.message}`);
        }
    }
    return problems;
}
//# sourceMappingURL=k8s-validate.js.map