"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { type FormEvent, useState } from "react";
import { api, ApiError, call } from "@/api/client";
import { AuthCard } from "@/components/AppShell";
import { EmailField, NewPasswordField, PasswordField } from "@/components/AuthForm";
import { Alert, ErrorAlert, SubmitButton, useSubmit, withSuspense } from "@/components/ui";

export default withSuspense(ResetPassword);

function ResetPassword() {
  const token = useSearchParams().get("token");
  return token ? <Confirm token={token} /> : <Request />;
}

function Request() {
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState(false);
  const { busy, error, fields, onSubmit } = useSubmit();
  const submit = onSubmit(async () => {
    await call(api.POST("/api/v1/auth/password-reset/request", { body: { email } }));
    setSent(true);
  });
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
          <EmailField value={email} onChange={setEmail} error={fields.email} />
          <SubmitButton block busy={busy} busyLabel="Sending…" label="Send the link" />
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
  const { busy, error, fields, run } = useSubmit();
  const mismatch = again.length > 0 && password !== again ? "The two passwords differ." : undefined;
  function submit(event: FormEvent) {
    event.preventDefault();
    if (password !== again) return;
    void run(async () => {
      await call(api.POST("/api/v1/auth/password-reset/confirm", { body: { token, new_password: password } }));
      router.replace("/login/?reset=1");
    });
  }
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
        <NewPasswordField label="New password" value={password} onChange={setPassword} error={fields.new_password} hint="At least 10 characters." />
        <PasswordField label="Repeat the new password" autoComplete="new-password" value={again} onChange={setAgain} error={mismatch} />
        <SubmitButton block busy={busy} disabled={!password || password !== again} busyLabel="Saving…" label="Set the new password" />
      </form>
      <p className="auth-links">
        <Link href="/login/">Back to sign in</Link>
      </p>
    </AuthCard>
  );
}
