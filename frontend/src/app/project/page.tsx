"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { Suspense, useCallback, useEffect, useState } from "react";
import { api, call, type Project } from "@/api/client";
import { AppShell } from "@/components/AppShell";
import { DesignTab } from "@/components/project/DesignTab";
import { DocumentsTab } from "@/components/project/DocumentsTab";
import { ExportsTab } from "@/components/project/ExportsTab";
import { MembersTab } from "@/components/project/MembersTab";
import { OverviewTab } from "@/components/project/OverviewTab";
import { PlanTab } from "@/components/project/PlanTab";
import { ProjectContext } from "@/components/project/context";
import { PrototypeTab } from "@/components/project/PrototypeTab";
import { RequirementsTab } from "@/components/project/RequirementsTab";
import { Badge, ErrorAlert, Spinner } from "@/components/ui";
import { humanize } from "@/lib/format";

const TABS = [
  ["overview", "Overview"],
  ["documents", "Documents"],
  ["requirements", "Requirements"],
  ["design", "Design"],
  ["prototype", "Prototype"],
  ["plan", "Plan"],
  ["exports", "Exports"],
  ["members", "Members"],
] as const;
type Tab = (typeof TABS)[number][0];

export default function ProjectPage() {
  return (
    <AppShell>
      <Suspense fallback={<Spinner />}>
        <ProjectView />
      </Suspense>
    </AppShell>
  );
}

function ProjectView() {
  const params = useSearchParams();
  const id = params.get("id");
  const tabParam = params.get("tab") ?? "overview";
  const tab: Tab = (TABS.find(([t]) => t === tabParam)?.[0] ?? "overview") as Tab;
  const [project, setProject] = useState<Project | null>(null);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    if (!id) return;
    try {
      setProject(await call(api.GET("/api/v1/projects/{project_id}", { params: { path: { project_id: id } } })));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [id]);

  useEffect(() => {
    setProject(null);
    void reload();
  }, [reload]);

  useEffect(() => {
    if (project) document.title = `${project.name} · ${TABS.find(([t]) => t === tab)?.[1]} · Auto AGI Builder`;
  }, [project, tab]);

  if (!id) {
    return (
      <div className="card">
        <h1>No project selected</h1>
        <p>
          <Link href="/projects/">Choose a project</Link>
        </p>
      </div>
    );
  }
  if (error && !project) {
    return (
      <>
        <ErrorAlert error={error} />
        <p>
          <Link href="/projects/">← Back to your projects</Link>
        </p>
      </>
    );
  }
  if (!project) return <Spinner label="Loading the project…" />;

  const role = project.role ?? "viewer";
  const context = { project, role, canEdit: role === "owner" || role === "editor", isOwner: role === "owner", reload };
  return (
    <ProjectContext.Provider value={context}>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/projects/">Projects</Link> <span aria-hidden="true">/</span> <span>{project.name}</span>
      </nav>
      <div className="page-header">
        <h1>{project.name}</h1>
        <div className="project-meta">
          <Badge tone={project.status === "active" ? "success" : "neutral"}>{humanize(project.status)}</Badge>
          <Badge tone={role === "viewer" ? "warning" : "neutral"}>Your role: {humanize(role)}</Badge>
        </div>
      </div>
      {role === "viewer" && (
        <p className="alert alert-info" role="note">
          You can read this project; only its owners and editors can change it.
        </p>
      )}
      <nav className="tabs" aria-label="Project sections">
        {TABS.map(([key, label]) => (
          <Link
            key={key}
            href={`/project/?id=${id}&tab=${key}`}
            className={`tab ${key === tab ? "tab-active" : ""}`}
            aria-current={key === tab ? "page" : undefined}
            scroll={false}
          >
            {label}
          </Link>
        ))}
      </nav>
      <section className="tab-panel" aria-label={TABS.find(([t]) => t === tab)?.[1]}>
        {tab === "overview" && <OverviewTab />}
        {tab === "documents" && <DocumentsTab />}
        {tab === "requirements" && <RequirementsTab />}
        {tab === "design" && <DesignTab />}
        {tab === "prototype" && <PrototypeTab />}
        {tab === "plan" && <PlanTab />}
        {tab === "exports" && <ExportsTab />}
        {tab === "members" && <MembersTab />}
      </section>
    </ProjectContext.Provider>
  );
}
