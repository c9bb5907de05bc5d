"use client";

import { useCallback, useEffect, useState } from "react";
import { api, call, type Job, type Requirement } from "@/api/client";
import { Badge, DataTable, EmptyState, ErrorAlert, JobProgress, Pagination, SelectField, Spinner, TextField, useSettledText } from "@/components/ui";
import { humanize } from "@/lib/format";
import { rememberJob, useJob } from "@/lib/jobs";
import { useProject } from "./context";
import { ProjectFindings } from "./ProjectFindings";
import { CATEGORIES, KINDS, PRIORITIES, PRIORITY_TONE, STATUS_TONE, STATUSES } from "./enums";
import { RequirementDrawer, RequirementForm } from "./RequirementDrawer";

const SIZES = [10, 25, 50, 100];

interface Filters {
  kind: string;
  category: string;
  priority: string;
  status: string;
}

export function RequirementsTab() {
  const { project, canEdit } = useProject();
  const [items, setItems] = useState<Requirement[] | null>(null);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(25);
  const [filters, setFilters] = useState<Filters>({ kind: "", category: "", priority: "", status: "" });
  const [text, setText] = useState("");
  const q = useSettledText(text, () => setPage(1));
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [analysis, setAnalysis] = useState<string | null>(null);
  const [analysisError, setAnalysisError] = useState<unknown>(null);
  const [tick, setTick] = useState(0);

  const load = useCallback(async () => {
    try {
      const result = await call(
        api.GET("/api/v1/projects/{project_id}/requirements", {
          params: {
            path: { project_id: project.id },
            query: {
              page,
              size,
              q: q || undefined,
              kind: (filters.kind || undefined) as Requirement["kind"] | undefined,
              category: (filters.category || undefined) as Requirement["category"] | undefined,
              priority: (filters.priority || undefined) as Requirement["priority"] | undefined,
              status: (filters.status || undefined) as Requirement["status"] | undefined,
            },
          },
        }),
      );
      setItems(result.items);
      setTotal(result.total);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [project.id, page, size, q, filters]);

  useEffect(() => {
    void load();
  }, [load, tick]);

  const analysed = useJob(analysis, (job: Job) => {
    if (job.status === "succeeded") setTick((t) => t + 1);
  });

  async function reanalyse() {
    setAnalysisError(null);
    try {
      const accepted = await call(api.POST("/api/v1/projects/{project_id}/analyze", { params: { path: { project_id: project.id } } }));
      rememberJob(project.id, accepted.job, "Re-analysing the documents");
      setAnalysis(accepted.job.id);
    } catch (e) {
      setAnalysisError(e);
    }
  }

  const setFilter = (key: keyof Filters, value: string) => {
    setFilters((f) => ({ ...f, [key]: value }));
    setPage(1);
  };
  const filtered = Boolean(q || filters.kind || filters.category || filters.priority || filters.status);

  return (
    <div className="stack">
      <div className="toolbar">
        <h2>
          Requirements {items && <span className="muted">({total})</span>}
        </h2>
        {canEdit && (
          <div className="toolbar-actions">
            <button type="button" className="btn" onClick={() => setAdding(true)}>
              + Add requirement
            </button>
            <button
              type="button"
              className="btn"
              onClick={reanalyse}
              disabled={analysed.job !== null ? analysed.job.status === "queued" || analysed.job.status === "running" : analysis !== null}
            >
              Re-analyse
            </button>
          </div>
        )}
      </div>
      <ErrorAlert error={analysisError} />
      {analysis && <JobProgress job={analysed.job} error={analysed.error} label="Re-analysis" />}
      <form className="filters" role="search" aria-label="Filter requirements" onSubmit={(e) => e.preventDefault()}>
        <TextField label="Search" type="search" placeholder="Key, title or statement" value={text} onChange={(e) => setText(e.target.value)} />
        <SelectField label="Kind" value={filters.kind} onChange={(e) => setFilter("kind", e.target.value)} options={["", ...KINDS]} />
        <SelectField
          label="Category"
          value={filters.category}
          onChange={(e) => setFilter("category", e.target.value)}
          options={["", ...CATEGORIES]}
        />
        <SelectField
          label="Priority"
          value={filters.priority}
          onChange={(e) => setFilter("priority", e.target.value)}
          options={["", ...PRIORITIES]}
        />
        <SelectField label="Status" value={filters.status} onChange={(e) => setFilter("status", e.target.value)} options={["", ...STATUSES]} />
        <SelectField
          label="Per page"
          value={String(size)}
          onChange={(e) => {
            setSize(Number(e.target.value));
            setPage(1);
          }}
          options={SIZES.map((s) => ({ value: String(s), label: String(s) }))}
        />
        {filtered && (
          <button
            type="button"
            className="btn btn-ghost filters-reset"
            onClick={() => {
              setFilters({ kind: "", category: "", priority: "", status: "" });
              setText("");
            }}
          >
            Clear filters
          </button>
        )}
      </form>
      <ErrorAlert error={error} />
      {items === null && !error && <Spinner label="Loading requirements…" />}
      {items && items.length === 0 && (
        <EmptyState title={filtered ? "No requirement matches these filters." : "No requirements yet."}>
          {!filtered && <p>Upload documents in the Documents tab: requirements appear here once they are read.</p>}
        </EmptyState>
      )}
      {items && items.length > 0 && (
        <DataTable
          className="table-hover"
          label="Requirements"
          columns={["Key", "Title", "Kind", "Category", "Priority", "Status", "Findings", "Confidence"]}
        >
          {items.map((r) => (
            <tr key={r.id} onClick={() => setOpen(r.id)} className="clickable">
              <td className="nowrap mono">{r.key}</td>
              <td>
                <button
                  type="button"
                  className="btn-link text-left"
                  onClick={(e) => {
                    e.stopPropagation();
                    setOpen(r.id);
                  }}
                >
                  {r.title}
                </button>
                {r.origin === "manual" && <Badge tone="info">manual</Badge>}
                {r.user_edited && <Badge>edited</Badge>}
              </td>
              <td className="nowrap">{humanize(r.kind)}</td>
              <td>{humanize(r.category)}</td>
              <td>
                <Badge tone={PRIORITY_TONE[r.priority]}>{humanize(r.priority)}</Badge>
              </td>
              <td>
                <Badge tone={STATUS_TONE[r.status]}>{humanize(r.status)}</Badge>
              </td>
              <td>{r.findings.length > 0 ? <Badge tone="warning">{r.findings.length}</Badge> : <span className="muted">0</span>}</td>
              <td>{Math.round(r.confidence * 100)}%</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} size={size} total={total} onPage={setPage} />
      <ProjectFindings projectId={project.id} tick={tick} />
      {open && (
        <RequirementDrawer
          requirementId={open}
          canEdit={canEdit}
          onClose={() => setOpen(null)}
          onChanged={() => setTick((t) => t + 1)}
        />
      )}
      {adding && (
        <RequirementForm
          projectId={project.id}
          onClose={() => setAdding(false)}
          onSaved={(r) => {
            setAdding(false);
            setTick((t) => t + 1);
            setOpen(r.id);
          }}
        />
      )}
    </div>
  );
}
