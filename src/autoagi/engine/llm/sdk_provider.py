"""What the providers built on a vendor's official SDK share: how they are constructed.

A subclass names the vendor, its default server and the backend that wraps the SDK client;
everything else (budget, retries, parsing, cache) is :class:`StructuredChatProvider`'s.
"""

from __future__ import annotations

import random
import time
from typing import TYPE_CHECKING, ClassVar, Protocol

from autoagi.engine.llm.budget import Budget
from autoagi.engine.llm.cache import ResponseCache
from autoagi.engine.llm.config import LLMConfig
from autoagi.engine.llm.retry import Sleep
from autoagi.engine.llm.structured import ChatBackend, StructuredChatProvider

if TYPE_CHECKING:
    # The vendors' own HTTP library; only a type here (pass a client to set proxies or a CA bundle).
    import httpx2


class SDKBackendType(Protocol):
    def __call__(self, config: LLMConfig, *, http_client: httpx2.Client | None = None) -> ChatBackend: ...


class SDKChatProvider(StructuredChatProvider):
    provider_name: ClassVar[str]
    default_base_url: ClassVar[str]
    backend_type: ClassVar[SDKBackendType]

    def __init__(
        self,
        config: LLMConfig,
        *,
        budget: Budget | None = None,
        cache: ResponseCache | None = None,
        sleep: Sleep = time.sleep,
        rng: random.Random | None = None,
        http_client: httpx2.Client | None = None,
    ) -> None:
        super().__init__(
            name=self.provider_name,
            config=config,
            backend=self.backend_type(config, http_client=http_client),
            endpoint=config.base_url or self.default_base_url,
            budget=budget,
            cache=cache,
            sleep=sleep,
            rng=rng,
        )
