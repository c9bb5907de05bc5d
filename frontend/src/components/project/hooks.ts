"use client";

import { useCallback, useEffect, useState } from "react";
import { api, call, type Requirement, type Schemas } from "@/api/client";

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
