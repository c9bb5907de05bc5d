"""Knobs of the design engine. Defaults give the design the prototype generator expects."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class DesignOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id_type: Literal["uuid", "integer"] = "uuid"
    timestamps: bool = True  # created_at / updated_at on every entity
    # An entity one requirement names in passing, with no attribute, relation or operation, is dropped.
    keep_unsupported_entities: bool = False
    include_wont: bool = False  # "won't have" requirements shape nothing; an ADR records them as out of scope
    max_sequence_flows: int = Field(default=6, ge=0, le=50)
    max_identifier_length: int = Field(default=40, ge=16, le=63)  # 63: PostgreSQL's identifier limit
    system_name: str = Field(default="Application", max_length=80)
