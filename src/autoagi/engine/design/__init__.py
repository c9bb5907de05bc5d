"""Design engine: requirements → domain model, roles, REST API, pages, ADRs and Mermaid diagrams.

Offline and deterministic: the same requirements give a byte-identical ``Design``.
"""

from autoagi.engine.design.builder import design
from autoagi.engine.design.field_types import FIELD_TYPES
from autoagi.engine.design.markdown import adr_filename, render_adr_markdown, render_design_markdown
from autoagi.engine.design.options import DesignOptions

__all__ = [
    "FIELD_TYPES",
    "DesignOptions",
    "adr_filename",
    "design",
    "render_adr_markdown",
    "render_design_markdown",
]
