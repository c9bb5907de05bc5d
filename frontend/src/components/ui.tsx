"use client";

import {
  type ComponentType,
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  Suspense,
  type TextareaHTMLAttributes,
  useEffect,
  useId,
  useRef,
  useState,
} from "react";
import { createPortal } from "react-dom";
import { ApiError, type Job } from "@/api/client";
import { humanize } from "@/lib/format";

// ---------------------------------------------------------------------------------------------
// Form fields: a label, the control, a hint and the API's error for that field.

interface FieldShell {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  className?: string;
}

interface ControlProps {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

/** The shell every form field shares: label, the control, a hint and the field's error. */
function Field({
  label,
  error,
  hint,
  className,
  id,
  children,
}: FieldShell & { id?: string; children: (control: ControlProps) => ReactNode }) {
  const auto = useId();
  const inputId = id ?? auto;
  const describedBy = [hint ? `${inputId}-hint` : null, error ? `${inputId}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`field ${className ?? ""}`}>
      <label htmlFor={inputId}>{label}</label>
      {children({ id: inputId, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined })}
      {hint && (
        <p className="field-hint" id={`${inputId}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${inputId}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField({ label, error, hint, className, id, ...input }: FieldShell & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} error={error} hint={hint} className={className} id={id}>
      {(control) => <input {...control} {...input} />}
    </Field>
  );
}

export function TextArea({ label, error, hint, className, id, ...input }: FieldShell & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field label={label} error={error} hint={hint} className={className} id={id}>
      {(control) => <textarea {...control} {...input} />}
    </Field>
  );
}

export function SelectField({
  label,
  error,
  hint,
  className,
  id,
  options,
  ...select
}: FieldShell & SelectHTMLAttributes<HTMLSelectElement> & { options: readonly (string | { value: string; label: string })[] }) {
  return (
    <Field label={label} error={error} hint={hint} className={className} id={id}>
      {(control) => (
        <select {...control} {...select}>
          {options.map((o) =>
            typeof o === "string" ? (
              <option key={o} value={o}>
                {o === "" ? "Any" : humanize(o)}
              </option>
            ) : (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ),
          )}
        </select>
      )}
    </Field>
  );
}

/** An action a form or a button starts: busy while it runs, and the error it ended with (cleared as it starts). */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  /** An onSubmit handler: runs the action in place of the browser's own submission. */
  const onSubmit = (action: () => Promise<void>) => (event: FormEvent) => {
    event.preventDefault();
    void run(action);
  };

  const fields = error instanceof ApiError ? error.fields : {};
  return { busy, error, setError, fields, run, onSubmit };
}

/** The submit button, disabled and relabelled while the form is busy. */
export function SubmitButton({
  busy,
  busyLabel,
  label,
  block,
  disabled,
}: {
  busy: boolean;
  busyLabel: string;
  label: string;
  block?: boolean;
  disabled?: boolean;
}) {
  return (
    <button type="submit" className={block ? "btn btn-primary btn-block" : "btn btn-primary"} disabled={busy || disabled}>
      {busy ? busyLabel : label}
    </button>
  );
}

/** A drawer form's buttons: submit and cancel. */
export function FormActions({ busy, busyLabel, label, onCancel }: { busy: boolean; busyLabel: string; label: string; onCancel: () => void }) {
  return (
    <div className="form-actions">
      <SubmitButton busy={busy} busyLabel={busyLabel} label={label} />
      <button type="button" className="btn" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------

/** A search field's text once typing pauses for a quarter second, trimmed; `onSettle` runs each time it settles. */
export function useSettledText(text: string, onSettle: () => void): string {
  const [settled, setSettled] = useState("");
  const settle = useRef(onSettle);
  settle.current = onSettle;
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(text.trim());
      settle.current();
    }, 250);
    return () => clearTimeout(timer);
  }, [text]);
  return settled;
}

/** The API error's message, plus field errors the form has no place for. */
export function ErrorAlert({ error, shownFields = [] }: { error: unknown; shownFields?: string[] }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const extra =
    error instanceof ApiError ? Object.entries(error.fields).filter(([field]) => !shownFields.includes(field)) : [];
  return (
    <div className="alert alert-error" role="alert">
      <p>{message}</p>
      {extra.length > 0 && (
        <ul>
          {extra.map(([field, msg]) => (
            <li key={field}>
              <strong>{field}</strong>: {msg}
            </li>
          ))}
        </ul>
      )}
      {error instanceof ApiError && error.requestId && <p className="muted small">Request id: {error.requestId}</p>}
    </div>
  );
}

