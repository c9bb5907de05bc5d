"""Structured JSON logs: one object per line, each carrying the request id."""

from __future__ import annotations

import json
import logging

from autoagi.server.logs import configure_logging, request_id_var


def test_json_lines_carry_the_request_id(capsys) -> None:
    configure_logging("INFO", json_lines=True)
    try:
        token = request_id_var.set("req-1234567890")
        logging.getLogger("autoagi.test").info("hello", extra={"path": "/x"})
        request_id_var.reset(token)
        logging.getLogger("autoagi.test").warning("outside a request")
    finally:
        configure_logging("WARNING", json_lines=False)
    lines = [json.loads(line) for line in capsys.readouterr().err.strip().splitlines()]
    assert lines[0]["message"] == "hello" and lines[0]["request_id"] == "req-1234567890" and lines[0]["path"] == "/x"
    assert lines[0]["level"] == "INFO" and lines[0]["logger"] == "autoagi.test" and "time" in lines[0]
    assert lines[1]["request_id"] is None
