// The typed API client (openapi-fetch over the generated schema) with the session:
// access token in memory (mirrored in sessionStorage to survive reloads), refresh through the
// httpOnly cookie, one automatic refresh-and-retry on 401.
import createClient from "openapi-fetch";
import type { components, paths } from "./schema";

export type Schemas = components["schemas"];
export type User = Schemas["UserRead"];
export type TokenPair = Schemas["TokenPair"];
export type Job = Schemas["JobRead"];
export type Project = Schemas["ProjectRead"];
export type Client = Schemas["ClientRead"];
export type DocumentRecord = Schemas["DocumentRead"];
export type Requirement = Schemas["RequirementRead"];
export type Member = Schemas["MemberRead"];
export type Role = Member["role"];
export type ArtifactVersion = Schemas["ArtifactVersionRead"];
export type ExportRecord = Schemas["ExportRead"];

const STORAGE_KEY = "autoagi.session";
// Set while this browser holds a refresh cookie (which scripts cannot see): without it, a
// visitor who never signed in is not sent to /auth/refresh for a certain 401.
const HINT_KEY = "autoagi.signedIn";
const AUTH_PATHS = ["/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/register", "/api/v1/auth/token"];

export interface Session {
  accessToken: string;
  user: User;
}

let session: Session | null = null;
let loaded = false;
const listeners = new Set<(s: Session | null) => void>();

function load(): void {
  if (loaded || typeof window === "undefined") return;
  loaded = true;
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    if (raw) session = JSON.parse(raw) as Session;
  } catch {
    session = null;
  }
}

export function getSession(): Session | null {
  load();
  return session;
}

export function setSession(next: Session | null): void {
  load();
  session = next;
  try {
    if (next) {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      window.localStorage.setItem(HINT_KEY, "1");
    } else {
      window.sessionStorage.removeItem(STORAGE_KEY);
      window.localStorage.removeItem(HINT_KEY);
    }
  } catch {
    /* storage unavailable (private mode): memory only */
  }
  for (const listener of listeners) listener(next);
}

export function updateUser(user: User): void {
  const current = getSession();
  if (current) setSession({ ...current, user });
}

export function onSessionChange(listener: (s: Session | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function mayHaveRefreshCookie(): boolean {
  try {
    return window.localStorage.getItem(HINT_KEY) === "1";
  } catch {
    return true;
  }
}

let refreshing: Promise<boolean> | null = null;

/** Refresh tokens rotate on every use and a reused one revokes the session: tabs take turns. */
function exclusively<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
  return locks ? (locks.request("autoagi.refresh", work) as Promise<T>) : work();
}

/** Trade the refresh cookie for a new access token; concurrent callers share one request. */
export function refreshSession(): Promise<boolean> {
  if (!refreshing) {
    refreshing = exclusively(async () => {
      try {
        const response = await fetch("/api/v1/auth/refresh", { method: "POST", credentials: "same-origin" });
        if (!response.ok) {
          setSession(null);
          return false;
        }
        const pair = (await response.json()) as TokenPair;
        setSession({ accessToken: pair.access_token, user: pair.user });
        return true;
      } catch {
        return false;
      } finally {
        setTimeout(() => {
          refreshing = null;
        }, 0);
      }
    });
  }
  return refreshing;
}

function isAuthPath(url: string): boolean {
  const path = new URL(url, window.location.origin).pathname;
  return AUTH_PATHS.some((p) => path.startsWith(p));
}

/** fetch with the bearer token; on 401 refresh once and retry. */
export async function authFetch(input: Request): Promise<Response> {
  const retry = input.clone();
  const token = getSession()?.accessToken;
  if (token && !input.headers.has("Authorization")) input.headers.set("Authorization", `Bearer ${token}`);
  const response = await fetch(input);
  if (response.status !== 401 || isAuthPath(input.url)) return response;
  if (!(await refreshSession())) return response;
  retry.headers.set("Authorization", `Bearer ${getSession()?.accessToken ?? ""}`);
  return fetch(retry);
}

export const api = createClient<paths>({ baseUrl: "", fetch: authFetch, credentials: "same-origin" });

// ---------------------------------------------------------------------------------------------
// Errors: every failure answers {"error": {code, message, details, request_id}}.

export interface FieldErrors {
  [field: string]: string;
}

export class ApiError extends Error {
  status: number;
  code: string;
  details: unknown;
  requestId?: string;
  fields: FieldErrors;

  constructor(status: number, code: string, message: string, details?: unknown, requestId?: string) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
    this.requestId = requestId;
    this.fields = fieldErrors(details);
  }
}

