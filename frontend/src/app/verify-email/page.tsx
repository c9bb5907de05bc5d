"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { api, call } from "@/api/client";
import { AuthCard } from "@/components/AppShell";
import { EmailField } from "@/components/AuthForm";
import { Alert, ErrorAlert, Spinner, useSubmit, withSuspense } from "@/components/ui";

export default withSuspense(VerifyEmail);

function VerifyEmail() {
  const token = useSearchParams().get("token");
  const [state, setState] = useState<"working" | "done" | "failed" | "missing">(token ? "working" : "missing");
  const [error, setError] = useState<unknown>(null);
  const [email, setEmail] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (!token || started.current) return;
    started.current = true; // a token works once: never send it twice (StrictMode runs effects twice)
    call(api.POST("/api/v1/auth/verify-email", { body: { token } }))
      .then((user) => {
        setEmail(user.email);
        setState("done");
      })
      .catch((e) => {
        setError(e);
        setState("failed");
      });
  }, [token]);

  if (state === "working") {
    return (
      <AuthCard title="Confirming your e-mail">
        <Spinner label="Confirming…" />
      </AuthCard>
    );
  }
  if (state === "done") {
    return (
      <AuthCard title="E-mail confirmed">
        <Alert kind="success">Thanks{email ? `, ${email} is confirmed` : ""}. Your account is active.</Alert>
        <p>
          <Link className="btn btn-primary btn-block" href={`/login/?verified=1${email ? `&email=${encodeURIComponent(email)}` : ""}`}>
            Sign in
          </Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={state === "missing" ? "Confirm your e-mail" : "This link did not work"}>
      {state === "missing" ? (
        <p>Open the link in the e-mail we sent you. Lost it? Ask for a new one:</p>
      ) : (
        <ErrorAlert error={error} />
      )}
      <Resend />
      <p className="auth-links">
        <Link href="/login/">Sign in</Link>
        <Link href="/register/">Create an account</Link>
      </p>
    </AuthCard>
  );
}

function Resend() {
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState(false);
  const { error, onSubmit } = useSubmit();
  const submit = onSubmit(async () => {
    await call(api.POST("/api/v1/auth/verify-email/resend", { body: { email } }));
    setSent(true);
  });
  if (sent) return <Alert kind="success">If {email} has an unconfirmed account, a new link is on its way.</Alert>;
  return (
    <form onSubmit={submit} noValidate>
      <ErrorAlert error={error} shownFields={["email"]} />
      <EmailField value={email} onChange={setEmail} />
      <button type="submit" className="btn btn-block">
        Send a new link
      </button>
    </form>
  );
}
