{{/* Names, labels and shared pieces of the Troupe chart. */}}

{{- define "troupe.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "troupe.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else if contains (include "troupe.name" .) .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name (include "troupe.name" .) | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{- define "troupe.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/name: {{ include "troupe.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: troupe
{{- end }}

{{/* Selector labels of one component: (dict "root" $ "component" "orchestrator") */}}
{{- define "troupe.selectorLabels" -}}
app.kubernetes.io/name: {{ include "troupe.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "troupe.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{- define "troupe.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}{{ default (include "troupe.fullname" .) .Values.serviceAccount.name }}{{ else }}{{ default "default" .Values.serviceAccount.name }}{{ end }}
{{- end }}

{{/* The NATS URL: the bundled chart's service, or the external one. */}}
{{- define "troupe.natsUrl" -}}
{{- if .Values.nats.enabled }}
{{- $scheme := ternary "tls" "nats" .Values.tls.enabled }}
{{- printf "%s://%s-nats:4222" $scheme .Release.Name }}
{{- else }}
{{- required "set externalNats.url (or nats.enabled=true)" .Values.externalNats.url }}
{{- end }}
{{- end }}

{{/* Secret names: an existing secret when given, else the one this chart renders. */}}
{{- define "troupe.caSecret" -}}{{ default (printf "%s-ca" (include "troupe.fullname" .)) .Values.tls.ca.existingSecret }}{{- end }}
{{- define "troupe.orchestratorTlsSecret" -}}{{ default (printf "%s-orchestrator-tls" (include "troupe.fullname" .)) .Values.tls.orchestrator.existingSecret }}{{- end }}
{{- define "troupe.apiTokensSecret" -}}{{ default (printf "%s-api-tokens" (include "troupe.fullname" .)) .Values.auth.existingSecret }}{{- end }}
{{- define "troupe.natsCredentialsSecret" -}}{{ default (printf "%s-nats-credentials" (include "troupe.fullname" .)) .Values.natsAuth.existingSecret }}{{- end }}
{{- define "troupe.agentTlsSecret" -}}{{ default (printf "%s-agent-%s-tls" (include "troupe.fullname" .root) .name) .agent.tls.existingSecret }}{{- end }}

{{/* The scrape job of every agent's metrics endpoint: the value of the agent pods' troupe.dev/metrics-job
label, which the PodMonitors name as their jobLabel, and the job the alert rules' job="troupe-agent" becomes. */}}
{{- define "troupe.agentMetricsJob" -}}
{{- printf "%s-agent" (include "troupe.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The restricted pod and container security contexts (Pod Security Standards "restricted"). */}}
{{- define "troupe.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 10001
runAsGroup: 10001
fsGroup: 10001
seccompProfile:
  type: RuntimeDefault
{{- end }}
{{- define "troupe.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
runAsUser: 10001
runAsGroup: 10001
capabilities:
  drop: [ALL]
{{- end }}

{{/* Environment shared by every Troupe container: NATS (TLS, password file), tracing, logs. */}}
{{- define "troupe.commonEnv" -}}
- name: NATS_URL
  value: {{ include "troupe.natsUrl" . | quote }}
{{- if .Values.tls.enabled }}
- name: NATS_TLS_CA
  value: /etc/troupe/ca/ca.crt
{{- end }}
- name: TROUPE_LOG_LEVEL
  value: {{ .Values.logLevel | quote }}
{{- with .Values.tracing.otlpEndpoint }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ . | quote }}
{{- end }}
{{- end }}
