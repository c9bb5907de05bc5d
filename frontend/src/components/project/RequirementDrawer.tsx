"use client";

import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { api, ApiError, call, errorMessage, type Requirement, type Schemas } from "@/api/client";
import { Alert, Badge, Drawer, ErrorAlert, FormActions, SelectField, Spinner, TextArea, TextField, useSubmit } from "@/components/ui";
import { formatDate, humanize } from "@/lib/format";
import { CATEGORIES, KINDS, PRIORITIES, PRIORITY_TONE, SEVERITY_TONE, STATUS_TONE, STATUSES } from "./enums";

type DocumentText = Schemas["Document"];

interface Source {
  document_id: string;
  start: number;
  end: number;
  quote?: string;
}

interface Finding {
  rule: string;
  severity: string;
  message: string;
  start?: number | null;
  end?: number | null;
  suggestion?: string;
}

// Ingested texts, shared by every drawer opened on the page.
const texts = new Map<string, Promise<DocumentText>>();
function documentText(id: string): Promise<DocumentText> {
  let cached = texts.get(id);
  if (!cached) {
    cached = call(api.GET("/api/v1/documents/{document_id}/text", { params: { path: { document_id: id } } }));
    cached.catch(() => texts.delete(id));
    texts.set(id, cached);
  }
  return cached;
}

export function RequirementDrawer({
  requirementId,
  canEdit,
  onClose,
  onChanged,
}: {
  requirementId: string;
  canEdit: boolean;
  onClose: () => void;
  onChanged: () => void;
}) {
  const [requirement, setRequirement] = useState<Requirement | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    call(api.GET("/api/v1/requirements/{requirement_id}", { params: { path: { requirement_id: requirementId } } }))
      .then(setRequirement)
      .catch(setError);
  }, [requirementId]);

  const title = requirement ? `${requirement.key} · ${requirement.title}` : "Requirement";
  return (
    <Drawer title={title} onClose={onClose} wide>
      <ErrorAlert error={error} />
      {!requirement && !error && <Spinner />}
      {requirement && editing && (
        <EditRequirement
          requirement={requirement}
          onCancel={() => setEditing(false)}
          onSaved={(r) => {
            setRequirement(r);
            setEditing(false);
            onChanged();
          }}
        />
      )}
      {requirement && !editing && (
        <RequirementView
          requirement={requirement}
          canEdit={canEdit}
          onEdit={() => setEditing(true)}
          onDeleted={() => {
            onChanged();
            onClose();
          }}
        />
      )}
    </Drawer>
  );
}

