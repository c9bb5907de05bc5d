"""The response cache: keyed by (provider, model, prompt, schema); memory and directory stores."""

from __future__ import annotations

import json

import pytest
from pydantic import BaseModel

from autoagi.engine.llm import (
    DirectoryResponseCache,
    InMemoryResponseCache,
    LLMTask,
    ResponseCache,
    Usage,
    cache_key,
)


class Answer(BaseModel):
    text: str


class OtherAnswer(BaseModel):
    words: list[str]


KEY_PARTS = {"provider": "openai@http://x", "model": "m", "system": "s", "user": "u", "schema": {"a": 1}}


def answer_task(user: str = "Say something.") -> LLMTask[Answer]:
    return LLMTask(system="Be brief.", user=user, output_model=Answer)


def test_cache_key_is_stable_and_changes_with_every_part():
    key = cache_key(**KEY_PARTS)
    assert key == cache_key(**dict(reversed(list(KEY_PARTS.items()))))
    assert len(key) == 64
    for part, other_value in [
        ("provider", "anthropic@http://x"),
        ("model", "m2"),
        ("system", "s2"),
        ("user", "u2"),
        ("schema", {"a": 2}),
    ]:
        assert cache_key(**{**KEY_PARTS, part: other_value}) != key


@pytest.mark.parametrize("make_cache", [InMemoryResponseCache, DirectoryResponseCache], ids=["memory", "dir"])
def test_caches_store_and_return_json_values(make_cache, tmp_path):
    cache = make_cache(tmp_path) if make_cache is DirectoryResponseCache else make_cache()
    key = cache_key(**KEY_PARTS)
    assert isinstance(cache, ResponseCache)

    assert cache.get(key) is None
    cache.set(key, {"output": {"text": "é"}, "n": [1, 2]})
    value = cache.get(key)
    assert value == {"output": {"text": "é"}, "n": [1, 2]}

    value["n"].append(3)  # a caller's change must not leak into the cache
    assert cache.get(key) == {"output": {"text": "é"}, "n": [1, 2]}
    with pytest.raises(ValueError):
        cache.get("../../etc/passwd")


def test_memory_cache_evicts_the_least_recently_used_entry():
    cache = InMemoryResponseCache(max_entries=2)
    first, second, third = (cache_key(**{**KEY_PARTS, "user": name}) for name in "abc")
    cache.set(first, {"v": 1})
    cache.set(second, {"v": 2})
    cache.get(first)
    cache.set(third, {"v": 3})

    assert cache.get(second) is None and cache.get(first) == {"v": 1} and len(cache) == 2


def test_directory_cache_treats_a_corrupt_entry_as_a_miss(tmp_path):
    cache = DirectoryResponseCache(tmp_path)
    key = cache_key(**KEY_PARTS)
    cache.set(key, {"v": 1})
    [stored] = list(tmp_path.rglob("*.json"))
    assert stored.parent.name == key[:2]
    stored.write_text("{truncated", encoding="utf-8")

    assert cache.get(key) is None


def test_a_repeated_task_is_answered_from_the_cache_without_an_http_call(vendor, make_openai_provider):
    vendor.enqueue(vendor.openai_reply({"text": "hello"}, input_tokens=40, output_tokens=5))
    provider = make_openai_provider(cache=InMemoryResponseCache())

    first = provider.complete(answer_task())
    second = provider.complete(answer_task())

    assert len(vendor.requests) == 1
    assert second.output == first.output and second.cached and second.rounds == 0
    assert second.usage == Usage()
    assert provider.budget.calls == 1 and provider.budget.spent.total_tokens == 45


def test_a_different_prompt_or_schema_misses_the_cache(vendor, make_openai_provider):
    vendor.enqueue(
        vendor.openai_reply({"text": "one"}),
        vendor.openai_reply({"text": "two"}),
        vendor.openai_reply({"words": ["three"]}),
    )
    provider = make_openai_provider(cache=InMemoryResponseCache())

    provider.complete(answer_task("first"))
    provider.complete(answer_task("second"))
    provider.complete(LLMTask(system="Be brief.", user="first", output_model=OtherAnswer))

    assert len(vendor.requests) == 3


def test_the_directory_cache_survives_a_new_provider(vendor, make_openai_provider, tmp_path):
    vendor.enqueue(vendor.openai_reply({"text": "persisted"}))
    make_openai_provider(cache=DirectoryResponseCache(tmp_path)).complete(answer_task())

    later = make_openai_provider(cache=DirectoryResponseCache(tmp_path)).complete(answer_task())

    assert later.cached and later.output.text == "persisted"
    assert len(vendor.requests) == 1
    [entry] = [json.loads(path.read_text()) for path in tmp_path.rglob("*.json")]
    assert entry["output"] == {"text": "persisted"}


def test_a_repaired_answer_is_cached_as_the_valid_one(vendor, make_openai_provider):
    vendor.enqueue(vendor.openai_reply("oops"), vendor.openai_reply({"text": "fixed"}))
    provider = make_openai_provider(cache=InMemoryResponseCache())

    provider.complete(answer_task())
    again = provider.complete(answer_task())

    assert again.cached and again.output.text == "fixed"
    assert len(vendor.requests) == 2
