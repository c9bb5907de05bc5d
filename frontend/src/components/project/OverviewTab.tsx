"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { api, call, type Project } from "@/api/client";
import { Alert, ErrorAlert, JobProgress, SelectField, TextArea, TextField, useSubmit } from "@/components/ui";
import { formatDate } from "@/lib/format";
import { type RememberedJob, rememberedJobs, useJob } from "@/lib/jobs";
import { useProject } from "./context";

interface Counts {
  documents: number;
  requirements: number;
  functional: number;
  nonFunctional: number;
  must: number;
  designs: number;
  prototypes: number;
}

export function OverviewTab() {
  const { project, canEdit, isOwner } = useProject();
  const [counts, setCounts] = useState<Counts | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [jobs, setJobs] = useState<RememberedJob[]>([]);

  useEffect(() => {
    setJobs(rememberedJobs(project.id));
    const path = { project_id: project.id };
    const requirements = (query: Record<string, string>) =>
      call(api.GET("/api/v1/projects/{project_id}/requirements", { params: { path, query: { size: 1, ...query } } })).then((p) => p.total);
    Promise.all([
      call(api.GET("/api/v1/projects/{project_id}/documents", { params: { path, query: { size: 1 } } })).then((p) => p.total),
      requirements({}),
      requirements({ kind: "functional" }),
      requirements({ kind: "non_functional" }),
      requirements({ priority: "must" }),
      call(api.GET("/api/v1/projects/{project_id}/designs", { params: { path, query: { size: 1 } } })).then((p) => p.total),
      call(api.GET("/api/v1/projects/{project_id}/prototypes", { params: { path, query: { size: 1 } } })).then((p) => p.total),
    ])
      .then(([documents, all, functional, nonFunctional, must, designs, prototypes]) =>
        setCounts({ documents, requirements: all, functional, nonFunctional, must, designs, prototypes }),
      )
      .catch(setError);
  }, [project.id]);

  const tab = (name: string) => `/project/?id=${project.id}&tab=${name}`;
  const next = !counts
    ? null
    : counts.documents === 0
      ? { href: tab("documents"), text: "Upload what the client said" }
      : counts.designs === 0
        ? { href: tab("design"), text: "Generate the design" }
        : counts.prototypes === 0
          ? { href: tab("prototype"), text: "Generate the prototype" }
          : { href: tab("plan"), text: "Plan: estimate, roadmap and ROI" };

  return (
    <div className="stack">
      {project.description && <p>{project.description}</p>}
      <ErrorAlert error={error} />
      <div className="kpis" aria-busy={!counts}>
        <Stat value={counts?.documents} label="documents" href={tab("documents")} />
        <Stat value={counts?.requirements} label="requirements" href={tab("requirements")} />
        <Stat value={counts?.functional} label="functional" href={tab("requirements")} />
        <Stat value={counts?.nonFunctional} label="non-functional" href={tab("requirements")} />
        <Stat value={counts?.must} label="must-haves" href={tab("requirements")} />
        <Stat value={counts?.designs} label="design versions" href={tab("design")} />
        <Stat value={counts?.prototypes} label="prototype versions" href={tab("prototype")} />
      </div>
      {next && canEdit && (
        <p>
          Next step: <Link href={next.href}>{next.text} →</Link>
        </p>
      )}
      <section className="card" aria-labelledby="latest-job">
        <h2 id="latest-job">Latest job</h2>
        {jobs.length === 0 ? (
          <p className="muted">No job started from this browser yet.</p>
        ) : (
          <LatestJob job={jobs[0]} />
        )}
        {jobs.length > 1 && (
          <details>
            <summary>Earlier jobs</summary>
            <ul className="small">
              {jobs.slice(1, 10).map((j) => (
                <li key={j.id}>
                  {j.label} · {formatDate(j.at)}
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
      {canEdit && <Settings project={project} isOwner={isOwner} />}
    </div>
  );
}

function Stat({ value, label, href }: { value: number | undefined; label: string; href: string }) {
  return (
    <Link href={href} className="stat stat-link">
      <span className="stat-value">{value ?? "…"}</span>
      <span className="stat-label">{label}</span>
    </Link>
  );
}

function LatestJob({ job: remembered }: { job: RememberedJob }) {
  const { job, error } = useJob(remembered.id);
  return (
    <>
      <JobProgress job={job} error={error} label={remembered.label} />
      <p className="muted small">
        Started {formatDate(remembered.at)}
        {job?.finished_at ? ` · finished ${formatDate(job.finished_at)}` : ""}
      </p>
    </>
  );
}

const STATUSES = ["active", "on_hold", "completed", "archived"] as const;

function Settings({ project, isOwner }: { project: Project; isOwner: boolean }) {
  const { reload } = useProject();
  const router = useRouter();
  const [name, setName] = useState(project.name);
  const [description, setDescription] = useState(project.description ?? "");
  const [status, setStatus] = useState(project.status);
  const { error, setError, fields, onSubmit } = useSubmit();
  const [saved, setSaved] = useState(false);

  const submit = onSubmit(async () => {
    setSaved(false);
    await call(
      api.PATCH("/api/v1/projects/{project_id}", {
        params: { path: { project_id: project.id } },
        body: { name, description: description || null, status: status as (typeof STATUSES)[number] },
      }),
    );
    setSaved(true);
    await reload();
  });

  async function remove() {
    if (!window.confirm(`Delete the project “${project.name}” and everything in it? This cannot be undone.`)) return;
    try {
      await call(api.DELETE("/api/v1/projects/{project_id}", { params: { path: { project_id: project.id } } }));
      router.replace("/projects/");
    } catch (e) {
      setError(e);
    }
  }

  return (
    <details className="card">
      <summary>
        <strong>Project settings</strong>
      </summary>
      <form onSubmit={submit} noValidate className="stack settings-form">
        <ErrorAlert error={error} shownFields={["name", "description", "status"]} />
        {saved && <Alert kind="success">Saved.</Alert>}
        <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} error={fields.name} />
        <TextArea label="Description" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} error={fields.description} />
        <SelectField label="Status" value={status} onChange={(e) => setStatus(e.target.value)} options={STATUSES} error={fields.status} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary">
            Save
          </button>
          {isOwner && (
            <button type="button" className="btn btn-danger" onClick={remove}>
              Delete project
            </button>
          )}
        </div>
      </form>
    </details>
  );
}
