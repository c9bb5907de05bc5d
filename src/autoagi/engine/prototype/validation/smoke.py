"""Started inside the sandbox: serve the app on loopback and call every endpoint of its OpenAPI schema.

    python -I -B -u smoke.py --app-dir DIR --work-dir DIR --guard GUARD.py --out RESULT.json \
        --readiness /healthz [--only ONLY.json] -- SERVE_ARGS...   ("{port}" in SERVE_ARGS is replaced)

The app is a black box reached over HTTP. Its OpenAPI schema says what to call; conventions of
the generated apps fill the gaps: request bodies use the schema's ``examples``, a property with
``x-references: <segment>`` takes the id of a record of ``/api/<segment>``, operations
``register`` and ``login`` give a bearer token, ``{record_id}`` is the record created at the
collection the path starts with and ``{other_id}`` one from the segment before it. Deletions,
sign-out and erasing the account come last. Any status outside 2xx is a failure.

``--only`` names a file ``{"endpoints": ["GET /api/pets/{record_id}", ...], "segments": ["pets"]}``:
then only those operations, and those with one of the segments in their path, are called (after
signing in; records they need are still created), and the front end is not fetched.

Standard library only, like ``guard.py``; the server itself runs under ``guard.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

_METHODS = ("get", "post", "put", "patch", "delete")
_PARAMETER = re.compile(r"\{([^/{}]+)\}")
_ASSET = re.compile(r'(?:src|href)="(static/[^"]+)"')
_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class Client:
    def __init__(self, base: str) -> None:
        self.base = base
        self.token: str | None = None

    def request(self, method: str, path: str, body: Any = None, timeout: float = 15) -> tuple[int, bytes, str]:
        data = None if body is None else json.dumps(body).encode()
        headers = {"Accept": "*/*"}
        if data is not None:
            headers["Content-Type"] = "application/json"
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(self.base + path, data=data, method=method.upper(), headers=headers)
        try:
            with _NO_PROXY.open(request, timeout=timeout) as response:
                return response.status, response.read(), response.headers.get("content-type", "")
        except urllib.error.HTTPError as error:
            return error.code, error.read(), error.headers.get("content-type", "")
        except (urllib.error.URLError, OSError) as error:
            return 0, str(error).encode(), ""


class Smoke:
    def __init__(self, client: Client, schema: dict[str, Any], only: dict[str, Any] | None = None) -> None:
        self.client = client
        self.schema = schema
        self.only = only
        self.checks: list[dict[str, Any]] = []
        self.records: dict[str, Any] = {}
        self.created: list[str] = []  # segments in the order their records were created
        self.account: dict[str, Any] | None = None

    # --- schema helpers -----------------------------------------------------------------------

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while isinstance(node, dict) and "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            node = self.schema.get("components", {}).get("schemas", {}).get(name, {})
        return node

    def body_schema(self, operation: dict[str, Any]) -> dict[str, Any] | None:
        content = operation.get("requestBody", {}).get("content", {})
        if "application/json" not in content:
            return None
        return self.resolve(content["application/json"].get("schema", {}))

    def example_for(self, operation: dict[str, Any]) -> Any:
        schema = self.body_schema(operation)
        if schema is None:
            return None
        if schema.get("type") == "array":
            return []  # bulk endpoints: an empty batch still exercises them without clashing uniques
        body = dict((schema.get("examples") or [{}])[0])
        for name, prop in (schema.get("properties") or {}).items():
            segment = self.resolve(prop).get("x-references") or _references_in(prop)
            if segment and name not in body and (name in schema.get("required", []) or segment in self.records):
                record_id = self.record_of(segment)
                if record_id is not None:
                    body[name] = record_id
        return body

    def operations(self) -> list[tuple[str, str, dict[str, Any]]]:
        found = []
        for path, item in sorted(self.schema.get("paths", {}).items()):
            for method in _METHODS:
                if method in item:
                    found.append((method.upper(), path, item[method]))
        return found

    # --- records --------------------------------------------------------------------------------

    def record_of(self, segment: str) -> Any:
        """The id of a record at ``/api/<segment>``: one created here, else the first listed."""
        if segment in self.records:
            return self.records[segment]
        collection = f"/api/{segment}"
        operation = self.schema.get("paths", {}).get(collection, {}).get("post")
        if operation is not None:
            self.records[segment] = None  # a cycle of references stops here
            body = self.example_for(operation)
            status, content, _ = self.client.request("POST", collection, body)
            self.record("POST", collection, operation, status, content, phase="create")
            if 200 <= status < 300:
                self.records[segment] = json.loads(content).get("id")
                self.created.append(segment)
                return self.records[segment]
        status, content, _ = self.client.request("GET", collection + "?limit=1")
        try:
            items = json.loads(content).get("items", []) if 200 <= status < 300 else []
        except ValueError:
            items = []
        self.records[segment] = items[0]["id"] if items else None
        return self.records[segment]

    def fill(self, path: str) -> str | None:
        """``path`` with its parameters replaced by ids of real records, or None if there are none."""
        parts = path.split("/")
        for index, part in enumerate(parts):
            match = _PARAMETER.fullmatch(part)
            if not match:
                continue
            segment = parts[index - 1] if index >= 1 else ""
            record_id = self.record_of(segment) if segment else None
            if record_id is None:
                return None
            parts[index] = str(record_id)
        return "/".join(parts)

    def record(
        self, method: str, path: str, operation: dict[str, Any], status: int, content: bytes, phase: str
    ) -> None:
        ok = 200 <= status < 300
        self.checks.append(
            {
                "method": method,
                "path": path,
                "phase": phase,
                "status": status,
                "ok": ok,
                "requirements": operation.get("x-requirement-ids", []),
                "detail": "" if ok else content[:600].decode("utf-8", "replace"),
            }
        )

    # --- the run --------------------------------------------------------------------------------

    def sign_in(self) -> None:
        by_id = {op.get("operationId"): (method, path, op) for method, path, op in self.operations()}
        if "register" not in by_id or "login" not in by_id:
            return
        method, path, operation = by_id["register"]
        account = self.example_for(operation) or {}
        account["email"] = "smoke.test@example.com"
        status, content, _ = self.client.request(method, path, account)
        self.record(method, path, operation, status, content, phase="auth")
        self.account = account
        self.log_in(by_id["login"])

    def log_in(self, login: tuple[str, str, dict[str, Any]]) -> None:
        method, path, operation = login
        credentials = {"email": self.account["email"], "password": self.account.get("password", "")}
        status, content, _ = self.client.request(method, path, credentials)
        self.record(method, path, operation, status, content, phase="auth")
        if 200 <= status < 300:
            self.client.token = json.loads(content).get("access_token")

    def wanted(self, method: str, path: str) -> bool:
        if self.only is None:
            return True
        if f"{method} {path}" in self.only.get("endpoints", []):
            return True
        return bool(set(path.split("/")) & set(self.only.get("segments", [])))

    def run(self) -> None:
        self.sign_in()
        operations = [
            item
            for item in self.operations()
            if item[2].get("operationId") not in ("register", "login") and self.wanted(item[0], item[1])
        ]
        record_deletions = [item for item in operations if item[0] == "DELETE" and _PARAMETER.search(item[1])]
        sign_out = [item for item in operations if item[1].endswith("/logout")]
        account_deletions = [item for item in operations if item[0] == "DELETE" and not _PARAMETER.search(item[1])]
        last = record_deletions + sign_out + account_deletions
        for method, path, operation in operations:
            if (method, path, operation) not in last:
                self.call(method, path, operation, "call")
        for method, path, operation in sorted(record_deletions, key=self.deletion_order):
            self.call(method, path, operation, "delete")
        for method, path, operation in sign_out:
            self.call(method, path, operation, "sign out")
            login = next((item for item in self.operations() if item[2].get("operationId") == "login"), None)
            if login and self.account:
                self.log_in(login)
        for method, path, operation in account_deletions:
            self.call(method, path, operation, "delete")

    def deletion_order(self, item: tuple[str, str, dict[str, Any]]) -> tuple[int, int]:
        """Links before records, children before the parents they were created for."""
        path = item[1]
        segment = path.split("/")[2] if path.count("/") >= 2 else ""
        created = self.created.index(segment) if segment in self.created else -1
        return (-path.count("{"), -created)

    def call(self, method: str, path: str, operation: dict[str, Any], phase: str) -> None:
        if method == "POST" and _collection_segment(path):
            self.record_of(_collection_segment(path) or "")  # creates it, and records the check, once
            return
        filled = self.fill(path)
        if filled is None:
            self.checks.append(
                {
                    "method": method,
                    "path": path,
                    "phase": phase,
                    "status": 0,
                    "ok": False,
                    "requirements": operation.get("x-requirement-ids", []),
                    "detail": "no record to call it with",
                }
            )
            return
        status, content, _ = self.client.request(method, filled, self.example_for(operation))
        self.record(method, path, operation, status, content, phase)

    def front_end(self) -> None:
        status, content, kind = self.client.request("GET", "/")
        ok = status == 200 and "text/html" in kind
        self.checks.append(
            {
                "method": "GET",
                "path": "/",
                "phase": "front end",
                "status": status,
                "ok": ok,
                "requirements": [],
                "detail": "" if ok else content[:300].decode("utf-8", "replace"),
            }
        )
        if not ok:
            return
        for asset in sorted(set(_ASSET.findall(content.decode("utf-8", "replace")))):
            asset_status, asset_content, _ = self.client.request("GET", "/" + asset)
            self.checks.append(
                {
                    "method": "GET",
                    "path": "/" + asset,
                    "phase": "front end",
                    "status": asset_status,
                    "ok": asset_status == 200,
                    "requirements": [],
                    "detail": "" if asset_status == 200 else asset_content[:300].decode("utf-8", "replace"),
                }
            )


def _collection_segment(path: str) -> str | None:
    parts = path.split("/")
    return parts[2] if len(parts) == 3 and parts[1] == "api" and "{" not in path else None


def _references_in(prop: dict[str, Any]) -> str | None:
    for option in prop.get("anyOf", []):
        if isinstance(option, dict) and option.get("x-references"):
            return option["x-references"]
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_ready(client: Client, path: str, server: subprocess.Popen, timeout: float) -> float | None:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if server.poll() is not None:
            return None
        status, _, _ = client.request("GET", path, timeout=2)
        if status == 200:
            return time.monotonic() - started
        time.sleep(0.1)
    return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--app-dir", required=True)
    parser.add_argument("--work-dir", required=True)
    parser.add_argument("--guard", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--readiness", default="/healthz")
    parser.add_argument("--ready-timeout", type=float, default=30.0)
    parser.add_argument("--only", default="")
    parser.add_argument("serve", nargs=argparse.REMAINDER)
    options = parser.parse_args()
    serve = [part for part in options.serve if part != "--"]
    if serve[:1] != ["-m"] or len(serve) < 2:
        parser.error("the serve arguments must start with -m MODULE")
    port = free_port()
    work = Path(options.work_dir)
    command = [
        sys.executable,
        "-I",
        "-B",
        "-u",
        options.guard,
        "--violations",
        str(work / "violations.jsonl"),
        "--writable",
        options.app_dir,
        "--writable",
        str(work),
        "module",
        serve[1],
        "--",
        *[part.replace("{port}", str(port)) for part in serve[2:]],
    ]
    # The generated apps read these: a database of its own, and cheap password hashing (the smoke
    # test checks that endpoints answer, not how slow a password is to guess).
    environment = {"APP_DATABASE": str(work / "smoke.db"), "APP_PASSWORD_ITERATIONS": "1000"}
    result: dict[str, Any] = {"started": False, "port": port, "checks": []}
    with open(work / "server.log", "wb") as log:
        server = subprocess.Popen(
            command,
            cwd=options.app_dir,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env={**_inherited_environment(), **environment},
        )
        try:
            client = Client(f"http://127.0.0.1:{port}")
            ready = wait_until_ready(client, options.readiness, server, options.ready_timeout)
            result["ready_s"] = ready
            if ready is not None:
                result["started"] = True
                status, content, _ = client.request("GET", "/openapi.json")
                schema = json.loads(content) if status == 200 else {}
                only = json.loads(Path(options.only).read_text(encoding="utf-8")) if options.only else None
                smoke = Smoke(client, schema, only)
                if only is None:
                    smoke.front_end()
                smoke.run()
                result["checks"] = smoke.checks
        finally:
            server.terminate()
            try:
                server.wait(timeout=5)
            except subprocess.TimeoutExpired:
                server.kill()
    result["server_exit"] = server.returncode
    Path(options.out).write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


def _inherited_environment() -> dict[str, str]:
    return dict(os.environ)


if __name__ == "__main__":
    sys.exit(main())
