"use client";

import { useState } from "react";
import { Badge, DataTable } from "@/components/ui";
import { formatDate, humanize } from "@/lib/format";
import { useProject } from "./context";
import { useGeneratedArtifact } from "./hooks";
import { VersionToolbar } from "./VersionToolbar";
import { MermaidDiagram } from "./Mermaid";

interface DesignArtifact {
  entities: {
    name: string;
    fields: { name: string; type: string; required: boolean; unique: boolean }[];
    relations: (string | { kind?: string; target?: string; name?: string; type?: string })[];
    requirement_ids?: string[];
  }[];
  roles: string[];
  endpoints: { method: string; path: string; summary: string; requirement_ids: string[] }[];
  pages: { name: string; route: string; requirement_ids: string[] }[];
  decisions: { title: string; context: string; decision: string; consequences: string; requirement_ids: string[] }[];
  diagrams: Record<string, string>;
  unanswered_requirement_ids?: string[];
}

function Reqs({ ids }: { ids?: string[] }) {
  if (!ids?.length) return <span className="muted">—</span>;
  return (
    <span className="chips">
      {ids.map((id) => (
        <Badge key={id}>{id}</Badge>
      ))}
    </span>
  );
}

function relationText(r: DesignArtifact["entities"][number]["relations"][number]): string {
  if (typeof r === "string") return r;
  return Object.entries(r)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(", ");
}

const DIAGRAM_TITLES: Record<string, string> = { container: "Context and containers", er: "Entity relationships" };

export function DesignTab() {
  const { project, canEdit } = useProject();
  const generated = useGeneratedArtifact("designs", project.id, "Generating the design");
  const { record } = generated;

  const design = record?.artifact as unknown as DesignArtifact | undefined;
  return (
    <div className="stack">
      <VersionToolbar
        title="Design"
        noun="design"
        artifact={generated}
        canEdit={canEdit}
        emptyHint="Generate one from the requirements: domain model, REST API, pages, decisions and diagrams."
      />
      {record && design && <DesignView design={design} version={record.version} created={record.created_at} />}
    </div>
  );
}

const SECTIONS = [
  ["entities", "Entities"],
  ["api", "REST API"],
  ["pages", "Pages"],
  ["decisions", "Decisions"],
  ["diagrams", "Diagrams"],
] as const;
type Section = (typeof SECTIONS)[number][0];

function DesignView({ design, version, created }: { design: DesignArtifact; version: number; created: string }) {
  const [section, setSection] = useState<Section>("entities");
  const count: Record<Section, number> = {
    entities: design.entities.length,
    api: design.endpoints.length,
    pages: design.pages.length,
    decisions: design.decisions.length,
    diagrams: Object.keys(design.diagrams).length,
  };
  return (
    <>
      <p className="muted">
        Version {version} · {formatDate(created)} · {design.entities.length} entities · {design.endpoints.length} endpoints ·{" "}
        {design.pages.length} pages · {design.decisions.length} decisions
        {design.roles.length > 0 && <> · roles: {design.roles.join(", ")}</>}
      </p>
      {design.unanswered_requirement_ids && design.unanswered_requirement_ids.length > 0 && (
        <div className="alert alert-warning" role="status">
          Requirements no design element answers yet: <Reqs ids={design.unanswered_requirement_ids} />
        </div>
      )}
      <fieldset className="segmented section-switch">
        <legend className="visually-hidden">Part of the design</legend>
        {SECTIONS.map(([key, label]) => (
          <label key={key} className={`segment ${section === key ? "segment-on" : ""}`}>
            <input type="radio" name="design-section" value={key} checked={section === key} onChange={() => setSection(key)} />
            {label} ({count[key]})
          </label>
        ))}
      </fieldset>
      {section === "entities" && (
      <section className="card" aria-labelledby="entities-title">
        <h3 id="entities-title">Entities</h3>
        <div className="entity-grid">
          {design.entities.map((entity) => (
            <div key={entity.name} className="entity">
              <h4>{entity.name}</h4>
              <DataTable columns={["Field", "Type", "Rules"]}>
                {entity.fields.map((f) => (
                  <tr key={f.name}>
                    <td className="mono">{f.name}</td>
                    <td>{f.type}</td>
                    <td className="small">{[f.required && "required", f.unique && "unique"].filter(Boolean).join(", ") || "—"}</td>
                  </tr>
                ))}
              </DataTable>
              {entity.relations.length > 0 && <p className="small">Relations: {entity.relations.map(relationText).join("; ")}</p>}
              <p className="small">
                Answers: <Reqs ids={entity.requirement_ids} />
              </p>
            </div>
          ))}
        </div>
      </section>
      )}
      {section === "api" && (
      <section className="card" aria-labelledby="endpoints-title">
        <h3 id="endpoints-title">REST API</h3>
        <DataTable wrapClassName="table-scroll-tall" columns={["Method", "Path", "Summary", "Requirements"]}>
          {design.endpoints.map((e) => (
            <tr key={`${e.method} ${e.path}`}>
              <td>
                <Badge tone={e.method === "GET" ? "info" : e.method === "DELETE" ? "danger" : "success"}>{e.method}</Badge>
              </td>
              <td className="mono">{e.path}</td>
              <td>{e.summary}</td>
              <td>
                <Reqs ids={e.requirement_ids} />
              </td>
            </tr>
          ))}
        </DataTable>
      </section>
      )}
      {section === "pages" && (
      <section className="card" aria-labelledby="pages-title">
        <h3 id="pages-title">Pages</h3>
        <DataTable wrapClassName="table-scroll-tall" columns={["Page", "Route", "Requirements"]}>
          {design.pages.map((p) => (
            <tr key={p.route + p.name}>
              <td>{p.name}</td>
              <td className="mono">{p.route}</td>
              <td>
                <Reqs ids={p.requirement_ids} />
              </td>
            </tr>
          ))}
        </DataTable>
      </section>
      )}
      {section === "decisions" && (
      <section className="card" aria-labelledby="adr-title">
        <h3 id="adr-title">Architecture decisions</h3>
        {design.decisions.map((d, i) => (
          <details key={d.title} className="adr">
            <summary>
              ADR {String(i + 1).padStart(3, "0")}: {d.title}
            </summary>
            <dl className="facts">
              <dt>Context</dt>
              <dd>{d.context}</dd>
              <dt>Decision</dt>
              <dd>{d.decision}</dd>
              <dt>Consequences</dt>
              <dd>{d.consequences}</dd>
              <dt>Requirements</dt>
              <dd>
                <Reqs ids={d.requirement_ids} />
              </dd>
            </dl>
          </details>
        ))}
      </section>
      )}
      {section === "diagrams" && (
      <section className="card stack" aria-labelledby="diagrams-title">
        <h3 id="diagrams-title">Diagrams</h3>
        {Object.entries(design.diagrams).map(([name, source]) => (
          <MermaidDiagram
            key={name}
            source={source}
            title={DIAGRAM_TITLES[name] ?? humanize(name.replace(/^sequence_/, "sequence: "))}
          />
        ))}
      </section>
      )}
    </>
  );
}
