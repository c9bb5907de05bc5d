"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { RequireAuth, useAuth } from "@/lib/auth";

/** The signed-in frame: header with navigation and the account menu. */
export function AppShell({ children }: { children: ReactNode }) {
  return (
    <RequireAuth>
      <Header />
      <main id="main" className="container" tabIndex={-1}>
        {children}
      </main>
    </RequireAuth>
  );
}

function Header() {
  const { user, signOut } = useAuth();
  const router = useRouter();
  return (
    <header className="topbar">
      <div className="container topbar-inner">
        <Link href="/projects/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            ◆
          </span>{" "}
          Auto AGI Builder
        </Link>
        <nav aria-label="Main" className="topnav">
          <Link href="/projects/">Projects</Link>
          <Link href="/account/">{user?.name || user?.email || "Account"}</Link>
          <button
            type="button"
            className="btn btn-ghost btn-small"
            onClick={async () => {
              await signOut();
              router.replace("/login/");
            }}
          >
            Sign out
          </button>
        </nav>
      </div>
    </header>
  );
}

/** The frame of the signed-out pages (sign in, register, verify, reset). */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="auth-page" tabIndex={-1}>
      <div className="auth-card card">
        <p className="brand auth-brand">
          <span className="brand-mark" aria-hidden="true">
            ◆
          </span>{" "}
          Auto AGI Builder
        </p>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
