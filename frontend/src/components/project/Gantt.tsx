"use client";

import { formatDay } from "@/lib/format";

export interface RoadmapTask {
  id: string;
  title: string;
  kind: string;
  phase: string;
  start: string;
  finish: string;
  start_day: number;
  finish_day: number;
  duration_days: number;
  critical: boolean;
  assignee?: string | null;
  requirement_ids: string[];
  depends_on: string[];
}

export interface Roadmap {
  start: string;
  finish: string;
  working_days: number;
  effort_days: number;
  utilisation: number;
  tasks: RoadmapTask[];
  phases: { id: string; name: string; task_ids: string[]; start: string; finish: string; effort_days: number }[];
  milestones: { id: string; name: string; phase: string; date: string; day: number }[];
  critical_path: string[];
  schedule_warnings?: string[];
  design_warnings?: string[];
  assumptions?: string[];
  excluded_requirement_ids?: string[];
}

const LABEL_W = 250;
const ROW_H = 24;
const HEADER_H = 34;

/** Working day → calendar date, interpolated between the days the roadmap dates exactly. */
function dateOfDay(roadmap: Roadmap) {
  const known = new Map<number, number>();
  const add = (day: number, date: string) => {
    const time = new Date(`${date}T00:00:00`).getTime();
    if (!Number.isNaN(time)) known.set(day, time);
  };
  add(0, roadmap.start);
  for (const t of roadmap.tasks) {
    add(t.start_day, t.start);
  }
  for (const m of roadmap.milestones) add(m.day, m.date);
  const points = [...known.entries()].sort((a, b) => a[0] - b[0]);
  return (day: number): Date => {
    let before = points[0];
    let after = points[points.length - 1];
    for (const p of points) {
      if (p[0] <= day) before = p;
      if (p[0] >= day) {
        after = p;
        break;
      }
    }
    if (after[0] === before[0]) return new Date(before[1] + (day - before[0]) * 1.4 * 86_400_000);
    return new Date(before[1] + ((day - before[0]) / (after[0] - before[0])) * (after[1] - before[1]));
  };
}

/** A Gantt chart drawn in SVG: phases, task bars (critical path in red), milestones. */
export function Gantt({ roadmap }: { roadmap: Roadmap }) {
  const total = Math.max(1, ...roadmap.tasks.map((t) => t.finish_day), ...roadmap.milestones.map((m) => m.day));
  const scale = Math.max(0.4, Math.min(14, 880 / total)); // px per working day: fits ~880 px
  const chartW = total * scale;
  const toDate = dateOfDay(roadmap);

  type Row = { type: "phase"; name: string } | { type: "task"; task: RoadmapTask };
  const rows: Row[] = [];
  const byId = new Map(roadmap.tasks.map((t) => [t.id, t]));
  const placed = new Set<string>();
  for (const phase of roadmap.phases) {
    rows.push({ type: "phase", name: phase.name });
    const tasks = phase.task_ids.map((id) => byId.get(id)).filter((t): t is RoadmapTask => Boolean(t));
    tasks.sort((a, b) => a.start_day - b.start_day || a.finish_day - b.finish_day);
    for (const task of tasks) {
      rows.push({ type: "task", task });
      placed.add(task.id);
    }
  }
  const rest = roadmap.tasks.filter((t) => !placed.has(t.id));
  if (rest.length) {
    rows.push({ type: "phase", name: "Other" });
    for (const task of rest) rows.push({ type: "task", task });
  }

  const height = HEADER_H + rows.length * ROW_H + 8;
  const width = LABEL_W + chartW + 24;
  const tickEvery = [5, 10, 20, 40, 60, 120, 250, 500].find((n) => n * scale >= 64) ?? 1000;
  const ticks: number[] = [];
  for (let d = 0; d <= total; d += tickEvery) ticks.push(d);

  return (
    <div>
      <div className="gantt" role="img" aria-label={`Gantt chart: ${roadmap.tasks.length} tasks from ${formatDay(roadmap.start)} to ${formatDay(roadmap.finish)}`}>
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} data-testid="gantt">
          <rect x={0} y={0} width={width} height={height} fill="var(--surface)" />
          {ticks.map((d) => (
            <g key={d}>
              <line x1={LABEL_W + d * scale} x2={LABEL_W + d * scale} y1={HEADER_H - 6} y2={height} stroke="var(--border)" strokeDasharray="2 3" />
              <text x={LABEL_W + d * scale + 3} y={14} fontSize={10} fill="var(--muted)">
                {toDate(d).toLocaleDateString(undefined, { day: "numeric", month: "short" })}
              </text>
              <text x={LABEL_W + d * scale + 3} y={26} fontSize={9} fill="var(--muted)">
                day {d}
              </text>
            </g>
          ))}
          {rows.map((row, i) => {
            const y = HEADER_H + i * ROW_H;
            if (row.type === "phase") {
              return (
                <g key={`phase-${row.name}-${i}`}>
                  <rect x={0} y={y} width={width} height={ROW_H} fill="var(--surface-2)" />
                  <text x={8} y={y + 16} fontSize={12} fontWeight={700} fill="var(--text)">
                    {row.name}
                  </text>
                </g>
              );
            }
            const t = row.task;
            const x = LABEL_W + t.start_day * scale;
            const w = Math.max(3, (t.finish_day - t.start_day) * scale);
            const label = t.title.length > 36 ? `${t.title.slice(0, 35)}…` : t.title;
            return (
              <g key={t.id}>
                <title>
                  {`${t.title} (${t.id})\n${formatDay(t.start)} → ${formatDay(t.finish)}, ${t.duration_days} working days${
                    t.assignee ? `\n${t.assignee}` : ""
                  }${t.critical ? "\nOn the critical path" : ""}${t.requirement_ids.length ? `\n${t.requirement_ids.join(", ")}` : ""}`}
                </title>
                <text x={8} y={y + 16} fontSize={11} fill="var(--text)">
                  {label}
                </text>
                <rect
                  x={x}
                  y={y + 5}
                  width={w}
                  height={ROW_H - 10}
                  rx={3}
                  fill={t.critical ? "var(--danger)" : "var(--primary)"}
                  opacity={t.critical ? 0.9 : 0.75}
                />
              </g>
            );
          })}
          {roadmap.milestones.map((m) => {
            const x = LABEL_W + m.day * scale;
            return (
              <g key={m.id}>
                <title>{`${m.name}: ${formatDay(m.date)}`}</title>
                <line x1={x} x2={x} y1={HEADER_H} y2={height} stroke="var(--success)" strokeWidth={1.5} />
                <path d={`M ${x} ${HEADER_H - 8} l 6 6 l -6 6 l -6 -6 z`} fill="var(--success)" />
              </g>
            );
          })}
        </svg>
      </div>
      <div className="gantt-legend" aria-hidden="true">
        <span>
          <span className="swatch" style={{ background: "var(--primary)" }} />
          task
        </span>
        <span>
          <span className="swatch" style={{ background: "var(--danger)" }} />
          critical path
        </span>
        <span>
          <span className="swatch" style={{ background: "var(--success)" }} />
          milestone
        </span>
      </div>
    </div>
  );
}
