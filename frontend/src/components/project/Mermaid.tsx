"use client";

import { useEffect, useId, useState } from "react";

type MermaidApi = (typeof import("mermaid"))["default"];

let loaded: Promise<MermaidApi> | null = null;
let queue: Promise<unknown> = Promise.resolve();

/** Mermaid is bundled (no CDN) and loaded only when a diagram is on screen. */
function mermaid(): Promise<MermaidApi> {
  if (!loaded) {
    loaded = import("mermaid").then(({ default: m }) => {
      const dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches;
      m.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "default", fontFamily: "system-ui, sans-serif" });
      return m;
    });
  }
  return loaded;
}

/** Render one diagram from its Mermaid text; renders run one at a time. */
function render(id: string, text: string): Promise<string> {
  const job = queue.then(async () => (await mermaid()).render(id, text));
  queue = job.catch(() => undefined);
  return job.then((r) => r.svg);
}

export function MermaidDiagram({ source, title }: { source: string; title: string }) {
  const rawId = useId();
  const id = `mermaid-${rawId.replace(/[^a-zA-Z0-9]/g, "")}`;
  const [svg, setSvg] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fit, setFit] = useState(true);

  useEffect(() => {
    let cancelled = false;
    setSvg(null);
    setError(null);
    render(id, source)
      .then((result) => !cancelled && setSvg(result))
      .catch((e) => {
        document.getElementById(`d${id}`)?.remove(); // mermaid leaves its scratch element behind on errors
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      });
    return () => {
      cancelled = true;
    };
  }, [id, source]);

  return (
    <figure className="diagram-figure">
      <figcaption className="diagram-toolbar">
        <strong>{title}</strong>
        {svg && (
          <button type="button" className="btn btn-small btn-ghost" aria-pressed={!fit} onClick={() => setFit((f) => !f)}>
            {fit ? "Actual size" : "Fit to width"}
          </button>
        )}
      </figcaption>
      {error ? (
        <div className="alert alert-warning" role="status">
          This diagram could not be drawn ({error}). Its Mermaid source is below.
        </div>
      ) : svg ? (
        // The SVG comes from mermaid with securityLevel "strict" (sanitised by DOMPurify).
        <div className={`diagram ${fit ? "" : "diagram-actual"}`} role="img" aria-label={`${title} diagram`} data-testid="mermaid-diagram" dangerouslySetInnerHTML={{ __html: svg }} />
      ) : (
        <p className="muted">Drawing the diagram…</p>
      )}
      <details>
        <summary>Mermaid source</summary>
        <pre className="code">{source}</pre>
      </details>
    </figure>
  );
}
