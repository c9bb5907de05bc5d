"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { api, ApiError, call, type Client, type Project } from "@/api/client";
import { AppShell } from "@/components/AppShell";
import { Badge, Drawer, EmptyState, ErrorAlert, FormActions, Pagination, SelectField, Spinner, TextArea, TextField, useSettledText, useSubmit } from "@/components/ui";
import { formatDate, humanize } from "@/lib/format";

const SIZE = 20;
const STATUSES = ["", "active", "on_hold", "completed", "archived"] as const;
type Status = Exclude<(typeof STATUSES)[number], "">;

export default function ProjectsPage() {
  return (
    <AppShell>
      <Projects />
    </AppShell>
  );
}

function Projects() {
  const [items, setItems] = useState<Project[] | null>(null);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(1);
  const [q, setQ] = useState("");
  const query = useSettledText(q, () => setPage(1));
  const [status, setStatus] = useState("");
  const [clients, setClients] = useState<Client[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);

  const loadClients = useCallback(async () => {
    try {
      const result = await call(api.GET("/api/v1/clients", { params: { query: { size: 100 } } }));
      setClients(result.items);
    } catch {
      /* the picker just stays empty */
    }
  }, []);

  useEffect(() => {
    let cancelled = false;
    call(
      api.GET("/api/v1/projects", {
        params: { query: { page, size: SIZE, q: query || undefined, status: (status || undefined) as Status | undefined } },
      }),
    )
      .then((result) => {
        if (cancelled) return;
        setItems(result.items);
        setTotal(result.total);
        setError(null);
      })
      .catch((e) => !cancelled && setError(e));
    return () => {
      cancelled = true;
    };
  }, [page, query, status]);

  useEffect(() => {
    void loadClients();
  }, [loadClients]);

  const clientName = (id: string | null) => clients.find((c) => c.id === id)?.name;

  return (
    <>
      <div className="page-header">
        <h1>Projects</h1>
        <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
          + New project
        </button>
      </div>
      <div className="filters" role="search">
        <TextField label="Search" type="search" placeholder="Project name" value={q} onChange={(e) => setQ(e.target.value)} />
        <SelectField
          label="Status"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value);
            setPage(1);
          }}
          options={STATUSES}
        />
      </div>
      <ErrorAlert error={error} />
      {items === null && !error && <Spinner label="Loading projects…" />}
      {items && items.length === 0 && (
        <EmptyState title={query || status ? "No project matches these filters." : "No projects yet."}>
          {!query && !status && (
            <>
              <p>Create one, then drop in the client&apos;s meeting notes, transcripts or documents.</p>
              <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
                Create your first project
              </button>
            </>
          )}
        </EmptyState>
      )}
      {items && items.length > 0 && (
        <ul className="project-grid" aria-label="Projects">
          {items.map((p) => (
            <li key={p.id} className="card project-card">
              <h2>
                <Link href={`/project/?id=${p.id}`}>{p.name}</Link>
              </h2>
              {clientName(p.client_id) && <p className="muted">Client: {clientName(p.client_id)}</p>}
              {p.description && <p className="project-description">{p.description}</p>}
              <p className="project-meta">
                <Badge tone={p.status === "active" ? "success" : "neutral"}>{humanize(p.status)}</Badge>
                {p.role && <Badge>{humanize(p.role)}</Badge>}
                <span className="muted small">Updated {formatDate(p.updated_at)}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} size={SIZE} total={total} onPage={setPage} />
      {creating && (
        <CreateProject
          clients={clients}
          onClose={() => setCreating(false)}
          onClientCreated={(c) => setClients((all) => [...all, c])}
        />
      )}
    </>
  );
}

const NEW_CLIENT = "__new__";

function CreateProject({
  clients,
  onClose,
  onClientCreated,
}: {
  clients: Client[];
  onClose: () => void;
  onClientCreated: (c: Client) => void;
}) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [projectType, setProjectType] = useState("web_app");
  const [clientId, setClientId] = useState("");
  const [clientName, setClientName] = useState("");
  const [clientIndustry, setClientIndustry] = useState("");
  const [clientEmail, setClientEmail] = useState("");
  const { busy, error, fields, onSubmit } = useSubmit();
  const [clientError, setClientError] = useState<unknown>(null);

  const submit = onSubmit(async () => {
    setClientError(null);
    let client_id: string | null = clientId && clientId !== NEW_CLIENT ? clientId : null;
    if (clientId === NEW_CLIENT) {
      try {
        const client = await call(
          api.POST("/api/v1/clients", {
            body: { name: clientName, industry: clientIndustry || null, contact_email: clientEmail || null },
          }),
        );
        onClientCreated(client);
        setClientId(client.id);
        client_id = client.id;
      } catch (e) {
        setClientError(e);
        return;
      }
    }
    const project = await call(
      api.POST("/api/v1/projects", {
        body: { name, description: description || null, client_id, project_type: projectType },
      }),
    );
    router.push(`/project/?id=${project.id}&tab=documents`);
  });

  const clientFields = clientError instanceof ApiError ? clientError.fields : {};
  return (
    <Drawer title="New project" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <ErrorAlert error={error} shownFields={["name", "description", "client_id", "project_type"]} />
        <TextField label="Project name" required value={name} onChange={(e) => setName(e.target.value)} error={fields.name} autoFocus />
        <TextArea label="Description" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} error={fields.description} />
        <SelectField
          label="Kind of application"
          value={projectType}
          onChange={(e) => setProjectType(e.target.value)}
          error={fields.project_type}
          options={[
            { value: "web_app", label: "Web application" },
            { value: "mobile_app", label: "Mobile application" },
            { value: "api", label: "API / back end" },
            { value: "internal_tool", label: "Internal tool" },
          ]}
        />
        <SelectField
          label="Client"
          value={clientId}
          onChange={(e) => setClientId(e.target.value)}
          error={fields.client_id}
          options={[
            { value: "", label: "No client" },
            ...clients.map((c) => ({ value: c.id, label: c.name })),
            { value: NEW_CLIENT, label: "+ New client…" },
          ]}
        />
        {clientId === NEW_CLIENT && (
          <fieldset className="fieldset">
            <legend>New client</legend>
            <ErrorAlert error={clientError} shownFields={["name", "industry", "contact_email"]} />
            <TextField label="Client name" required value={clientName} onChange={(e) => setClientName(e.target.value)} error={clientFields.name} />
            <TextField label="Industry" value={clientIndustry} onChange={(e) => setClientIndustry(e.target.value)} error={clientFields.industry} />
            <TextField
              label="Contact e-mail"
              type="email"
              value={clientEmail}
              onChange={(e) => setClientEmail(e.target.value)}
              error={clientFields.contact_email}
            />
          </fieldset>
        )}
        <FormActions busy={busy} busyLabel="Creating…" label="Create project" onCancel={onClose} />
      </form>
    </Drawer>
  );
}