/** `[{loc: ["body", "email"], msg}]` → `{email: msg}` (nested fields joined with dots). */
export function fieldErrors(details: unknown): FieldErrors {
  const fields: FieldErrors = {};
  if (!Array.isArray(details)) return fields;
  for (const item of details) {
    if (!item || typeof item !== "object") continue;
    const { loc, msg } = item as { loc?: unknown; msg?: unknown };
    if (!Array.isArray(loc) || loc.length === 0) continue;
    const parts = loc.map(String);
    const key = ["body", "query", "path"].includes(parts[0]) ? parts.slice(1).join(".") : parts.join(".");
    if (key && !fields[key]) fields[key] = String(msg ?? "invalid");
  }
  return fields;
}

export function toApiError(status: number, body: unknown): ApiError {
  const envelope = (body as { error?: { code?: string; message?: string; details?: unknown; request_id?: string } })
    ?.error;
  if (envelope && typeof envelope === "object") {
    return new ApiError(
      status,
      envelope.code ?? "error",
      envelope.message ?? `Request failed (${status})`,
      envelope.details,
      envelope.request_id,
    );
  }
  const detail = (body as { detail?: unknown })?.detail;
  return new ApiError(status, "error", typeof detail === "string" ? detail : `Request failed (${status})`, detail);
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

type Result = { data?: unknown; error?: unknown; response: Response };

/** Await an openapi-fetch call and answer its data, or throw an ApiError. */
export async function call<R extends Result>(request: Promise<R>): Promise<NonNullable<R["data"]>> {
  let result: R;
  try {
    result = await request;
  } catch (error) {
    throw new ApiError(0, "network", "Could not reach the server. Check your connection and try again.", String(error));
  }
  if (!result.response.ok) throw toApiError(result.response.status, result.error);
  return result.data as NonNullable<R["data"]>;
}

/** A same-origin request outside the typed client (downloads, uploads), with the session. */
export async function rawFetch(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await authFetch(new Request(new URL(path, window.location.origin), { credentials: "same-origin", ...init }));
  } catch (error) {
    throw new ApiError(0, "network", "Could not reach the server. Check your connection and try again.", String(error));
  }
  if (!response.ok) {
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      /* not JSON */
    }
    throw toApiError(response.status, body);
  }
  return response;
}

/** Fetch an authenticated file and hand it to the browser as a download. */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const response = await rawFetch(path);
  const disposition = response.headers.get("Content-Disposition") ?? "";
  const match = /filename\*=UTF-8''([^;]+)/i.exec(disposition) ?? /filename="?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1]) : fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

/** Multipart upload with byte progress (XMLHttpRequest: fetch has no upload progress). */
export function uploadFile<T>(path: string, file: File, onProgress: (p: UploadProgress) => void): Promise<T> {
  const attempt = (): Promise<{ status: number; body: unknown }> =>
    new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", path);
      const token = getSession()?.accessToken;
      if (token) xhr.setRequestHeader("Authorization", `Bearer ${token}`);
      xhr.upload.onprogress = (event) => onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
      xhr.onload = () => {
        let body: unknown = null;
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          body = null;
        }
        resolve({ status: xhr.status, body });
      };
      xhr.onerror = () => reject(new ApiError(0, "network", "The upload failed: could not reach the server."));
      const form = new FormData();
      form.append("file", file, file.name);
      xhr.send(form);
    });
  return (async () => {
    let result = await attempt();
    if (result.status === 401 && (await refreshSession())) result = await attempt();
    if (result.status < 200 || result.status >= 300) throw toApiError(result.status, result.body);
    return result.body as T;
  })();
}