export function Alert({ kind = "info", children }: { kind?: "info" | "success" | "warning" | "error"; children: ReactNode }) {
  return (
    <div className={`alert alert-${kind}`} role={kind === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}

export function Spinner({ label }: { label?: string }) {
  return (
    <span className="inline-status" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? "Loading…"}
    </span>
  );
}

export function Badge({ tone = "neutral", children }: { tone?: string; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty-title">{title}</p>
      {children}
    </div>
  );
}

/** A job's progress, announced politely to screen readers as it moves. */
export function JobProgress({ job, label, error }: { job: Job | null; label: string; error?: string | null }) {
  const progress = job?.progress ?? 0;
  const status = job?.status ?? "queued";
  const stage = job?.stage ? ` — ${humanize(job.stage)}` : "";
  let text = `${label}: ${humanize(status)}${stage} (${progress}%)`;
  if (status === "succeeded") text = `${label}: done`;
  if (status === "failed") text = `${label}: failed — ${job?.error ?? "unknown error"}`;
  if (error) text = `${label}: could not follow progress — ${error}`;
  return (
    <div className={`job job-${status}`}>
      <div className="job-text" aria-live="polite" aria-atomic="true">
        {text}
      </div>
      <progress max={100} value={status === "succeeded" ? 100 : progress} aria-label={`${label} progress`} />
    </div>
  );
}

/** A column head: its text, or `num` for a column of numbers, `hidden` for a head only screen readers read. */
export type Column = string | { label: string; num?: boolean; hidden?: boolean };

/** The heads of columns of numbers. */
export const numberColumns = (...labels: string[]): Column[] => labels.map((label) => ({ label, num: true }));

/** A table in its scrolling wrapper: a row of column heads over the rows given as children. */
export function DataTable({
  columns,
  label,
  className,
  wrapClassName,
  children,
}: {
  columns: readonly (Column | false)[];
  label?: string;
  className?: string;
  wrapClassName?: string;
  children: ReactNode;
}) {
  return (
    <div className={wrapClassName ? `table-wrap ${wrapClassName}` : "table-wrap"}>
      <table className={className ? `table ${className}` : "table"} aria-label={label}>
        <thead>
          <tr>{columns.map((column, i) => column !== false && <ColumnHead key={i} column={column} />)}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

function ColumnHead({ column }: { column: Column }) {
  if (typeof column === "string") return <th scope="col">{column}</th>;
  return (
    <th scope="col" className={column.num ? "num" : undefined}>
      {column.hidden ? <span className="visually-hidden">{column.label}</span> : column.label}
    </th>
  );
}

export function Pagination({
  page,
  size,
  total,
  onPage,
}: {
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (total === 0) return null;
  const first = (page - 1) * size + 1;
  const last = Math.min(total, page * size);
  return (
    <nav className="pagination" aria-label="Pagination">
      <span className="muted">
        {first}–{last} of {total}
      </span>
      <button type="button" className="btn btn-small" onClick={() => onPage(page - 1)} disabled={page <= 1}>
        ← Previous
      </button>
      <span aria-current="page">
        Page {page} of {pages}
      </span>
      <button type="button" className="btn btn-small" onClick={() => onPage(page + 1)} disabled={page >= pages}>
        Next →
      </button>
    </nav>
  );
}

/** A modal side panel: labelled, closes on Escape, keeps focus inside, restores it on close. */
export function Drawer({
  title,
  onClose,
  children,
  wide,
}: {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const panel = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    panel.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        event.stopPropagation();
        close.current();
      } else if (event.key === "Tab" && panel.current) {
        const focusable = panel.current.querySelectorAll<HTMLElement>(
          'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])',
        );
        if (focusable.length === 0) return;
        const first = focusable[0];
        const last = focusable[focusable.length - 1];
        if (event.shiftKey && (document.activeElement === first || document.activeElement === panel.current)) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first.focus();
        }
      }
    };
    document.addEventListener("keydown", onKey);
    document.body.classList.add("no-scroll");
    return () => {
      document.removeEventListener("keydown", onKey);
      document.body.classList.remove("no-scroll");
      previous?.focus?.();
    };
  }, []);

  return createPortal(
    <div className="drawer-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close.current()}>
      <div
        className={`drawer ${wide ? "drawer-wide" : ""}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        ref={panel}
      >
        <header className="drawer-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="btn btn-ghost" onClick={() => close.current()} aria-label="Close">
            ✕
          </button>
        </header>
        <div className="drawer-body">{children}</div>
      </div>
    </div>,
    document.body,
  );
}

/** A page that reads its query string: the static export renders it inside Suspense. */
export function withSuspense(Page: ComponentType): ComponentType {
  return function Suspended() {
    return (
      <Suspense>
        <Page />
      </Suspense>
    );
  };
}
