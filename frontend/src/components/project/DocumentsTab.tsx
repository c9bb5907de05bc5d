"use client";

import Link from "next/link";
import { type DragEvent, type KeyboardEvent, useCallback, useEffect, useRef, useState } from "react";
import {
  api,
  ApiError,
  call,
  type DocumentRecord,
  downloadFile,
  errorMessage,
  type Job,
  type Schemas,
  uploadFile,
} from "@/api/client";
import { Badge, DataTable, EmptyState, ErrorAlert, JobProgress, Pagination, Spinner } from "@/components/ui";
import { formatBytes, formatDate, humanize } from "@/lib/format";
import { rememberJob, useJob } from "@/lib/jobs";
import { useProject } from "./context";

const SIZE = 20;
const ACCEPT = ".md,.markdown,.txt,.html,.htm,.pdf,.docx,.odt,.rtf,.xlsx,.pptx,.vtt,.srt,.eml,.msg,.mbox,.json,.csv,.zip,text/*,application/pdf";

interface Upload {
  key: string;
  file: File;
  loaded: number;
  total: number;
  jobId: string | null;
  error: unknown;
  duplicateOf?: string;
}

export function DocumentsTab() {
  const { project, canEdit } = useProject();
  const [items, setItems] = useState<DocumentRecord[] | null>(null);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(1);
  const [error, setError] = useState<unknown>(null);
  const [uploads, setUploads] = useState<Upload[]>([]);

  const load = useCallback(async () => {
    try {
      const result = await call(
        api.GET("/api/v1/projects/{project_id}/documents", { params: { path: { project_id: project.id }, query: { page, size: SIZE } } }),
      );
      setItems(result.items);
      setTotal(result.total);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [project.id, page]);

  useEffect(() => {
    void load();
  }, [load]);

  const update = (key: string, patch: Partial<Upload>) =>
    setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...patch } : u)));

  function start(files: FileList | File[]) {
    for (const file of Array.from(files)) {
      const key = `${file.name}-${file.size}-${Date.now()}-${Math.random()}`;
      setUploads((all) => [{ key, file, loaded: 0, total: file.size, jobId: null, error: null }, ...all]);
      uploadFile<Schemas["DocumentAccepted"]>(`/api/v1/projects/${project.id}/documents`, file, (p) =>
        update(key, { loaded: p.loaded, total: p.total }),
      )
        .then((accepted) => {
          rememberJob(project.id, accepted.job, `Reading ${file.name}`);
          update(key, { jobId: accepted.job.id, loaded: file.size });
          void load();
        })
        .catch((e) => {
          const duplicateOf =
            e instanceof ApiError && e.status === 409 ? (e.details as { document_id?: string } | null)?.document_id : undefined;
          update(key, { error: e, duplicateOf });
        });
    }
  }

  return (
    <div className="stack">
      {canEdit && <DropZone onFiles={start} />}
      {uploads.length > 0 && (
        <section aria-labelledby="uploads-title" className="card">
          <div className="section-header">
            <h2 id="uploads-title">Uploads</h2>
            <button
              type="button"
              className="btn btn-small btn-ghost"
              onClick={() => setUploads((all) => all.filter((u) => !u.error && !u.jobId))}
            >
              Clear finished
            </button>
          </div>
          <ul className="upload-list">
            {uploads.map((u) => (
              <UploadRow key={u.key} upload={u} onDone={() => void load()} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="documents-title">
        <h2 id="documents-title">Documents {items && <span className="muted">({total})</span>}</h2>
        <ErrorAlert error={error} />
        {items === null && !error && <Spinner label="Loading documents…" />}
        {items && items.length === 0 && (
          <EmptyState title="No documents yet.">
            <p>
              {canEdit
                ? "Drop meeting notes, a call transcript, an e-mail thread, an SRS, a PDF or a DOCX above."
                : "The project's editors have not added any documents yet."}
            </p>
          </EmptyState>
        )}
        {items && items.length > 0 && (
          <DataTable columns={["Name", "Type", "Size", "Words", "Status", "Added", { label: "Actions", hidden: true }]}>
            {items.map((d) => (
              <DocumentRow key={d.id} document={d} canEdit={canEdit} onDeleted={() => void load()} />
            ))}
          </DataTable>
        )}
        <Pagination page={page} size={SIZE} total={total} onPage={setPage} />
      </section>
    </div>
  );
}

function DropZone({ onFiles }: { onFiles: (files: FileList) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (event.dataTransfer.files.length) onFiles(event.dataTransfer.files);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      input.current?.click();
    }
  };
  return (
    <div
      className={`dropzone ${over ? "dropzone-over" : ""}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      onClick={() => input.current?.click()}
      onKeyDown={onKey}
      role="button"
      tabIndex={0}
      aria-describedby="dropzone-hint"
      aria-label="Upload documents: drop files here or press Enter to choose them"
    >
      <p className="dropzone-title">Drop files here, or click to choose</p>
      <p className="muted small" id="dropzone-hint">
        Meeting notes, transcripts (VTT/SRT), chats (WhatsApp, Zoom, Otter, Teams), e-mail (.eml, Outlook .msg, mbox), Markdown, text, HTML, PDF, Word (.docx, .odt, .rtf), PowerPoint (.pptx), Excel (.xlsx) or CSV backlogs, or a zip of them — up to 25 MB each.
      </p>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="document-input"
        onChange={(e) => {
          if (e.target.files?.length) onFiles(e.target.files);
          e.target.value = "";
        }}
      />
    </div>
  );
}

function uploadProblem(error: unknown): string {
  if (!(error instanceof ApiError)) return errorMessage(error);
  switch (error.status) {
    case 409:
      return `Already in this project: ${error.message}`;
    case 413:
      return `Too large: ${error.message}`;
    case 415:
      return `Unsupported file type: ${error.message}`;
    case 422:
      return `Could not read the file: ${error.message}`;
    default:
      return error.message;
  }
}

function UploadRow({ upload, onDone }: { upload: Upload; onDone: (job: Job) => void }) {
  const { job, error } = useJob(upload.jobId, onDone);
  const percent = upload.total ? Math.round((upload.loaded / upload.total) * 100) : 0;
  return (
    <li className="upload">
      <div className="upload-name">
        <strong>{upload.file.name}</strong> <span className="muted small">{formatBytes(upload.file.size)}</span>
      </div>
      {upload.error ? (
        <div className="alert alert-error" role="alert">
          {uploadProblem(upload.error)}
          {upload.duplicateOf && <span className="muted small"> (document {upload.duplicateOf.slice(0, 8)})</span>}
        </div>
      ) : upload.jobId ? (
        <>
          <JobProgress job={job} error={error} label={`Reading ${upload.file.name}`} />
          {job?.status === "succeeded" && (
            <p className="small">
              Done. <Link href={`/project/?id=${job.project_id}&tab=requirements`}>See the requirements →</Link>
            </p>
          )}
        </>
      ) : (
        <div className="job">
          <div className="job-text" aria-live="polite">
            Uploading {upload.file.name}: {percent}%
          </div>
          <progress max={100} value={percent} aria-label={`Upload of ${upload.file.name}`} />
        </div>
      )}
    </li>
  );
}

function DocumentRow({ document: d, canEdit, onDeleted }: { document: DocumentRecord; canEdit: boolean; onDeleted: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const tone = d.status === "analyzed" ? "success" : d.status === "failed" ? "danger" : "info";
  return (
    <tr>
      <td>
        <button
          type="button"
          className="btn-link"
          title="Download the original file"
          onClick={() => downloadFile(`/api/v1/documents/${d.id}/content`, d.name).catch((e) => setError(errorMessage(e)))}
        >
          {d.name}
        </button>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        {d.error && <p className="field-error">{d.error}</p>}
      </td>
      <td className="small">{d.media_type}</td>
      <td>{formatBytes(d.size)}</td>
      <td>{d.word_count}</td>
      <td>
        <Badge tone={tone}>{humanize(d.status)}</Badge>
      </td>
      <td className="small">{formatDate(d.created_at)}</td>
      <td className="actions">
        {canEdit && (
          <button
            type="button"
            className="btn btn-small btn-danger"
            disabled={busy}
            aria-label={`Delete ${d.name}`}
            onClick={async () => {
              if (!window.confirm(`Delete “${d.name}”? Requirements found only in it go too; edited ones stay.`)) return;
              setBusy(true);
              try {
                await call(api.DELETE("/api/v1/documents/{document_id}", { params: { path: { document_id: d.id } } }));
                onDeleted();
              } catch (e) {
                setError(errorMessage(e));
              } finally {
                setBusy(false);
              }
            }}
          >
            Delete
          </button>
        )}
      </td>
    </tr>
  );
}
