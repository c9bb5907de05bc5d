"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { type FormEvent, Suspense, useEffect, useState } from "react";
import { api, ApiError, call } from "@/api/client";
import { AuthCard } from "@/components/AppShell";
import { Alert, ErrorAlert, TextField } from "@/components/ui";
import { safeNext, useAuth } from "@/lib/auth";

export default function LoginPage() {
  return (
    <Suspense>
      <Login />
    </Suspense>
  );
}

function Login() {
  const { signIn, status } = useAuth();
  const router = useRouter();
  const params = useSearchParams();
  const next = safeNext(params.get("next"));
  const [email, setEmail] = useState(params.get("email") ?? "");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [resent, setResent] = useState(false);

  useEffect(() => {
    if (status === "signed-in") router.replace(next);
  }, [status, router, next]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setResent(false);
    try {
      await signIn(email, password);
      router.replace(next);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function resend() {
    try {
      await call(api.POST("/api/v1/auth/verify-email/resend", { body: { email } }));
      setResent(true);
    } catch (e) {
      setError(e);
    }
  }

  const fields = error instanceof ApiError ? error.fields : {};
  const unverified = error instanceof ApiError && error.code === "email_not_verified";
  return (
    <AuthCard title="Sign in">
      {params.get("verified") && <Alert kind="success">Your e-mail address is confirmed. Sign in to continue.</Alert>}
      {params.get("reset") && <Alert kind="success">Your password was changed. Sign in with the new one.</Alert>}
      <form onSubmit={submit} noValidate>
        <ErrorAlert error={error} shownFields={["email", "password"]} />
        {unverified && (
          <p>
            <button type="button" className="btn btn-link" onClick={resend}>
              Send the confirmation e-mail again
            </button>
          </p>
        )}
        {resent && <Alert kind="success">If the address has an unconfirmed account, a new link is on its way.</Alert>}
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
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fields.password}
        />
        <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
      <p className="auth-links">
        <Link href="/reset-password/">Forgot your password?</Link>
        <span>
          New here? <Link href="/register/">Create an account</Link>
        </span>
      </p>
    </AuthCard>
  );
}
