"use client";

import { formatDate } from "@/lib/format";

interface Props {
  title: string;
  noun: string; // "design", "prototype"
  versions: { id: string; version: number; created_at: string }[] | null;
  current: string | null;
  onSelect: (id: string) => void;
  canEdit: boolean;
  running: boolean;
  onGenerate: () => void;
}

/** A generated artifact's heading: pick a version, generate a new one. */
export function VersionToolbar({ title, noun, versions, current, onSelect, canEdit, running, onGenerate }: Props) {
  return (
    <div className="toolbar">
      <h2>{title}</h2>
      <div className="toolbar-actions">
        {versions && versions.length > 1 && (
          <label className="inline-field">
            Version{" "}
            <select value={current ?? ""} onChange={(e) => onSelect(e.target.value)}>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  v{v.version} · {formatDate(v.created_at)}
                </option>
              ))}
            </select>
          </label>
        )}
        {canEdit && (
          <button type="button" className="btn btn-primary" onClick={onGenerate} disabled={running}>
            {versions?.length ? `Regenerate ${noun}` : `Generate ${noun}`}
          </button>
        )}
      </div>
    </div>
  );
}
