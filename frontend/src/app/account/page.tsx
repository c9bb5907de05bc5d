"use client";

import { type FormEvent, useState } from "react";
import { api, ApiError, call, updateUser } from "@/api/client";
import { AppShell } from "@/components/AppShell";
import { Alert, ErrorAlert, TextField } from "@/components/ui";
import { useAuth } from "@/lib/auth";

export default function AccountPage() {
  return (
    <AppShell>
      <h1>Your account</h1>
      <div className="grid-2">
        <Profile />
        <Password />
      </div>
    </AppShell>
  );
}

function Profile() {
  const { user } = useAuth();
  const [name, setName] = useState(user?.name ?? "");
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    try {
      updateUser(await call(api.PATCH("/api/v1/users/me", { body: { name } })));
      setSaved(true);
    } catch (e) {
      setError(e);
    }
  }
  return (
    <form className="card" onSubmit={submit} noValidate>
      <h2>Profile</h2>
      <p className="muted">{user?.email}</p>
      <ErrorAlert error={error} shownFields={["name"]} />
      {saved && <Alert kind="success">Saved.</Alert>}
      <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} error={error instanceof ApiError ? error.fields.name : undefined} />
      <button className="btn btn-primary" type="submit">
        Save
      </button>
    </form>
  );
}

function Password() {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    try {
      updateUser(await call(api.PATCH("/api/v1/users/me", { body: { current_password: current, new_password: next } })));
      setSaved(true);
      setCurrent("");
      setNext("");
    } catch (e) {
      setError(e);
    }
  }
  const fields = error instanceof ApiError ? error.fields : {};
  return (
    <form className="card" onSubmit={submit} noValidate>
      <h2>Change password</h2>
      <ErrorAlert error={error} shownFields={["current_password", "new_password"]} />
      {saved && <Alert kind="success">Your password was changed.</Alert>}
      <TextField label="Current password" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} error={fields.current_password} />
      <TextField label="New password" type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} error={fields.new_password} />
      <button className="btn btn-primary" type="submit" disabled={!current || !next}>
        Change password
      </button>
    </form>
  );
}
