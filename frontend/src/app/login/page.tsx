"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { api, ApiError, call } from "@/api/client";
import { AuthCard } from "@/components/AppShell";
import { EmailField, PasswordField } from "@/components/AuthForm";
import { Alert, ErrorAlert, SubmitButton, useSubmit, withSuspense } from "@/components/ui";
import { safeNext, useAuth } from "@/lib/auth";

export default withSuspense(Login);

function Login() {
  const { signIn, status } = useAuth();
  const router = useRouter();
  const params = useSearchParams();
  const next = safeNext(params.get("next"));
  const [email, setEmail] = useState(params.get("email") ?? "");
  const [password, setPassword] = useState("");
  const { busy, error, setError, fields, onSubmit } = useSubmit();
  const [resent, setResent] = useState(false);

  useEffect(() => {
    if (status === "signed-in") router.replace(next);
  }, [status, router, next]);

  const submit = onSubmit(async () => {
    setResent(false);
    await signIn(email, password);
    router.replace(next);
  });

  async function resend() {
    try {
      await call(api.POST("/api/v1/auth/verify-email/resend", { body: { email } }));
      setResent(true);
    } catch (e) {
      setError(e);
    }
  }

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
        <EmailField value={email} onChange={setEmail} error={fields.email} />
        <PasswordField label="Password" autoComplete="current-password" value={password} onChange={setPassword} error={fields.password} />
        <SubmitButton block busy={busy} busyLabel="Signing in…" label="Sign in" />
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
