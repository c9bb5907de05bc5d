"""Turn a model's text into a validated pydantic instance, or into errors it can act on."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from autoagi.engine.llm.provider import OutputT

# Enough for the model to fix its answer; a flood of errors only costs tokens.
_MAX_ERRORS_SHOWN = 20


def schema_instructions(schema: dict[str, Any]) -> str:
    return (
        "Answer with a single JSON object and nothing else: no prose, no Markdown fences. "
        "It must validate against this JSON schema:\n" + json.dumps(schema, ensure_ascii=False, separators=(",", ":"))
    )


def repair_instructions(errors: list[str]) -> str:
    listed = "\n".join(f"- {error}" for error in errors)
    return (
        "Your previous answer did not satisfy the JSON schema:\n"
        f"{listed}\n"
        "Answer again with the corrected JSON object only."
    )


def _strip_code_fence(text: str) -> str:
    stripped = text.strip()
    if stripped.startswith("```"):
        first_newline = stripped.find("\n")
        stripped = stripped[first_newline + 1 :] if first_newline != -1 else ""
        if stripped.rstrip().endswith("```"):
            stripped = stripped.rstrip()[:-3]
    return stripped.strip()


def _decode_json(text: str) -> Any:
    candidate = _strip_code_fence(text)
    try:
        return json.loads(candidate)
    except json.JSONDecodeError as first_error:
        # Models sometimes wrap the object in a sentence; take the first complete object.
        opening = candidate.find("{")
        if opening == -1:
            raise first_error from None
        value, _ = json.JSONDecoder().raw_decode(candidate, opening)
        return value


def _describe_validation_errors(error: ValidationError) -> list[str]:
    described = []
    for item in error.errors(include_url=False)[:_MAX_ERRORS_SHOWN]:
        location = ".".join(str(part) for part in item["loc"]) or "(root)"
        described.append(f"{location}: {item['msg']}")
    return described


def parse_structured_reply(text: str, output_model: type[OutputT]) -> tuple[OutputT | None, list[str]]:
    """The validated instance, or ``None`` and the errors to send back to the model."""
    try:
        value = _decode_json(text)
    except json.JSONDecodeError as error:
        return None, [f"the answer is not valid JSON: {error}"]
    try:
        return output_model.model_validate(value), []
    except ValidationError as error:
        return None, _describe_validation_errors(error)
