"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { type FormEvent, Suspense, useState } from "react";
import { api, ApiError, call } from "@/api/client";
import { AuthCard } from "@/components/AppShell";
import { Alert, ErrorAlert, TextField } from "@/components/ui";

export default function ResetPasswordPage() {
  return (
    <Suspense>
      <ResetPassword />
    </Suspense>
  );
}

function ResetPassword() {
  const token = useSearchParams().get("token");
  return token ? <Confirm token={token} /> : <Request />;
}

function Request() {
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await call(api.POST("/api/v1/auth/password-reset/request", { body: { email } }));
      setSent(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <AuthCard title="Reset your password">
      {sent ? (
        <Alert kind="success">
          If <strong>{email}</strong> has an account, we sent it a link to choose a new password. Check your inbox.
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <p className="muted">We will e-mail you a link to choose a new password.</p>
          <ErrorAlert error={error} shownFields={["email"]} />
          <TextField
            label="E-mail"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={error instanceof ApiError ? error.fields.email : undefined}
          />
          <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
            {busy ? "Sending…" : "Send the link"}
          </button>
        </form>
      )}
      <p className="auth-links">
        <Link href="/login/">Back to sign in</Link>
      </p>
    </AuthCard>
  );
}

function Confirm({ token }: { token: string }) {
  const router = useRouter();
  const [password, setPassword] = useState("");
  const [again, setAgain] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const mismatch = again.length > 0 && password !== again ? "The two passwords differ." : undefined;
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password !== again) return;
    setBusy(true);
    setError(null);
    try {
      await call(api.POST("/api/v1/auth/password-reset/confirm", { body: { token, new_password: password } }));
      router.replace("/login/?reset=1");
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  const fields = error instanceof ApiError ? error.fields : {};
  const badToken = error instanceof ApiError && error.code === "invalid_token";
  return (
    <AuthCard title="Choose a new password">
      <form onSubmit={submit} noValidate>
        <ErrorAlert error={error} shownFields={["new_password", "token"]} />
        {badToken && (
          <p>
            <Link href="/reset-password/">Ask for a new link</Link>
          </p>
        )}
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fields.new_password}
          hint="At least 10 characters."
        />
        <TextField
          label="Repeat the new password"
          type="password"
          autoComplete="new-password"
          required
          value={again}
          onChange={(e) => setAgain(e.target.value)}
          error={mismatch}
        />
        <button type="submit" className="btn btn-primary btn-block" disabled={busy || !password || password !== again}>
          {busy ? "Saving…" : "Set the new password"}
        </button>
      </form>
      <p className="auth-links">
        <Link href="/login/">Back to sign in</Link>
      </p>
    </AuthCard>
  );
}
