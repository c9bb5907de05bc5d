"use client";

import { useCallback, useEffect, useState } from "react";
import { api, call, errorMessage, type Member, type Role, type Schemas } from "@/api/client";
import { Alert, Badge, DataTable, ErrorAlert, SelectField, Spinner, SubmitButton, TextField, useSubmit } from "@/components/ui";
import { useAuth } from "@/lib/auth";
import { formatDate, humanize } from "@/lib/format";
import { useProject } from "./context";

const ROLES: Role[] = ["viewer", "editor", "owner"];
const ROLE_HELP: Record<Role, string> = {
  viewer: "reads everything",
  editor: "also changes content",
  owner: "also manages members and deletes",
};

export function MembersTab() {
  const { project, isOwner, reload: reloadProject } = useProject();
  const { user } = useAuth();
  const [members, setMembers] = useState<Member[] | null>(null);
  const [invitations, setInvitations] = useState<Schemas["InvitationRead"][]>([]);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      const page = await call(
        api.GET("/api/v1/projects/{project_id}/members", { params: { path: { project_id: project.id }, query: { size: 100 } } }),
      );
      setMembers(page.items);
      setError(null);
      if (isOwner) {
        setInvitations(await call(api.GET("/api/v1/projects/{project_id}/invitations", { params: { path: { project_id: project.id } } })));
      }
    } catch (e) {
      setError(e);
    }
  }, [project.id, isOwner]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="stack">
      <h2>Members</h2>
      {!isOwner && <p className="muted">Only the project&apos;s owners can invite people or change roles.</p>}
      {isOwner && <Invite projectId={project.id} onDone={() => void load()} />}
      <ErrorAlert error={error} />
      {members === null && !error && <Spinner label="Loading members…" />}
      {members && (
        <DataTable label="Members" columns={["Name", "E-mail", "Role", "Joined", isOwner && { label: "Actions", hidden: true }]}>
          {members.map((m) => (
            <MemberRow
              key={m.user_id}
              member={m}
              projectId={project.id}
              editable={isOwner}
              isSelf={m.user_id === user?.id}
              onChanged={async () => {
                await load();
                if (m.user_id === user?.id) await reloadProject();
              }}
            />
          ))}
        </DataTable>
      )}
      {isOwner && invitations.length > 0 && (
        <section aria-labelledby="invites-title">
          <h3 id="invites-title">Pending invitations</h3>
          <ul>
            {invitations.map((i) => (
              <li key={i.email}>
                {i.email} as <Badge>{humanize(i.role)}</Badge> <span className="muted small">expires {formatDate(i.expires_at)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function Invite({ projectId, onDone }: { projectId: string; onDone: () => void }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("editor");
  const { busy, error, fields, onSubmit } = useSubmit();
  const [done, setDone] = useState<string | null>(null);
  const submit = onSubmit(async () => {
    setDone(null);
    const result = await call(api.POST("/api/v1/projects/{project_id}/members", { params: { path: { project_id: projectId } }, body: { email, role } }));
    setDone(
      result.status === "added"
        ? `${email} was added as ${role}.`
        : `${email} has no account yet: we sent an invitation to join as ${role}.`,
    );
    setEmail("");
    onDone();
  });
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="invite-title">
      <h3 id="invite-title">Invite someone</h3>
      <ErrorAlert error={error} shownFields={["email", "role"]} />
      {done && <Alert kind="success">{done}</Alert>}
      <div className="form-row invite-row">
        <TextField label="E-mail" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} error={fields.email} />
        <SelectField
          label="Role"
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          error={fields.role}
          options={ROLES.map((r) => ({ value: r, label: `${humanize(r)} — ${ROLE_HELP[r]}` }))}
        />
      </div>
      <SubmitButton busy={busy} disabled={!email} busyLabel="Inviting…" label="Invite" />
    </form>
  );
}

function MemberRow({
  member: m,
  projectId,
  editable,
  isSelf,
  onChanged,
}: {
  member: Member;
  projectId: string;
  editable: boolean;
  isSelf: boolean;
  onChanged: () => Promise<void>;
}) {
  const { busy, error: failure, run } = useSubmit();
  const error = failure == null ? null : errorMessage(failure);
  const path = { project_id: projectId, user_id: m.user_id };

  async function changeRole(role: Role) {
    if (isSelf && role !== "owner" && !window.confirm("Lower your own role? You may lose the right to manage members.")) return;
    await run(async () => {
      await call(api.PATCH("/api/v1/projects/{project_id}/members/{user_id}", { params: { path }, body: { role } }));
      await onChanged();
    });
  }

  async function remove() {
    if (!window.confirm(isSelf ? "Leave this project?" : `Remove ${m.name || m.email} from the project?`)) return;
    await run(async () => {
      await call(api.DELETE("/api/v1/projects/{project_id}/members/{user_id}", { params: { path } }));
      await onChanged();
    });
  }

  return (
    <tr>
      <td>
        {m.name} {isSelf && <Badge tone="info">you</Badge>}
      </td>
      <td>{m.email}</td>
      <td>
        {editable ? (
          <select aria-label={`Role of ${m.name || m.email}`} value={m.role} disabled={busy} onChange={(e) => void changeRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {humanize(r)}
              </option>
            ))}
          </select>
        ) : (
          <Badge>{humanize(m.role)}</Badge>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </td>
      <td className="small">{formatDate(m.joined_at)}</td>
      {editable && (
        <td className="actions">
          <button type="button" className="btn btn-small btn-danger" disabled={busy} onClick={remove} aria-label={`Remove ${m.name || m.email}`}>
            Remove
          </button>
        </td>
      )}
    </tr>
  );
}
