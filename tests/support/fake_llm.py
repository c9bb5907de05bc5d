"""A local HTTP server speaking the OpenAI and Anthropic wire protocols, scripted per test.

No client library is mocked: providers run the official ``openai`` and ``anthropic`` packages
against this server on 127.0.0.1. Each test queues the responses the server gives, in order,
and reads back the requests it received.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

OPENAI_PATH = "/v1/chat/completions"
ANTHROPIC_PATH = "/v1/messages"


@dataclass
class ScriptedResponse:
    status: int = 200
    body: Any = None  # a dict is sent as JSON, a str as it is
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0  # wait before answering, to exceed the client's timeout


@dataclass
class RecordedRequest:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


class ScriptedVendorServer:
    def __init__(self) -> None:
        self._script: deque[ScriptedResponse] = deque()
        self._lock = threading.Lock()
        self.requests: list[RecordedRequest] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the name http.server dispatches to
                length = int(self.headers.get("content-length", "0"))
                raw = self.rfile.read(length)
                with server._lock:
                    server.requests.append(
                        RecordedRequest(
                            path=self.path,
                            headers={name.lower(): value for name, value in self.headers.items()},
                            body=json.loads(raw or b"{}"),
                        )
                    )
                    scripted = server._script.popleft() if server._script else None
                if self.path not in (OPENAI_PATH, ANTHROPIC_PATH):
                    scripted = ScriptedResponse(404, {"error": {"message": f"no route {self.path}"}})
                elif scripted is None:
                    # A client that calls more often than the test expects fails loudly, not by retrying.
                    scripted = ScriptedResponse(400, {"error": {"message": "test script exhausted"}})
                time.sleep(scripted.delay_s)
                body = scripted.body
                payload = (body if isinstance(body, str) else json.dumps(body)).encode()
                try:
                    self.send_response(scripted.status)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(payload)))
                    for name, value in scripted.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client timed out and left; that is what the test wanted

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True  # a deliberately slow answer must not block teardown
        port = self._server.server_address[1]
        self.openai_base_url = f"http://127.0.0.1:{port}/v1"
        self.anthropic_base_url = f"http://127.0.0.1:{port}"
        # A short poll interval keeps shutdown (once per test) quick.
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def enqueue(self, *responses: ScriptedResponse) -> None:
        with self._lock:
            self._script.extend(responses)

    @property
    def unanswered(self) -> int:
        return len(self._script)

    # -- wire formats --------------------------------------------------------------------------

    @staticmethod
    def openai_reply(
        content: str | dict[str, Any],
        *,
        input_tokens: int = 100,
        output_tokens: int = 20,
        with_usage: bool = True,
        delay_s: float = 0.0,
        finish_reason: str = "stop",
    ) -> ScriptedResponse:
        text = content if isinstance(content, str) else json.dumps(content)
        body: dict[str, Any] = {
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "created": 1_700_000_000,
            "model": "test-model",
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish_reason}
            ],
        }
        if with_usage:
            body["usage"] = {
                "prompt_tokens": input_tokens,
                "completion_tokens": output_tokens,
                "total_tokens": input_tokens + output_tokens,
            }
        return ScriptedResponse(200, body, delay_s=delay_s)

    @staticmethod
    def anthropic_reply(
        content: str | dict[str, Any],
        *,
        input_tokens: int = 100,
        output_tokens: int = 20,
        delay_s: float = 0.0,
    ) -> ScriptedResponse:
        text = content if isinstance(content, str) else json.dumps(content)
        body = {
            "id": "msg_test",
            "type": "message",
            "role": "assistant",
            "model": "test-claude",
            "content": [{"type": "text", "text": text}],
            "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens},
        }
        return ScriptedResponse(200, body, delay_s=delay_s)

    @staticmethod
    def openai_error(status: int, *, headers: dict[str, str] | None = None) -> ScriptedResponse:
        body = {"error": {"message": f"scripted {status}", "type": "server_error", "code": None}}
        return ScriptedResponse(status, body, headers or {})

    @staticmethod
    def anthropic_error(status: int, *, headers: dict[str, str] | None = None) -> ScriptedResponse:
        kind = {429: "rate_limit_error", 529: "overloaded_error"}.get(status, "api_error")
        body = {"type": "error", "error": {"type": kind, "message": f"scripted {status}"}}
        return ScriptedResponse(status, body, headers or {})
