"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { api, type ArtifactVersion, call, downloadFile, errorMessage, rawFetch } from "@/api/client";
import { Alert, Badge, DataTable, ErrorAlert, Spinner } from "@/components/ui";
import { formatBytes, formatDate } from "@/lib/format";
import { useProject } from "./context";
import { DevicePreview } from "./DevicePreview";
import { useGeneratedArtifact, useRequirementTitles } from "./hooks";
import { VersionToolbar } from "./VersionToolbar";

interface PrototypeArtifact {
  target: string;
  files: { path: string; sha256: string; size: number }[];
  run_instructions?: string;
  validation?: {
    passed: number;
    failed: number;
    duration_s: number;
    per_requirement: Record<string, string>;
    log?: string;
  };
}

const RESULT_TONE: Record<string, string> = { passed: "success", failed: "danger", untested: "neutral" };

export function PrototypeTab() {
  const { project, canEdit } = useProject();
  const generated = useGeneratedArtifact("prototypes", project.id, "Generating the prototype");
  const { record } = generated;

  const artifact = record?.artifact as unknown as PrototypeArtifact | undefined;
  return (
    <div className="stack">
      <VersionToolbar
        title="Prototype"
        noun="prototype"
        artifact={generated}
        canEdit={canEdit}
        emptyHint="Generate one: it builds a runnable app from the latest design and runs one test per requirement in a sandbox."
      />
      {record && artifact && <PrototypeView record={record} artifact={artifact} />}
    </div>
  );
}

function PrototypeView({ record, artifact }: { record: ArtifactVersion; artifact: PrototypeArtifact }) {
  const [preview, setPreview] = useState<{ url: string; devices: Record<string, readonly number[]> } | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const validation = artifact.validation;

  useEffect(() => setPreview(null), [record.id]);

  async function startPreview() {
    setStarting(true);
    setPreviewError(null);
    try {
      setPreview(await call(api.POST("/api/v1/prototypes/{prototype_id}/preview", { params: { path: { prototype_id: record.id } } })));
    } catch (e) {
      setPreviewError(e);
    } finally {
      setStarting(false);
    }
  }

  return (
    <>
      <section className="card" aria-labelledby="proto-summary">
        <div className="section-header">
          <h3 id="proto-summary">
            Version {record.version} <span className="muted small">· {artifact.target} · {formatDate(record.created_at)}</span>
          </h3>
          <button
            type="button"
            className="btn"
            onClick={() =>
              downloadFile(`/api/v1/prototypes/${record.id}/archive`, `prototype-v${record.version}.zip`).catch((e) =>
                setDownloadError(errorMessage(e)),
              )
            }
          >
            Download zip
          </button>
        </div>
        {downloadError && <Alert kind="error">{downloadError}</Alert>}
        {validation ? (
          <div className="stats">
            <div className="stat">
              <span className="stat-value text-success">{validation.passed}</span>
              <span className="stat-label">tests passed</span>
            </div>
            <div className="stat">
              <span className={`stat-value ${validation.failed ? "text-danger" : ""}`}>{validation.failed}</span>
              <span className="stat-label">tests failed</span>
            </div>
            <div className="stat">
              <span className="stat-value">{validation.duration_s.toFixed(1)} s</span>
              <span className="stat-label">sandboxed run</span>
            </div>
            <div className="stat">
              <span className="stat-value">{artifact.files.length}</span>
              <span className="stat-label">files</span>
            </div>
          </div>
        ) : (
          <p className="muted">Not validated.</p>
        )}
        {artifact.run_instructions && (
          <details>
            <summary>Run it yourself</summary>
            <pre className="code">{artifact.run_instructions}</pre>
          </details>
        )}
      </section>

      <section className="card" aria-labelledby="preview-title">
        <div className="section-header">
          <h3 id="preview-title">Live preview</h3>
          {!preview && (
            <button type="button" className="btn btn-primary" onClick={startPreview} disabled={starting}>
              {starting ? "Starting…" : "Start the preview"}
            </button>
          )}
        </div>
        <ErrorAlert error={previewError} />
        {starting && <Spinner label="Starting the app…" />}
        {preview ? (
          <DevicePreview url={preview.url} devices={preview.devices} />
        ) : (
          !starting && <p className="muted">Runs the generated app and shows it in phone, tablet, laptop and desktop frames.</p>
        )}
      </section>

      {validation && <Results perRequirement={validation.per_requirement} projectId={record.project_id} log={validation.log} />}
      <FileBrowser prototypeId={record.id} files={artifact.files} />
    </>
  );
}

