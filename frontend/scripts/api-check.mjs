// Fails when the committed typed client (src/api/schema.d.ts) is not what openapi-typescript
// generates from the committed schema (openapi.json) — and, when the repository's Python
// environment is there, when openapi.json itself no longer matches the API
// (`python scripts/export-openapi.py`). Fix with:
//   python scripts/export-openapi.py -o frontend/openapi.json && npm run api:gen
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const frontend = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repo = resolve(frontend, "..");
const temp = mkdtempSync(join(tmpdir(), "autoagi-api-check-"));
const problems = [];

function firstDifference(a, b) {
  const left = a.split("\n");
  const right = b.split("\n");
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i]) return `line ${i + 1}:\n  committed: ${left[i] ?? "<end>"}\n  generated: ${right[i] ?? "<end>"}`;
  }
  return "";
}

try {
  const python = process.env.PYTHON ?? [join(repo, ".venv", "bin", "python")].find((p) => existsSync(p));
  if (python && process.env.AUTOAGI_API_CHECK_SKIP_EXPORT !== "1") {
    const fresh = join(temp, "openapi.json");
    execFileSync(python, [join(repo, "scripts", "export-openapi.py"), "-o", fresh], { stdio: ["ignore", "ignore", "inherit"] });
    const committed = readFileSync(join(frontend, "openapi.json"), "utf8");
    const generated = readFileSync(fresh, "utf8");
    if (committed !== generated) {
      problems.push(`frontend/openapi.json differs from the API's schema (${firstDifference(committed, generated)})`);
    }
  } else {
    console.log("api:check: not re-exporting the schema (no Python environment, or skipped); checking schema.d.ts against openapi.json");
  }

  const out = join(temp, "schema.d.ts");
  execFileSync(
    process.execPath,
    [join(frontend, "node_modules", "openapi-typescript", "bin", "cli.js"), join(frontend, "openapi.json"), "--output", out],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const committed = readFileSync(join(frontend, "src", "api", "schema.d.ts"), "utf8");
  const generated = readFileSync(out, "utf8");
  if (committed !== generated) {
    problems.push(`frontend/src/api/schema.d.ts is stale (${firstDifference(committed, generated)})`);
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

if (problems.length) {
  for (const p of problems) console.error(`api:check: ${p}`);
  console.error("Regenerate: python scripts/export-openapi.py -o frontend/openapi.json && (cd frontend && npm run api:gen)");
  process.exit(1);
}
console.log("api:check: the generated API client is up to date");
