"""Requirements analysis: find, split, merge, classify, prioritise and check requirements.

Public API::

    analyze(documents, options=None, progress=None) -> AnalysisResult
    AnalysisOptions
    classify_texts(texts) -> list[Classification]   # PROMISE label, P(NFR), ISO category

Conventions of the output:

- ``Requirement.id`` is ``REQ-001``… in document order then offset, so the same input gives the
  same ids. ``sources[i].quote == document.text[start:end]``; merged duplicates keep every source.
- ``Requirement.findings`` offsets are into the text of the document of ``sources[0]``.
- ``entities`` holds entity names (singular, lower case) and attributes as ``entity.attribute``.
- The PROMISE class is not an artifact field; ``classify_texts`` returns it, and
  ``promise_label_of(category)`` maps a category back to its representative class.
"""

from autoagi.engine.analysis.classify.labels import ISO_CATEGORY, promise_label_of
from autoagi.engine.analysis.classify.model import Classification, classify_texts
from autoagi.engine.analysis.options import AnalysisOptions
from autoagi.engine.analysis.pipeline import analyze

__all__ = [
    "ISO_CATEGORY",
    "AnalysisOptions",
    "Classification",
    "analyze",
    "classify_texts",
    "promise_label_of",
]
