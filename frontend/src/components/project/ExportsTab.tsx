"use client";

import { useEffect, useState } from "react";
import { api, call, type ExportRecord, type Schemas } from "@/api/client";
import { Badge, ErrorAlert, JobProgress } from "@/components/ui";
import { formatBytes, formatDate } from "@/lib/format";
import { rememberJob, useJob } from "@/lib/jobs";
import { useProject } from "./context";

type Format = Schemas["ExportRequest"]["format"];

const FORMATS: { format: Format; label: string; description: string }[] = [
  { format: "md", label: "Markdown", description: "Requirements, design, plan and traceability in one document" },
  { format: "pdf", label: "PDF report", description: "The report, ready to send to the client" },
  { format: "docx", label: "Word (DOCX)", description: "The report, editable" },
  { format: "json", label: "JSON", description: "Every artifact, machine-readable (schema autoagi/1)" },
  { format: "reqif", label: "ReqIF", description: "Requirements for DOORS, Polarion, Jama …" },
  { format: "jira-csv", label: "Jira CSV", description: "Import the requirements as Jira issues" },
  { format: "ics", label: "iCalendar", description: "Roadmap milestones for a calendar" },
  { format: "zip", label: "Everything (zip)", description: "All formats and the prototype" },
];

interface Started {
  exportId: string;
  jobId: string;
  format: string;
  at: string;
}

const storageKey = (projectId: string) => `autoagi.exports.${projectId}`;

export function ExportsTab() {
  const { project, canEdit } = useProject();
  const [started, setStarted] = useState<Started[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    try {
      setStarted(JSON.parse(window.sessionStorage.getItem(storageKey(project.id)) ?? "[]") as Started[]);
    } catch {
      setStarted([]);
    }
  }, [project.id]);

  function keep(next: Started[]) {
    setStarted(next);
    try {
      window.sessionStorage.setItem(storageKey(project.id), JSON.stringify(next.slice(0, 20)));
    } catch {
      /* storage unavailable */
    }
  }

  async function start(format: Format, label: string) {
    setError(null);
    setBusy(format);
    try {
      const accepted = await call(api.POST("/api/v1/projects/{project_id}/exports", { params: { path: { project_id: project.id } }, body: { format } }));
      rememberJob(project.id, accepted.job, `Export: ${label}`);
      keep([{ exportId: accepted.export.id, jobId: accepted.job.id, format: label, at: new Date().toISOString() }, ...started]);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="stack">
      <h2>Exports</h2>
      {!canEdit && <p className="muted">Viewers cannot create exports; ask an editor of the project.</p>}
      <ErrorAlert error={error} />
      <div className="export-grid">
        {FORMATS.map((f) => (
          <div key={f.format} className="card export-card">
            <button type="button" className="btn btn-primary" disabled={!canEdit || busy !== null} onClick={() => start(f.format, f.label)}>
              {f.label}
            </button>
            <p className="muted small">{f.description}</p>
          </div>
        ))}
      </div>
      {started.length > 0 && (
        <section className="card" aria-labelledby="exports-title">
          <h3 id="exports-title">Your exports</h3>
          <ul className="upload-list">
            {started.map((s) => (
              <ExportRow key={s.exportId} started={s} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function ExportRow({ started }: { started: Started }) {
  const [record, setRecord] = useState<ExportRecord | null>(null);
  const [error, setError] = useState<unknown>(null);
  const refresh = () =>
    call(api.GET("/api/v1/exports/{export_id}", { params: { path: { export_id: started.exportId } } }))
      .then(setRecord)
      .catch(setError);
  const { job, error: jobError } = useJob(started.jobId, () => void refresh());
  const expired = record?.expires_at ? new Date(record.expires_at).getTime() < Date.now() : false;
  return (
    <li className="upload">
      <div className="upload-name">
        <strong>{started.format}</strong> <span className="muted small">requested {formatDate(started.at)}</span>
      </div>
      {!record || record.status !== "ready" ? (
        <JobProgress job={job} error={jobError} label={`Export ${started.format}`} />
      ) : null}
      <ErrorAlert error={error} />
      {record?.error && <p className="field-error">{record.error}</p>}
      {record?.download_url && !expired && (
        <p>
          <a className="btn btn-small" href={record.download_url} download={record.filename ?? undefined}>
            Download {record.filename}
          </a>{" "}
          <span className="muted small">
            {formatBytes(record.size)} · link valid until {formatDate(record.expires_at)}
          </span>
        </p>
      )}
      {expired && (
        <p>
          <Badge tone="warning">Link expired</Badge> Create the export again.
        </p>
      )}
    </li>
  );
}