function RequirementView({
  requirement: r,
  canEdit,
  onEdit,
  onDeleted,
}: {
  requirement: Requirement;
  canEdit: boolean;
  onEdit: () => void;
  onDeleted: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const sources = r.sources as unknown as Source[];
  const findings = r.findings as unknown as Finding[];
  return (
    <div className="stack">
      <div className="badges">
        <Badge tone={PRIORITY_TONE[r.priority]}>{humanize(r.priority)}</Badge>
        <Badge>{humanize(r.kind)}</Badge>
        <Badge>{humanize(r.category)}</Badge>
        <Badge tone={STATUS_TONE[r.status]}>{humanize(r.status)}</Badge>
        <span className="muted small">
          confidence {Math.round(r.confidence * 100)}% · {r.origin} · version {r.version}
          {r.user_edited ? " · edited by a person" : ""} · updated {formatDate(r.updated_at)}
        </span>
      </div>
      <p className="statement">{r.statement}</p>
      {r.rationale && (
        <p className="small" data-testid="rationale">
          <strong>Why:</strong> {r.rationale}
        </p>
      )}
      {canEdit && (
        <div className="form-actions">
          <button type="button" className="btn btn-primary" onClick={onEdit}>
            Edit
          </button>
          <button
            type="button"
            className="btn btn-danger"
            onClick={async () => {
              if (!window.confirm(`Delete ${r.key}?`)) return;
              try {
                await call(api.DELETE("/api/v1/requirements/{requirement_id}", { params: { path: { requirement_id: r.id } } }));
                onDeleted();
              } catch (e) {
                setError(errorMessage(e));
              }
            }}
          >
            Delete
          </button>
        </div>
      )}
      {error && <Alert kind="error">{error}</Alert>}
      <dl className="facts">
        <dt>Actors</dt>
        <dd>{r.actors.length ? r.actors.join(", ") : "—"}</dd>
        <dt>Entities</dt>
        <dd>{r.entities.length ? r.entities.join(", ") : "—"}</dd>
        <dt>Depends on</dt>
        <dd>{r.depends_on.length ? r.depends_on.join(", ") : "—"}</dd>
      </dl>
      <section>
        <h3>Acceptance criteria</h3>
        {r.acceptance_criteria.length === 0 ? (
          <p className="muted">None yet.</p>
        ) : (
          <ol className="criteria">
            {r.acceptance_criteria.map((c, i) => (
              <li key={i}>
                <strong>Given</strong> {c.given}, <strong>when</strong> {c.when}, <strong>then</strong> {c.then}.
              </li>
            ))}
          </ol>
        )}
      </section>
      <section>
        <h3>Findings ({findings.length})</h3>
        {findings.length === 0 ? (
          <p className="muted">No quality findings.</p>
        ) : (
          <ul className="findings">
            {findings.map((f, i) => (
              <li key={i} className={`finding finding-${f.severity}`}>
                <Badge tone={SEVERITY_TONE[f.severity] ?? "neutral"}>{f.severity}</Badge> <strong>{humanize(f.rule)}</strong>: {f.message}
                {f.suggestion && <p className="muted small">{f.suggestion}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h3>Source</h3>
        {sources.length === 0 ? (
          <p className="muted">Added by hand: no source text.</p>
        ) : (
          sources.map((s, i) => <SourceText key={`${s.document_id}-${s.start}-${i}`} source={s} findings={i === 0 ? findings : []} />)
        )}
      </section>
    </div>
  );
}

interface Span {
  start: number;
  end: number;
  kind: "source" | "finding";
  title?: string;
}

/** The document's text with the requirement's source span marked and scrolled into view. */
function SourceText({ source, findings }: { source: Source; findings: Finding[] }) {
  const [doc, setDoc] = useState<DocumentText | null>(null);
  const [error, setError] = useState<unknown>(null);
  const mark = useRef<HTMLElement>(null);

  useEffect(() => {
    documentText(source.document_id).then(setDoc).catch(setError);
  }, [source.document_id]);

  useEffect(() => {
    const el = mark.current;
    const box = el?.closest(".source-text");
    if (el && box instanceof HTMLElement) box.scrollTop = Math.max(0, el.offsetTop - box.clientHeight / 3);
  }, [doc]);

  const pieces = useMemo(() => {
    if (!doc) return [];
    const length = doc.text.length;
    const spans: Span[] = [{ start: source.start, end: source.end, kind: "source" }];
    for (const f of findings) {
      if (f.start == null || f.end == null || f.end <= f.start || f.end > length) continue;
      spans.push({ start: f.start, end: f.end, kind: "finding", title: `${humanize(f.rule)}: ${f.message}` });
    }
    const cuts = new Set<number>([0, length]);
    for (const s of spans) {
      cuts.add(Math.max(0, Math.min(length, s.start)));
      cuts.add(Math.max(0, Math.min(length, s.end)));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const out: { text: string; source: boolean; findings: Span[]; first: boolean; start: number }[] = [];
    let firstSource = true;
    for (let i = 0; i < points.length - 1; i++) {
      const [a, b] = [points[i], points[i + 1]];
      if (a === b) continue;
      const inSource = a >= source.start && b <= source.end;
      const hits = spans.filter((s) => s.kind === "finding" && a >= s.start && b <= s.end);
      out.push({ text: doc.text.slice(a, b), source: inSource, findings: hits, first: inSource && firstSource, start: a });
      if (inSource) firstSource = false;
    }
    return out;
  }, [doc, source.start, source.end, findings]);

  if (error) return <ErrorAlert error={error} />;
  if (!doc) return <Spinner label="Loading the source text…" />;
  return (
    <figure className="source">
      <figcaption>
        <strong>{doc.name}</strong>{" "}
        <span className="muted small">
          characters {source.start}–{source.end}
        </span>
      </figcaption>
      <pre className="source-text" tabIndex={0} aria-label={`Text of ${doc.name}, with the source highlighted`}>
        {pieces.map((p) => {
          let node: ReactNode = p.text;
          if (p.findings.length) {
            node = (
              <span className="finding-span" title={p.findings.map((f) => f.title).join("\n")}>
                {node}
              </span>
            );
          }
          if (p.source) {
            return (
              <mark key={p.start} className="source-mark" data-testid="source-highlight" ref={p.first ? mark : undefined}>
                {node}
              </mark>
            );
          }
          return <span key={p.start}>{node}</span>;
        })}
      </pre>
    </figure>
  );
}

// ---------------------------------------------------------------------------------------------
// Editing and adding.

interface Draft {
  title: string;
  statement: string;
  rationale: string;
  kind: Requirement["kind"];
  category: Requirement["category"];
  priority: Requirement["priority"];
  status: Requirement["status"];
  actors: string;
  entities: string;
  depends_on: string;
  acceptance_criteria: { given: string; when: string; then: string }[];
}

const split = (value: string) =>
  value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);

function draftOf(r?: Requirement): Draft {
  return {
    title: r?.title ?? "",
    statement: r?.statement ?? "",
    rationale: r?.rationale ?? "",
    kind: r?.kind ?? "functional",
    category: r?.category ?? "functional_suitability",
    priority: r?.priority ?? "should",
    status: r?.status ?? "draft",
    actors: r?.actors.join(", ") ?? "",
    entities: r?.entities.join(", ") ?? "",
    depends_on: r?.depends_on.join(", ") ?? "",
    acceptance_criteria: r?.acceptance_criteria.map((c) => ({ ...c })) ?? [],
  };
}

function bodyOf(d: Draft) {
  return {
    title: d.title,
    statement: d.statement,
    rationale: d.rationale, // "" clears it
    kind: d.kind,
    category: d.category,
    priority: d.priority,
    status: d.status,
    actors: split(d.actors),
    entities: split(d.entities),
    depends_on: split(d.depends_on),
    acceptance_criteria: d.acceptance_criteria.filter((c) => c.given || c.when || c.then),
  };
}

function RequirementFields({ draft, onChange, error }: { draft: Draft; onChange: (d: Draft) => void; error: unknown }) {
  const fields = error instanceof ApiError ? error.fields : {};
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => onChange({ ...draft, [key]: value });
  const choice = <K extends "kind" | "category" | "priority" | "status">(key: K, label: string, options: readonly Draft[K][]) => (
    <SelectField label={label} value={draft[key]} onChange={(e) => set(key, e.target.value as Draft[K])} options={options} error={fields[key]} />
  );
  const setCriterion = (i: number, patch: Partial<Draft["acceptance_criteria"][number]>) =>
    set("acceptance_criteria", draft.acceptance_criteria.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const criterionError = (i: number) =>
    Object.entries(fields)
      .filter(([k]) => k.startsWith(`acceptance_criteria.${i}`))
      .map(([, v]) => v)
      .join("; ") || undefined;
  return (
    <>
      <TextField label="Title" required value={draft.title} onChange={(e) => set("title", e.target.value)} error={fields.title} />
      <TextArea label="Statement" required rows={4} value={draft.statement} onChange={(e) => set("statement", e.target.value)} error={fields.statement} />
      <TextArea
        label="Rationale"
        hint="Why the client asked for it"
        rows={2}
        value={draft.rationale}
        onChange={(e) => set("rationale", e.target.value)}
        error={fields.rationale}
      />
      <div className="grid-2">
        {choice("kind", "Kind", KINDS)}
        {choice("category", "Category", CATEGORIES)}
        {choice("priority", "Priority", PRIORITIES)}
        {choice("status", "Status", STATUSES)}
      </div>
      <TextField label="Actors" hint="Comma-separated" value={draft.actors} onChange={(e) => set("actors", e.target.value)} error={fields.actors} />
      <TextField label="Entities" hint="Comma-separated" value={draft.entities} onChange={(e) => set("entities", e.target.value)} error={fields.entities} />
      <TextField
        label="Depends on"
        hint="Requirement keys, comma-separated (e.g. REQ-003)"
        value={draft.depends_on}
        onChange={(e) => set("depends_on", e.target.value)}
        error={fields.depends_on}
      />
      <fieldset className="fieldset">
        <legend>Acceptance criteria</legend>
        {draft.acceptance_criteria.map((c, i) => (
          <div key={i} className="criterion">
            <TextField label={`Given (${i + 1})`} value={c.given} onChange={(e) => setCriterion(i, { given: e.target.value })} />
            <TextField label="When" value={c.when} onChange={(e) => setCriterion(i, { when: e.target.value })} />
            <TextField label="Then" value={c.then} error={criterionError(i)} onChange={(e) => setCriterion(i, { then: e.target.value })} />
            <button
              type="button"
              className="btn btn-small btn-ghost"
              aria-label={`Remove criterion ${i + 1}`}
              onClick={() => set("acceptance_criteria", draft.acceptance_criteria.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          className="btn btn-small"
          onClick={() => set("acceptance_criteria", [...draft.acceptance_criteria, { given: "", when: "", then: "" }])}
        >
          + Add criterion
        </button>
      </fieldset>
    </>
  );
}

const SHOWN = ["title", "statement", "rationale", "kind", "category", "priority", "status", "actors", "entities", "depends_on", "version"];

function EditRequirement({
  requirement,
  onCancel,
  onSaved,
}: {
  requirement: Requirement;
  onCancel: () => void;
  onSaved: (r: Requirement) => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(requirement));
  const [version, setVersion] = useState(requirement.version);
  const [error, setError] = useState<unknown>(null);
  const [theirs, setTheirs] = useState<Requirement | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(expected: number) {
    setBusy(true);
    setError(null);
    try {
      const saved = await call(
        api.PATCH("/api/v1/requirements/{requirement_id}", {
          params: { path: { requirement_id: requirement.id } },
          body: { ...bodyOf(draft), version: expected },
        }),
      );
      setTheirs(null);
      onSaved(saved);
    } catch (e) {
      setError(e);
      if (e instanceof ApiError && e.status === 409) {
        try {
          setTheirs(await call(api.GET("/api/v1/requirements/{requirement_id}", { params: { path: { requirement_id: requirement.id } } })));
        } catch {
          /* the conflict message stays */
        }
      }
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(version);
  }

  return (
    <form onSubmit={submit} noValidate className="stack">
      {theirs ? (
        <div className="alert alert-warning" role="alert">
          <p>
            <strong>Someone else changed {theirs.key} while you were editing</strong> (now version {theirs.version}, updated{" "}
            {formatDate(theirs.updated_at)}).
          </p>
          <p className="small">
            Their title: “{theirs.title}” · priority {theirs.priority} · status {theirs.status}
          </p>
          <p className="small">Their statement: {theirs.statement}</p>
          <div className="form-actions">
            <button
              type="button"
              className="btn"
              onClick={() => {
                setDraft(draftOf(theirs));
                setVersion(theirs.version);
                setTheirs(null);
                setError(null);
              }}
            >
              Load their version (discard my changes)
            </button>
            <button
              type="button"
              className="btn btn-danger"
              onClick={() => {
                setVersion(theirs.version);
                void save(theirs.version);
              }}
            >
              Overwrite with my changes
            </button>
          </div>
        </div>
      ) : (
        <ErrorAlert error={error} shownFields={SHOWN} />
      )}
      <RequirementFields draft={draft} onChange={setDraft} error={error} />
      <FormActions busy={busy} busyLabel="Saving…" label="Save" onCancel={onCancel} />
    </form>
  );
}

export function RequirementForm({
  projectId,
  onClose,
  onSaved,
}: {
  projectId: string;
  onClose: () => void;
  onSaved: (r: Requirement) => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf());
  const { busy, error, onSubmit } = useSubmit();
  const submit = onSubmit(async () => {
    onSaved(
      await call(api.POST("/api/v1/projects/{project_id}/requirements", { params: { path: { project_id: projectId } }, body: bodyOf(draft) })),
    );
  });
  return (
    <Drawer title="Add a requirement" onClose={onClose} wide>
      <form onSubmit={submit} noValidate className="stack">
        <ErrorAlert error={error} shownFields={SHOWN} />
        <RequirementFields draft={draft} onChange={setDraft} error={error} />
        <FormActions busy={busy} busyLabel="Adding…" label="Add requirement" onCancel={onClose} />
      </form>
    </Drawer>
  );
}
