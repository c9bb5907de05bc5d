"use client";

import { useCallback, useEffect, useState } from "react";
import { api, type ArtifactVersion, call, type Requirement, type Schemas } from "@/api/client";
import { rememberJob, useJob } from "@/lib/jobs";

type Summary = Schemas["ArtifactVersionSummary"];

/** The versions of a project's designs or prototypes, newest first. */
export function useVersions(kind: "designs" | "prototypes", projectId: string) {
  const [items, setItems] = useState<Summary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    try {
      const options = { params: { path: { project_id: projectId }, query: { size: 50 } } };
      const page =
        kind === "designs"
          ? await call(api.GET("/api/v1/projects/{project_id}/designs", options))
          : await call(api.GET("/api/v1/projects/{project_id}/prototypes", options));
      setItems([...page.items].sort((a, b) => b.version - a.version));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [kind, projectId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { items, error, reload };
}

/** Every requirement of the project (up to 500), for titles next to keys. */
export function useAllRequirements(projectId: string): Requirement[] {
  const [items, setItems] = useState<Requirement[]>([]);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const all: Requirement[] = [];
      for (let page = 1; page <= 5; page++) {
        const result = await call(
          api.GET("/api/v1/projects/{project_id}/requirements", { params: { path: { project_id: projectId }, query: { page, size: 100 } } }),
        );
        all.push(...result.items);
        if (all.length >= result.total) break;
      }
      if (!cancelled) setItems(all);
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [projectId]);
  return items;
}

export function useRequirementTitles(projectId: string): Record<string, string> {
  const items = useAllRequirements(projectId);
  return Object.fromEntries(items.map((r) => [r.key, r.title]));
}

type ArtifactKind = "designs" | "prototypes";

function fetchVersion(kind: ArtifactKind, id: string) {
  return kind === "designs"
    ? call(api.GET("/api/v1/designs/{design_id}", { params: { path: { design_id: id } } }))
    : call(api.GET("/api/v1/prototypes/{prototype_id}", { params: { path: { prototype_id: id } } }));
}

function startGeneration(kind: ArtifactKind, projectId: string) {
  const options = { params: { path: { project_id: projectId } } };
  return kind === "designs"
    ? call(api.POST("/api/v1/projects/{project_id}/designs", options))
    : call(api.POST("/api/v1/projects/{project_id}/prototypes", options));
}

/** The versions of a generated artifact (design, prototype), the one on show, and its generation job. */
export function useGeneratedArtifact(kind: ArtifactKind, projectId: string, jobLabel: string) {
  const versions = useVersions(kind, projectId);
  const [selected, setSelected] = useState<string | null>(null);
  const [record, setRecord] = useState<ArtifactVersion | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [startError, setStartError] = useState<unknown>(null);

  const current = selected ?? versions.items?.[0]?.id ?? null;
  useEffect(() => {
    setRecord(null);
    if (!current) return;
    fetchVersion(kind, current).then(setRecord).catch(setError);
  }, [kind, current]);

  const generation = useJob(jobId, (job) => {
    if (job.status === "succeeded") {
      setSelected(null);
      void versions.reload();
    }
  });
  const running = generation.job ? generation.job.status === "queued" || generation.job.status === "running" : jobId !== null;

  async function generate() {
    setStartError(null);
    try {
      const accepted = await startGeneration(kind, projectId);
      rememberJob(projectId, accepted.job, jobLabel);
      setJobId(accepted.job.id);
    } catch (e) {
      setStartError(e);
    }
  }

  return { versions, current, setSelected, record, error, jobId, generation, running, generate, startError };
}
