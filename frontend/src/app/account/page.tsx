"use client";

import { useState } from "react";
import { api, call, updateUser } from "@/api/client";
import { AppShell } from "@/components/AppShell";
import { Alert, ErrorAlert, TextField, useSubmit } from "@/components/ui";
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
  const { error, fields, onSubmit } = useSubmit();
  const [saved, setSaved] = useState(false);
  const submit = onSubmit(async () => {
    setSaved(false);
    updateUser(await call(api.PATCH("/api/v1/users/me", { body: { name } })));
    setSaved(true);
  });
  return (
    <form className="card" onSubmit={submit} noValidate>
      <h2>Profile</h2>
      <p className="muted">{user?.email}</p>
      <ErrorAlert error={error} shownFields={["name"]} />
      {saved && <Alert kind="success">Saved.</Alert>}
      <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} error={fields.name} />
      <button className="btn btn-primary" type="submit">
        Save
      </button>
    </form>
  );
}

function Password() {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const { error, fields, onSubmit } = useSubmit();
  const [saved, setSaved] = useState(false);
  const submit = onSubmit(async () => {
    setSaved(false);
    updateUser(await call(api.PATCH("/api/v1/users/me", { body: { current_password: current, new_password: next } })));
    setSaved(true);
    setCurrent("");
    setNext("");
  });
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
