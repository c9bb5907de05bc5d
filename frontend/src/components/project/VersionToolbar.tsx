"use client";

import type { ReactNode } from "react";
import { EmptyState, ErrorAlert, JobProgress, Spinner } from "@/components/ui";
import { formatDate } from "@/lib/format";
import type { useGeneratedArtifact } from "./hooks";

interface Props {
  title: string;
  noun: string; // "design", "prototype"
  artifact: ReturnType<typeof useGeneratedArtifact>;
  canEdit: boolean;
  emptyHint: ReactNode; // what generating one gives, shown to editors when there is none yet
}

/** A generated artifact's heading and states: pick a version, generate one, its job, errors, loading. */
export function VersionToolbar({ title, noun, artifact, canEdit, emptyHint }: Props) {
  const { versions, current, setSelected, record, error, jobId, generation, running, generate, startError } = artifact;
  return (
    <>
      <div className="toolbar">
        <h2>{title}</h2>
        <div className="toolbar-actions">
          {versions.items && versions.items.length > 1 && (
            <label className="inline-field">
              Version{" "}
              <select value={current ?? ""} onChange={(e) => setSelected(e.target.value)}>
                {versions.items.map((v) => (
                  <option key={v.id} value={v.id}>
                    v{v.version} · {formatDate(v.created_at)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {canEdit && (
            <button type="button" className="btn btn-primary" onClick={generate} disabled={running}>
              {versions.items?.length ? `Regenerate ${noun}` : `Generate ${noun}`}
            </button>
          )}
        </div>
      </div>
      <ErrorAlert error={startError} />
      {jobId && <JobProgress job={generation.job} error={generation.error} label={`${title} generation`} />}
      <ErrorAlert error={versions.error ?? error} />
      {versions.items === null && !versions.error && <Spinner label={`Loading ${noun}s…`} />}
      {versions.items?.length === 0 && !jobId && (
        <EmptyState title={`No ${noun} yet.`}>
          <p>{canEdit ? emptyHint : "The project's editors have not generated one yet."}</p>
        </EmptyState>
      )}
      {current && !record && !error && <Spinner label={`Loading the ${noun}…`} />}
    </>
  );
}
