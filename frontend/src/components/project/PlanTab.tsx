"use client";

import { type ReactNode, useEffect, useState } from "react";
import { api, ApiError, type ArtifactVersion, call, type Schemas } from "@/api/client";
import { Alert, DataTable, ErrorAlert, numberColumns, SelectField, Spinner, SubmitButton, TextField, useSubmit } from "@/components/ui";
import { formatDate, formatDay, formatMoney, formatNumber, formatPercent } from "@/lib/format";
import { useProject } from "./context";
import { Gantt, type Roadmap } from "./Gantt";

type Percentiles = { p10: number; p50: number; p90: number; mean: number };
interface Estimate {
  method: string;
  currency: string;
  team_size: number;
  function_points: { unadjusted_function_points: number; by_type: Record<string, number> };
  size: { language: string; sloc: number };
  point: { effort_pm: number; schedule_months: number; duration_months: number; cost: number };
  monte_carlo: { samples: number; effort_pm: Percentiles; duration_months: Percentiles; cost: Percentiles };
  assumptions?: string[];
}

/** The latest version of a plan artifact, or null when there is none yet (404). */
function useLatest(path: "estimate" | "roadmap" | "roi", projectId: string) {
  const [record, setRecord] = useState<ArtifactVersion | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const options = { params: { path: { project_id: projectId } } };
    const request =
      path === "estimate"
        ? api.GET("/api/v1/projects/{project_id}/estimate", options)
        : path === "roadmap"
          ? api.GET("/api/v1/projects/{project_id}/roadmap", options)
          : api.GET("/api/v1/projects/{project_id}/roi", options);
    call(request)
      .then(setRecord)
      .catch((e) => (e instanceof ApiError && e.status === 404 ? setRecord(null) : setError(e)));
  }, [path, projectId]);
  return { record, setRecord, error };
}

export function PlanTab() {
  const { project, canEdit } = useProject();
  const estimate = useLatest("estimate", project.id);
  const roadmap = useLatest("roadmap", project.id);
  const roi = useLatest("roi", project.id);
  const currency = (estimate.record?.artifact as unknown as Estimate | undefined)?.currency ?? "USD";
  return (
    <div className="stack">
      <h2>Plan</h2>
      <EstimateSection state={estimate} projectId={project.id} canEdit={canEdit} />
      <RoadmapSection state={roadmap} projectId={project.id} canEdit={canEdit} />
      <RoiSection state={roi} projectId={project.id} canEdit={canEdit} currency={currency} hasEstimate={Boolean(estimate.record)} />
    </div>
  );
}

type Latest = ReturnType<typeof useLatest>;

