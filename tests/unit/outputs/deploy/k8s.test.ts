import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { Ingress } from "kubernetes-models/networking.k8s.io/v1/Ingress";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { Namespace } from "kubernetes-models/v1/Namespace";
import { Service } from "kubernetes-models/v1/Service";
import { parseAllDocuments } from "yaml";
import { projectRoot } from "../../../../scripts/lib/fixture-site.ts";

// The manifests are checked offline against the Kubernetes OpenAPI schemas (kubernetes-models
// validates with them) and against the restricted Pod Security Standard, rule by rule
// (https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted).

const dir = path.join(projectRoot, "deploy", "k8s");
const kustomization = parseAllDocuments(readFileSync(path.join(dir, "kustomization.yaml"), "utf8"))[0]?.toJS() as { resources: string[]; namespace: string };

const models = {
  "v1/Namespace": (json: unknown) => new Namespace(json as Namespace),
  "v1/Service": (json: unknown) => new Service(json as Service),
  "apps/v1/Deployment": (json: unknown) => new Deployment(json as Deployment),
  "networking.k8s.io/v1/Ingress": (json: unknown) => new Ingress(json as Ingress),
  "policy/v1/PodDisruptionBudget": (json: unknown) => new PodDisruptionBudget(json as PodDisruptionBudget),
  "autoscaling/v2/HorizontalPodAutoscaler": (json: unknown) => new HorizontalPodAutoscaler(json as HorizontalPodAutoscaler),
} as const;
type Kind = keyof typeof models;

function loadResources(): Map<Kind, { validate(): void }> {
  const found = new Map<Kind, { validate(): void }>();
  for (const file of kustomization.resources) {
    for (const document of parseAllDocuments(readFileSync(path.join(dir, file), "utf8"))) {
      assert.deepEqual(document.errors, [], file);
      const json = document.toJS() as { apiVersion: string; kind: string };
      const kind = `${json.apiVersion}/${json.kind}` as Kind;
      assert.ok(kind in models, `${file}: no schema model for ${kind}`);
      found.set(kind, models[kind](json));
    }
  }
  return found;
}

const resources = loadResources();
const get = <K extends Kind>(kind: K) => resources.get(kind) as ReturnType<(typeof models)[K]>;
const deployment = get("apps/v1/Deployment");
const pod = deployment.spec?.template.spec;

test("kustomization lists every manifest in deploy/k8s/", () => {
  const files = readdirSync(dir).filter((f) => f.endsWith(".yaml") && f !== "kustomization.yaml");
  assert.deepEqual([...kustomization.resources].sort(), files.sort());
  assert.deepEqual([...resources.keys()].sort(), Object.keys(models).sort());
});

test("every manifest is valid against the Kubernetes schemas", () => {
  for (const [kind, resource] of resources) assert.doesNotThrow(() => resource.validate(), kind);
});

test("the schema validation really rejects a broken manifest", () => {
  const broken = structuredClone(deployment.toJSON()) as unknown as { spec: { replicas: unknown } };
  broken.spec.replicas = "two";
  assert.throws(() => new Deployment(broken as unknown as Deployment).validate());
  assert.throws(() => new Service({ metadata: { name: "x" }, spec: { ports: [{ port: "http" as unknown as number }] } }).validate());
});

test("the pod meets the restricted Pod Security Standard", () => {
  assert.ok(pod);
  assert.equal(pod.securityContext?.runAsNonRoot, true);
  assert.notEqual(pod.securityContext?.runAsUser, 0);
  assert.equal(pod.securityContext?.seccompProfile?.type, "RuntimeDefault");
  assert.ok(!pod.hostNetwork && !pod.hostPID && !pod.hostIPC, "no host namespaces");
  assert.equal(pod.automountServiceAccountToken, false);
  // Restricted allows only these volume types.
  const allowed = ["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret", "name"];
  for (const volume of pod.volumes ?? []) for (const key of Object.keys(volume)) assert.ok(allowed.includes(key), `volume type ${key}`);
  for (const container of [...pod.containers, ...(pod.initContainers ?? [])]) {
    const context = container.securityContext;
    assert.equal(context?.allowPrivilegeEscalation, false, container.name);
    assert.notEqual(context?.privileged, true);
    assert.deepEqual(context?.capabilities?.drop, ["ALL"]);
    assert.ok((context?.capabilities?.add ?? []).every((c) => c === "NET_BIND_SERVICE"));
    assert.equal(context?.readOnlyRootFilesystem, true);
    assert.notEqual(context?.runAsUser, 0);
    assert.ok(!context?.seccompProfile || context.seccompProfile.type === "RuntimeDefault");
    assert.ok(!(container.ports ?? []).some((p) => p.hostPort), "no host ports");
  }
  const namespace = get("v1/Namespace");
  assert.equal(namespace.metadata?.name, kustomization.namespace);
  assert.equal(namespace.metadata?.labels?.["pod-security.kubernetes.io/enforce"], "restricted");
});

test("only /tmp is writable, and it is an emptyDir", () => {
  const [container] = pod?.containers ?? [];
  const mounts = container?.volumeMounts ?? [];
  assert.deepEqual(
    mounts.map((m) => m.mountPath),
    ["/tmp"],
  );
  const tmp = pod?.volumes?.find((v) => v.name === mounts[0]?.name);
  assert.ok(tmp?.emptyDir, "/tmp is an emptyDir");
});

test("two or more replicas, probed on /healthz, with requests and limits", () => {
  assert.ok((deployment.spec?.replicas ?? 0) >= 2);
  const [container] = pod?.containers ?? [];
  assert.ok(container);
  const port = container.ports?.find((p) => p.name === "http");
  assert.equal(port?.containerPort, 8080);
  for (const probe of [container.readinessProbe, container.livenessProbe]) {
    assert.equal(probe?.httpGet?.path, "/healthz");
    assert.ok(probe?.httpGet?.port === "http" || probe?.httpGet?.port === 8080);
  }
  for (const resource of ["cpu", "memory"]) {
    assert.ok(container.resources?.requests?.[resource], `${resource} request`);
    assert.ok(container.resources?.limits?.[resource], `${resource} limit`);
  }
});

test("service, ingress, disruption budget and autoscaler all point at the same pods", () => {
  const labels = deployment.spec?.template.metadata?.labels ?? {};
  const matches = (selector: Record<string, string> | undefined) =>
    Object.entries(selector ?? {}).every(([k, v]) => labels[k] === v) && Object.keys(selector ?? {}).length > 0;
  const service = get("v1/Service");
  assert.ok(matches(service.spec?.selector), "service selects the pods");
  assert.equal(service.spec?.ports?.[0]?.targetPort, "http");
  const pdb = get("policy/v1/PodDisruptionBudget");
  assert.equal(pdb.spec?.maxUnavailable, 1);
  assert.ok(matches(pdb.spec?.selector?.matchLabels));
  const backend = get("networking.k8s.io/v1/Ingress").spec?.rules?.[0]?.http?.paths[0]?.backend.service;
  assert.equal(backend?.name, service.metadata?.name);
  assert.equal(backend?.port?.name, service.spec?.ports?.[0]?.name);
  const hpa = get("autoscaling/v2/HorizontalPodAutoscaler");
  assert.deepEqual(hpa.spec?.scaleTargetRef, { apiVersion: "apps/v1", kind: "Deployment", name: deployment.metadata?.name });
  assert.ok((hpa.spec?.minReplicas ?? 0) >= 2);
});
