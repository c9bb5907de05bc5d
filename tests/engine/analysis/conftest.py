import hashlib

import pytest

from autoagi.engine.artifacts import Document, Segment


def build_document(text: str, doc_id: str = "doc-1", speakers: bool = False) -> Document:
    """A Document as ingest would give it: one segment per non-empty line."""
    segments = []
    pos = 0
    for n, line in enumerate(text.split("\n")):
        if line.strip():
            speaker = line.split(":", 1)[0] if speakers and ":" in line else None
            segments.append(Segment(id=f"s{n}", start=pos, end=pos + len(line), speaker=speaker))
        pos += len(line) + 1
    return Document(
        id=doc_id,
        name=f"{doc_id}.txt",
        media_type="text/plain",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        text=text,
        segments=segments,
    )


@pytest.fixture
def make_doc():
    return build_document


def assert_sources_exact(result):
    texts = {d.id: d.text for d in result.documents}
    for req in result.requirements:
        assert req.sources, req.id
        for src in req.sources:
            assert texts[src.document_id][src.start : src.end] == src.quote, (req.id, src)
        for finding in req.findings:
            if finding.start is not None:
                assert 0 <= finding.start <= finding.end <= len(texts[req.sources[0].document_id])


@pytest.fixture
def check_sources():
    return assert_sources_exact