/** One figure of a plan: its value over its label. */
function Stat({ value, label, tone }: { value: ReactNode; label: ReactNode; tone?: string }) {
  return (
    <div className="stat">
      <span className={tone ? `stat-value ${tone}` : "stat-value"}>{value}</span>
      <span className="stat-label">{label}</span>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------

const LANGUAGES = ["Java", "C++", "C", "PERL", "Visual Basic 5.0", "HTML 3.0", "High Level Language", "Fourth Generation Language"];

function EstimateSection({ state, projectId, canEdit }: { state: Latest; projectId: string; canEdit: boolean }) {
  const previous = (state.record?.inputs as { options?: Record<string, unknown> } | undefined)?.options ?? {};
  const [teamSize, setTeamSize] = useState("3");
  const [rate, setRate] = useState("100");
  const [currency, setCurrency] = useState("USD");
  const [language, setLanguage] = useState("Java");
  const [volatility, setVolatility] = useState("0");
  const { busy, error, fields, onSubmit } = useSubmit();

  useEffect(() => {
    if (previous.team_size != null) setTeamSize(String(previous.team_size));
    if (previous.blended_hourly_rate != null) setRate(String(previous.blended_hourly_rate));
    if (typeof previous.currency === "string") setCurrency(previous.currency);
    if (typeof previous.language === "string") setLanguage(previous.language);
    if (previous.requirements_volatility_percent != null) setVolatility(String(previous.requirements_volatility_percent));
  }, [state.record?.id]);

  const submit = onSubmit(async () => {
    const options = {
      team_size: Number(teamSize),
      blended_hourly_rate: Number(rate),
      currency,
      language,
      requirements_volatility_percent: Number(volatility),
    } as Schemas["EstimateOptions"];
    state.setRecord(await call(api.POST("/api/v1/projects/{project_id}/estimate", { params: { path: { project_id: projectId } }, body: { options } })));
  });

  const estimate = state.record?.artifact as unknown as Estimate | undefined;
  return (
    <section className="card" aria-labelledby="estimate-title">
      <h3 id="estimate-title">Estimate</h3>
      <ErrorAlert error={state.error} />
      {canEdit && (
        <form onSubmit={submit} noValidate>
          <ErrorAlert error={error} shownFields={["options.team_size", "options.blended_hourly_rate", "options.currency", "options.language", "options.requirements_volatility_percent"]} />
          <div className="form-row">
            <TextField label="Team size" type="number" min={1} value={teamSize} onChange={(e) => setTeamSize(e.target.value)} error={fields["options.team_size"]} />
            <TextField label="Hourly rate" type="number" min={0} value={rate} onChange={(e) => setRate(e.target.value)} error={fields["options.blended_hourly_rate"]} />
            <TextField label="Currency" value={currency} maxLength={3} onChange={(e) => setCurrency(e.target.value.toUpperCase())} error={fields["options.currency"]} />
            <SelectField label="Language" value={language} onChange={(e) => setLanguage(e.target.value)} options={LANGUAGES.map((l) => ({ value: l, label: l }))} error={fields["options.language"]} />
            <TextField
              label="Volatility %"
              type="number"
              min={0}
              value={volatility}
              onChange={(e) => setVolatility(e.target.value)}
              error={fields["options.requirements_volatility_percent"]}
              hint="Expected requirement churn"
            />
          </div>
          <SubmitButton busy={busy} busyLabel="Estimating…" label={estimate ? "Re-estimate" : "Estimate"} />
        </form>
      )}
      {state.record === undefined && !state.error && <Spinner />}
      {state.record === null && <p className="muted">No estimate yet. It needs a design (Design tab) first.</p>}
      {estimate && state.record && (
        <div className="stack">
          <p className="muted small">
            Version {state.record.version} · {formatDate(state.record.created_at)} · {estimate.function_points.unadjusted_function_points} function points ·{" "}
            {formatNumber(estimate.size.sloc, 0)} SLOC ({estimate.size.language}) · team of {estimate.team_size}
          </p>
          <DataTable label="Estimate percentiles" columns={["", ...numberColumns("P10", "P50", "P90", "Mean")]}>
            <PercentileRow label="Effort (person-months)" values={estimate.monte_carlo.effort_pm} format={(v) => formatNumber(v)} />
            <PercentileRow label="Duration (months)" values={estimate.monte_carlo.duration_months} format={(v) => formatNumber(v)} />
            <PercentileRow label="Cost" values={estimate.monte_carlo.cost} format={(v) => formatMoney(v, estimate.currency)} />
          </DataTable>
          <details>
            <summary>Method and assumptions</summary>
            <p className="small">{estimate.method}</p>
            <ul className="small">
              {(estimate.assumptions ?? []).map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          </details>
        </div>
      )}
    </section>
  );
}

function PercentileRow({ label, values, format }: { label: string; values: Percentiles; format: (value: number) => string }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {(["p10", "p50", "p90", "mean"] as const).map((p) => (
        <td key={p} className="num">
          {format(values[p])}
        </td>
      ))}
    </tr>
  );
}

// ---------------------------------------------------------------------------------------------

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function RoadmapSection({ state, projectId, canEdit }: { state: Latest; projectId: string; canEdit: boolean }) {
  const previous = (state.record?.inputs as { options?: Record<string, unknown> } | undefined)?.options ?? {};
  const [start, setStart] = useState(today());
  const [teamSize, setTeamSize] = useState("3");
  const [basis, setBasis] = useState("p50");
  const [gates, setGates] = useState(true);
  const { busy, error, fields, onSubmit } = useSubmit();

  useEffect(() => {
    if (typeof previous.start_date === "string") setStart(previous.start_date);
    if (previous.team_size != null) setTeamSize(String(previous.team_size));
    if (typeof previous.estimate_basis === "string") setBasis(previous.estimate_basis);
    if (typeof previous.phase_gates === "boolean") setGates(previous.phase_gates);
  }, [state.record?.id]);

  const submit = onSubmit(async () => {
    const options = {
      start_date: start,
      team_size: Number(teamSize),
      estimate_basis: basis,
      phase_gates: gates,
    } as Schemas["RoadmapOptions"];
    state.setRecord(await call(api.POST("/api/v1/projects/{project_id}/roadmap", { params: { path: { project_id: projectId } }, body: { options } })));
  });

  const roadmap = state.record?.artifact as unknown as Roadmap | undefined;
  return (
    <section className="card" aria-labelledby="roadmap-title">
      <h3 id="roadmap-title">Roadmap</h3>
      <ErrorAlert error={state.error} />
      {canEdit && (
        <form onSubmit={submit} noValidate>
          <ErrorAlert error={error} shownFields={["options.start_date", "options.team_size", "options.estimate_basis"]} />
          <div className="form-row">
            <TextField label="Start date" type="date" required value={start} onChange={(e) => setStart(e.target.value)} error={fields["options.start_date"]} />
            <TextField label="Team size" type="number" min={1} value={teamSize} onChange={(e) => setTeamSize(e.target.value)} error={fields["options.team_size"]} />
            <SelectField
              label="Effort basis"
              value={basis}
              onChange={(e) => setBasis(e.target.value)}
              error={fields["options.estimate_basis"]}
              options={[
                { value: "p50", label: "P50 (median)" },
                { value: "p10", label: "P10 (optimistic)" },
                { value: "p90", label: "P90 (safe)" },
                { value: "mean", label: "Mean" },
                { value: "point", label: "Point estimate" },
              ]}
            />
            <div className="field checkbox-field">
              <label>
                <input type="checkbox" checked={gates} onChange={(e) => setGates(e.target.checked)} /> Phase gates
              </label>
            </div>
          </div>
          <SubmitButton busy={busy} busyLabel="Planning…" label={roadmap ? "Re-plan" : "Plan the roadmap"} />
        </form>
      )}
      {state.record === undefined && !state.error && <Spinner />}
      {state.record === null && <p className="muted">No roadmap yet. It needs a design; an estimate sets the effort.</p>}
      {roadmap && state.record && (
        <div className="stack">
          <div className="kpis">
            <Stat value={formatDay(roadmap.start)} label="start" />
            <Stat value={formatDay(roadmap.finish)} label="finish" />
            <Stat value={roadmap.working_days} label="working days" />
            <Stat value={roadmap.tasks.length} label={`tasks · ${roadmap.critical_path.length} critical`} />
          </div>
          {roadmap.schedule_warnings?.map((w) => (
            <Alert key={w} kind="warning">
              {w}
            </Alert>
          ))}
          <Gantt roadmap={roadmap} />
          <details>
            <summary>Milestones</summary>
            <ul>
              {roadmap.milestones.map((m) => (
                <li key={m.id}>
                  {m.name}: {formatDay(m.date)}
                </li>
              ))}
            </ul>
          </details>
        </div>
      )}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

type Recurring = "" | "monthly" | "quarterly" | "yearly";
interface CostRow {
  name: string;
  amount: string;
  month: string;
  recurring: Recurring;
}
interface BenefitRow extends CostRow {
  probability: string;
  ramp_months: string;
}

interface RoiResult {
  npv: number;
  irr: number | null;
  irr_note?: string | null;
  roi_percent: number | null;
  payback_months: number | null;
  discounted_payback_months: number | null;
  benefit_cost_ratio: number | null;
  total_costs: number;
  total_benefits: number;
  cash_flows: {
    month: number;
    costs: number;
    benefits: number;
    net: number;
    discounted_net: number;
    cumulative: number;
    cumulative_discounted: number;
  }[];
  sensitivity?: { label: string; npv_low: number; npv_high: number; swing: number }[];
  notes?: string[];
}

const RECURRING: { value: Recurring; label: string }[] = [
  { value: "", label: "Once" },
  { value: "monthly", label: "Monthly" },
  { value: "quarterly", label: "Quarterly" },
  { value: "yearly", label: "Yearly" },
];

/** The costs or the benefits of the ROI form: a row of inputs for each, a button to add one. */
function RowsFieldset<Row extends CostRow>({
  noun,
  legend,
  columns,
  rows,
  onRows,
  blank,
  error,
  extra,
}: {
  noun: "Cost" | "Benefit";
  legend: string;
  columns: string[];
  rows: Row[];
  onRows: (rows: Row[]) => void;
  blank: Row;
  error: (index: number) => string;
  /** Cells for inputs a kind of row adds after the ones every row has. */
  extra?: (row: Row, index: number, set: (patch: Partial<Row>) => void) => ReactNode;
}) {
  const lower = noun.toLowerCase();
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      <DataTable className="rows-table" columns={[...columns, { label: "Remove", hidden: true }]}>
        {rows.map((row, i) => {
          const set = (patch: Partial<CostRow> | Partial<Row>) => onRows(rows.map((x, j) => (j === i ? { ...x, ...patch } : x)));
          return (
            <tr key={i}>
              <td>
                <input aria-label={`${noun} ${i + 1} name`} value={row.name} onChange={(e) => set({ name: e.target.value })} />
                {error(i) && <p className="field-error">{error(i)}</p>}
              </td>
              <td>
                <input aria-label={`${noun} ${i + 1} amount`} type="number" value={row.amount} onChange={(e) => set({ amount: e.target.value })} />
              </td>
              <td>
                <input aria-label={`${noun} ${i + 1} month`} type="number" min={0} value={row.month} onChange={(e) => set({ month: e.target.value })} />
              </td>
              <td>
                <select aria-label={`${noun} ${i + 1} repeats`} value={row.recurring} onChange={(e) => set({ recurring: e.target.value as Recurring })}>
                  {RECURRING.map((r) => (
                    <option key={r.value} value={r.value}>
                      {r.label}
                    </option>
                  ))}
                </select>
              </td>
              {extra?.(row, i, set)}
              <td>
                <button type="button" className="btn btn-small btn-ghost" aria-label={`Remove ${lower} ${i + 1}`} onClick={() => onRows(rows.filter((_, j) => j !== i))}>
                  ✕
                </button>
              </td>
            </tr>
          );
        })}
      </DataTable>
      <button type="button" className="btn btn-small" onClick={() => onRows([...rows, blank])}>
        + Add {lower}
      </button>
    </fieldset>
  );
}

function RoiSection({
  state,
  projectId,
  canEdit,
  currency,
  hasEstimate,
}: {
  state: Latest;
  projectId: string;
  canEdit: boolean;
  currency: string;
  hasEstimate: boolean;
}) {
  const [horizon, setHorizon] = useState("36");
  const [discount, setDiscount] = useState("10");
  const [investment, setInvestment] = useState("");
  const [costs, setCosts] = useState<CostRow[]>([{ name: "Hosting and support", amount: "500", month: "1", recurring: "monthly" }]);
  const [benefits, setBenefits] = useState<BenefitRow[]>([
    { name: "Staff time saved", amount: "6000", month: "3", recurring: "monthly", probability: "0.8", ramp_months: "3" },
  ]);
  const { busy, fields, error, onSubmit } = useSubmit();

  useEffect(() => {
    const inputs = state.record?.inputs as { roi?: Record<string, unknown>; percentile?: string } | undefined;
    const roi = inputs?.roi;
    if (roi) {
      setHorizon(String(roi.horizon_months ?? 36));
      setDiscount(String(Number(roi.discount_rate ?? 0.1) * 100));
      setInvestment(inputs?.percentile ?? "");
      const str = (v: unknown) => (v == null ? "" : String(v));
      const c = (roi.costs as Record<string, unknown>[] | undefined) ?? [];
      setCosts(c.map((row) => ({ name: str(row.name), amount: str(row.amount), month: str(row.month), recurring: (row.recurring ?? "") as Recurring })));
      const b = (roi.benefits as Record<string, unknown>[] | undefined) ?? [];
      setBenefits(
        b.map((row) => ({
          name: str(row.name),
          amount: str(row.amount),
          month: str(row.month),
          recurring: (row.recurring ?? "") as Recurring,
          probability: str(row.probability ?? 1),
          ramp_months: str(row.ramp_months ?? 0),
        })),
      );
    } else if (state.record === null && hasEstimate) {
      setInvestment("p50");
    }
  }, [state.record, hasEstimate]);

  const submit = onSubmit(async () => {
    const body: Schemas["RoiRequest"] = {
      horizon_months: Number(horizon),
      discount_rate: Number(discount) / 100,
      investment_from_estimate: (investment || null) as Schemas["RoiRequest"]["investment_from_estimate"],
      costs: costs.map((c) => ({ name: c.name, amount: Number(c.amount), month: Number(c.month || 0), recurring: c.recurring || null })),
      benefits: benefits.map((b) => ({
        name: b.name,
        amount: Number(b.amount),
        month: Number(b.month || 0),
        recurring: b.recurring || null,
        probability: Number(b.probability || 1),
        ramp_months: Number(b.ramp_months || 0),
      })),
    };
    state.setRecord(await call(api.POST("/api/v1/projects/{project_id}/roi", { params: { path: { project_id: projectId } }, body })));
  });

  const rowError = (list: string, i: number) =>
    Object.entries(fields)
      .filter(([k]) => k.startsWith(`${list}.${i}.`) || k === `${list}.${i}`)
      .map(([k, v]) => `${k.split(".").slice(2).join(".") || "row"}: ${v}`)
      .join("; ");
  const result = state.record?.artifact as unknown as RoiResult | undefined;
  const money = (v: number | null | undefined) => formatMoney(v, currency);
  const months = (v: number | null) => (v == null ? "never" : `${formatNumber(v)} mo`);

  return (
    <section className="card" aria-labelledby="roi-title">
      <h3 id="roi-title">Return on investment</h3>
      <ErrorAlert error={state.error} />
      {canEdit && (
        <form onSubmit={submit} noValidate className="stack">
          <ErrorAlert error={error} shownFields={Object.keys(fields)} />
          <div className="form-row">
            <TextField label="Horizon (months)" type="number" min={1} value={horizon} onChange={(e) => setHorizon(e.target.value)} error={fields.horizon_months} />
            <TextField label="Discount rate (% a year)" type="number" step="0.1" value={discount} onChange={(e) => setDiscount(e.target.value)} error={fields.discount_rate} />
            <SelectField
              label="Investment from the estimate"
              value={investment}
              onChange={(e) => setInvestment(e.target.value)}
              error={fields.investment_from_estimate}
              hint={hasEstimate ? undefined : "Create an estimate to use its cost."}
              options={[
                { value: "", label: "None (enter costs below)" },
                { value: "p10", label: "P10 cost" },
                { value: "p50", label: "P50 cost" },
                { value: "p90", label: "P90 cost" },
                { value: "mean", label: "Mean cost" },
              ]}
            />
          </div>
          <RowsFieldset
            noun="Cost"
            legend="Costs"
            columns={["Name", "Amount", "Month", "Repeats"]}
            rows={costs}
            onRows={setCosts}
            blank={{ name: "", amount: "", month: "0", recurring: "" }}
            error={(i) => rowError("costs", i)}
          />
          <RowsFieldset
            noun="Benefit"
            legend="Benefits"
            columns={["Name", "Amount", "From month", "Repeats", "Probability", "Ramp-up (months)"]}
            rows={benefits}
            onRows={setBenefits}
            blank={{ name: "", amount: "", month: "0", recurring: "monthly", probability: "1", ramp_months: "0" }}
            error={(i) => rowError("benefits", i)}
            extra={(b, i, set) => (
              <>
                <td>
                  <input aria-label={`Benefit ${i + 1} probability`} type="number" min={0} max={1} step="0.05" value={b.probability} onChange={(e) => set({ probability: e.target.value })} />
                </td>
                <td>
                  <input aria-label={`Benefit ${i + 1} ramp-up months`} type="number" min={0} value={b.ramp_months} onChange={(e) => set({ ramp_months: e.target.value })} />
                </td>
              </>
            )}
          />
          <div>
            <SubmitButton busy={busy} busyLabel="Calculating…" label="Calculate ROI" />
          </div>
        </form>
      )}
      {state.record === undefined && !state.error && <Spinner />}
      {state.record === null && !canEdit && <p className="muted">No ROI analysis yet.</p>}
      {result && state.record && "npv" in result && (
        <div className="stack roi-result" aria-live="polite">
          <p className="muted small">
            Version {state.record.version} · {formatDate(state.record.created_at)}
          </p>
          <div className="kpis">
            <Stat tone={result.npv < 0 ? "text-danger" : "text-success"} value={money(result.npv)} label="NPV" />
            <Stat value={result.irr == null ? "—" : formatPercent(result.irr)} label={`IRR (a year)${result.irr_note ? ` · ${result.irr_note}` : ""}`} />
            <Stat value={months(result.payback_months)} label="payback" />
            <Stat value={months(result.discounted_payback_months)} label="discounted payback" />
            <Stat value={result.roi_percent == null ? "—" : `${formatNumber(result.roi_percent, 0)} %`} label="ROI" />
            <Stat value={formatNumber(result.benefit_cost_ratio, 2)} label="benefit / cost" />
          </div>
          {result.notes?.map((n) => (
            <Alert key={n}>{n}</Alert>
          ))}
          <details>
            <summary>Cash flows ({result.cash_flows.length} months)</summary>
            <DataTable
              wrapClassName="table-scroll"
              label="Cash flows"
              columns={numberColumns("Month", "Costs", "Benefits", "Net", "Discounted net", "Cumulative", "Cumulative discounted")}
            >
              {result.cash_flows.map((f) => (
                <tr key={f.month}>
                  <td className="num">{f.month}</td>
                  <td className="num">{money(f.costs)}</td>
                  <td className="num">{money(f.benefits)}</td>
                  <td className={`num ${f.net < 0 ? "text-danger" : ""}`}>{money(f.net)}</td>
                  <td className="num">{money(f.discounted_net)}</td>
                  <td className={`num ${f.cumulative < 0 ? "text-danger" : ""}`}>{money(f.cumulative)}</td>
                  <td className="num">{money(f.cumulative_discounted)}</td>
                </tr>
              ))}
            </DataTable>
          </details>
          {result.sensitivity && result.sensitivity.length > 0 && (
            <details>
              <summary>Sensitivity (±20 %)</summary>
              <DataTable columns={["Input", ...numberColumns("NPV low", "NPV high", "Swing")]}>
                {result.sensitivity.map((s) => (
                  <tr key={s.label}>
                    <td>{s.label}</td>
                    <td className="num">{money(s.npv_low)}</td>
                    <td className="num">{money(s.npv_high)}</td>
                    <td className="num">{money(s.swing)}</td>
                  </tr>
                ))}
              </DataTable>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
