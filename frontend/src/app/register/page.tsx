"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { type FormEvent, Suspense, useState } from "react";
import { api, ApiError, call } from "@/api/client";
import { AuthCard } from "@/components/AppShell";
import { Alert, ErrorAlert, TextField } from "@/components/ui";

export default function RegisterPage() {
  return (
    <Suspense>
      <Register />
    </Suspense>
  );
}

function Register() {
  const invited = useSearchParams().get("email");
  const [name, setName] = useState("");
  const [email, setEmail] = useState(invited ?? "");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const [resent, setResent] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await call(api.POST("/api/v1/auth/register", { body: { name, email, password } }));
      setSent(email);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (sent) {
    return (
      <AuthCard title="Check your inbox">
        <Alert kind="success">
          We sent a confirmation link to <strong>{sent}</strong>. Open it to activate your account, then sign in.
        </Alert>
        <p className="muted">
          Running locally? The e-mail is a file in <code>data/outbox/</code>.
        </p>
        {resent ? (
          <p role="status">A new link is on its way.</p>
        ) : (
          <p>
            No e-mail?{" "}
            <button
              type="button"
              className="btn btn-link"
              onClick={async () => {
                try {
                  await call(api.POST("/api/v1/auth/verify-email/resend", { body: { email: sent } }));
                  setResent(true);
                } catch (e) {
                  setError(e);
                }
              }}
            >
              Send it again
            </button>
          </p>
        )}
        <ErrorAlert error={error} />
        <p className="auth-links">
          <Link href={`/login/?email=${encodeURIComponent(sent)}`}>Go to sign in</Link>
        </p>
      </AuthCard>
    );
  }

  const fields = error instanceof ApiError ? error.fields : {};
  return (
    <AuthCard title="Create your account">
      {invited && <Alert kind="info">You were invited to a project: create your account with {invited} to join it.</Alert>}
      <form onSubmit={submit} noValidate>
        <ErrorAlert error={error} shownFields={["name", "email", "password"]} />
        <TextField label="Your name" autoComplete="name" required value={name} onChange={(e) => setName(e.target.value)} error={fields.name} />
        <TextField
          label="E-mail"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fields.email}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fields.password}
          hint="At least 10 characters; a passphrase of a few words works well."
        />
        <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
          {busy ? "Creating…" : "Create account"}
        </button>
      </form>
      <p className="auth-links">
        <span>
          Already have an account? <Link href="/login/">Sign in</Link>
        </span>
      </p>
    </AuthCard>
  );
}