function Results({ perRequirement, projectId, log }: { perRequirement: Record<string, string>; projectId: string; log?: string }) {
  const titles = useRequirementTitles(projectId);
  const entries = Object.entries(perRequirement);
  const counts = entries.reduce<Record<string, number>>((acc, [, r]) => ({ ...acc, [r]: (acc[r] ?? 0) + 1 }), {});
  return (
    <section className="card" aria-labelledby="results-title">
      <h3 id="results-title">Results per requirement</h3>
      <p className="muted small">
        {Object.entries(counts)
          .map(([k, v]) => `${v} ${k}`)
          .join(" · ")}
      </p>
      <DataTable wrapClassName="table-scroll" columns={["Requirement", "Title", "Result"]}>
        {entries.map(([key, result]) => (
          <tr key={key}>
            <td className="mono nowrap">{key}</td>
            <td>{titles[key] ?? ""}</td>
            <td>
              <Badge tone={RESULT_TONE[result] ?? "neutral"}>{result}</Badge>
            </td>
          </tr>
        ))}
      </DataTable>
      {log && (
        <details>
          <summary>Test log</summary>
          <pre className="code code-scroll">{log}</pre>
        </details>
      )}
    </section>
  );
}

function FileBrowser({ prototypeId, files }: { prototypeId: string; files: PrototypeArtifact["files"] }) {
  const [path, setPath] = useState<string | null>(null);
  const [content, setContent] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [filter, setFilter] = useState("");

  const shown = useMemo(
    () => files.filter((f) => f.path.toLowerCase().includes(filter.toLowerCase())).sort((a, b) => a.path.localeCompare(b.path)),
    [files, filter],
  );

  const open = useCallback(
    async (p: string) => {
      setPath(p);
      setContent(null);
      setError(null);
      try {
        const encoded = p.split("/").map(encodeURIComponent).join("/");
        setContent(await (await rawFetch(`/api/v1/prototypes/${prototypeId}/files/${encoded}`)).text());
      } catch (e) {
        setError(e);
      }
    },
    [prototypeId],
  );

  return (
    <section className="card" aria-labelledby="files-title">
      <h3 id="files-title">Files</h3>
      <div className="file-browser">
        <div className="file-list">
          <label className="visually-hidden" htmlFor="file-filter">
            Filter files
          </label>
          <input id="file-filter" type="search" placeholder="Filter files" value={filter} onChange={(e) => setFilter(e.target.value)} />
          <ul aria-label="Generated files">
            {shown.map((f) => (
              <li key={f.path}>
                <button
                  type="button"
                  className={`file ${path === f.path ? "file-on" : ""}`}
                  aria-current={path === f.path ? "true" : undefined}
                  onClick={() => void open(f.path)}
                >
                  <span className="file-path">{f.path}</span>
                  <span className="muted small">{formatBytes(f.size)}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
        <div className="file-view">
          {!path && <p className="muted">Choose a file to read it.</p>}
          {path && (
            <>
              <p className="mono small">{path}</p>
              <ErrorAlert error={error} />
              {content === null && !error ? <Spinner /> : <pre className="code code-scroll" tabIndex={0}>{content}</pre>}
            </>
          )}
        </div>
      </div>
    </section>
  );
}
