"""What every section of the PDF needs: styles, the frame's size, and bookmark keys."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from reportlab.platypus import Paragraph

from .flowables import heading
from .styles import Styles


@dataclass
class RenderContext:
    styles: Styles
    width: float
    height: float
    _keys: itertools.count = field(default_factory=itertools.count)

    def heading(self, text: str, level: int) -> Paragraph:
        """A section (0), subsection (1) or item (2) heading, bookmarked in the PDF outline."""
        style = (self.styles.h1, self.styles.h2, self.styles.h3)[level]
        return heading(text, style, level, f"h{next(self._keys)}")
