"use client";

import { useEffect, useRef, useState } from "react";
import { api, call, type Job } from "@/api/client";

const POLL_MS = 700;

/** Poll GET /jobs/{id} until the job succeeds or fails; `onDone` runs once at the end. */
export function useJob(jobId: string | null | undefined, onDone?: (job: Job) => void): { job: Job | null; error: string | null } {
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<string | null>(null);
  const done = useRef(onDone);
  done.current = onDone;

  useEffect(() => {
    setJob(null);
    setError(null);
    if (!jobId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const tick = async () => {
      try {
        const next = await call(api.GET("/api/v1/jobs/{job_id}", { params: { path: { job_id: jobId } } }));
        if (stopped) return;
        failures = 0;
        setJob(next);
        if (next.status === "succeeded" || next.status === "failed") {
          done.current?.(next);
          return;
        }
      } catch (e) {
        if (stopped) return;
        failures += 1;
        if (failures >= 5) {
          setError(e instanceof Error ? e.message : String(e));
          return;
        }
      }
      timer = setTimeout(tick, POLL_MS);
    };
    void tick();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [jobId]);

  return { job, error };
}

export interface RememberedJob {
  id: string;
  kind: string;
  label: string;
  at: string;
}

const key = (projectId: string) => `autoagi.jobs.${projectId}`;

/** The jobs started from this browser for a project (the API has no job list): newest first. */
export function rememberedJobs(projectId: string): RememberedJob[] {
  try {
    return JSON.parse(window.localStorage.getItem(key(projectId)) ?? "[]") as RememberedJob[];
  } catch {
    return [];
  }
}

export function rememberJob(projectId: string, job: Job, label: string): void {
  try {
    const jobs = [{ id: job.id, kind: job.kind, label, at: new Date().toISOString() }, ...rememberedJobs(projectId)];
    window.localStorage.setItem(key(projectId), JSON.stringify(jobs.slice(0, 20)));
  } catch {
    /* storage unavailable */
  }
}
