"use client";

import { usePathname, useRouter } from "next/navigation";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import {
  api,
  call,
  getSession,
  mayHaveRefreshCookie,
  onSessionChange,
  refreshSession,
  type Session,
  setSession,
  type User,
} from "@/api/client";

type Status = "loading" | "signed-in" | "signed-out";

interface AuthState {
  status: Status;
  user: User | null;
  signIn: (email: string, password: string) => Promise<User>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<Session | null>(null);
  const [status, setStatus] = useState<Status>("loading");

  useEffect(() => {
    const unsubscribe = onSessionChange((s) => {
      setCurrent(s);
      setStatus(s ? "signed-in" : "signed-out");
    });
    const stored = getSession();
    if (stored) {
      setCurrent(stored);
      setStatus("signed-in");
    } else if (!mayHaveRefreshCookie()) {
      setStatus("signed-out");
    } else {
      // No token in this tab: the refresh cookie may still hold a session.
      void refreshSession().then((ok) => {
        if (!ok) setStatus("signed-out");
      });
    }
    return () => {
      unsubscribe();
    };
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const pair = await call(api.POST("/api/v1/auth/login", { body: { email, password } }));
    setSession({ accessToken: pair.access_token, user: pair.user });
    return pair.user;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.POST("/api/v1/auth/logout", {});
    } catch {
      /* signed out locally regardless */
    }
    setSession(null);
  }, []);

  const value = useMemo(
    () => ({ status, user: current?.user ?? null, signIn, signOut }),
    [status, current, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth outside AuthProvider");
  return value;
}

/** Pages behind sign-in: send signed-out visitors to /login/?next=<here>. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  const router = useRouter();
  const pathname = usePathname();
  useEffect(() => {
    if (status === "signed-out") {
      const here = pathname + window.location.search;
      router.replace(`/login/?next=${encodeURIComponent(here)}`);
    }
  }, [status, router, pathname]);
  if (status !== "signed-in") {
    return (
      <div className="page-center" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" /> {status === "loading" ? "Loading…" : "Redirecting to sign in…"}
      </div>
    );
  }
  return <>{children}</>;
}

/** Only same-site paths are followed after sign-in (no open redirect). */
export function safeNext(next: string | null): string {
  if (next && next.startsWith("/") && !next.startsWith("//")) return next;
  return "/projects/";
}
