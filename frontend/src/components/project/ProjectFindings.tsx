"use client";

import { useEffect, useState } from "react";
import { api, call, type Schemas } from "@/api/client";
import { Badge, ErrorAlert } from "@/components/ui";

type ProjectFinding = Schemas["ProjectFindingRead"];

const QUESTION_RULES = new Set(["missing_nfr_area", "open_question", "unanswered_problem"]);
const GOAL_RULES = new Set(["business_goal"]);

/** The client's business goals, questions for the client and action items for the team, across the
 * project's documents.
 * `tick` changes whenever the requirements may have changed: the questions follow them. */
export function ProjectFindings({ projectId, tick }: { projectId: string; tick: number }) {
  const [items, setItems] = useState<ProjectFinding[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    call(api.GET("/api/v1/projects/{project_id}/findings", { params: { path: { project_id: projectId }, query: { size: 100 } } }))
      .then((page) => {
        if (cancelled) return;
        setItems(page.items);
        setError(null);
      })
      .catch((e) => !cancelled && setError(e));
    return () => {
      cancelled = true;
    };
  }, [projectId, tick]);

  if (error) return <ErrorAlert error={error} />;
  if (!items || items.length === 0) return null;
  const goals = items.filter((f) => GOAL_RULES.has(f.rule));
  const questions = items.filter((f) => QUESTION_RULES.has(f.rule));
  const tasks = items.filter((f) => !QUESTION_RULES.has(f.rule) && !GOAL_RULES.has(f.rule));
  return (
    <section className="card stack project-findings" aria-label="Questions for the client and action items">
      {goals.length > 0 && (
        <details>
          <summary>
            Business goals <Badge tone="info">{goals.length}</Badge>
          </summary>
          <FindingList items={goals} />
        </details>
      )}
      {questions.length > 0 && (
        <details open>
          <summary>
            Questions for the client <Badge tone="warning">{questions.length}</Badge>
          </summary>
          <FindingList items={questions} />
        </details>
      )}
      {tasks.length > 0 && (
        <details open={questions.length === 0}>
          <summary>
            Action items <Badge tone="info">{tasks.length}</Badge>
          </summary>
          <FindingList items={tasks} />
        </details>
      )}
    </section>
  );
}

function FindingList({ items }: { items: ProjectFinding[] }) {
  return (
    <ul className="finding-list">
      {items.map((f, i) => (
        <li key={`${f.rule}-${f.document_id ?? ""}-${f.start ?? i}-${i}`}>
          {f.message}
          {f.suggestion && <div className="muted small">{f.suggestion}</div>}
        </li>
      ))}
    </ul>
  );
}
