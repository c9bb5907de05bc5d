"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { api, call } from "@/api/client";
import { AuthCard } from "@/components/AppShell";
import { EmailField, NewPasswordField } from "@/components/AuthForm";
import { Alert, ErrorAlert, SubmitButton, TextField, useSubmit, withSuspense } from "@/components/ui";

export default withSuspense(Register);

function Register() {
  const invited = useSearchParams().get("email");
  const [name, setName] = useState("");
  const [email, setEmail] = useState(invited ?? "");
  const [password, setPassword] = useState("");
  const { busy, error, setError, fields, onSubmit } = useSubmit();
  const [sent, setSent] = useState<string | null>(null);
  const [resent, setResent] = useState(false);

  const submit = onSubmit(async () => {
    await call(api.POST("/api/v1/auth/register", { body: { name, email, password } }));
    setSent(email);
  });

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

  return (
    <AuthCard title="Create your account">
      {invited && <Alert kind="info">You were invited to a project: create your account with {invited} to join it.</Alert>}
      <form onSubmit={submit} noValidate>
        <ErrorAlert error={error} shownFields={["name", "email", "password"]} />
        <TextField label="Your name" autoComplete="name" required value={name} onChange={(e) => setName(e.target.value)} error={fields.name} />
        <EmailField value={email} onChange={setEmail} error={fields.email} />
        <NewPasswordField
          label="Password"
          value={password}
          onChange={setPassword}
          error={fields.password}
          hint="At least 10 characters; a passphrase of a few words works well."
        />
        <SubmitButton block busy={busy} busyLabel="Creating…" label="Create account" />
      </form>
      <p className="auth-links">
        <span>
          Already have an account? <Link href="/login/">Sign in</Link>
        </span>
      </p>
    </AuthCard>
  );
}
