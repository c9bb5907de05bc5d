"""HTML, parsed with lxml and reduced to its visible text, laid out by blocks (headings,
paragraphs, list items, table cells, preformatted text).

Sanitising here means that nothing but visible text survives: scripts, styles, templates,
embedded objects, comments, processing instructions and elements marked hidden are skipped with
their whole subtree, and no markup or attribute reaches the document text. (nh3 was tried
first; its tree builder takes quadratic time on deeply nested input, e.g. 40,000 nested <div>s
take 4 s, so a hostile page could stall a worker. libxml2 parses the same in milliseconds.)
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from ..errors import CorruptDocument, EmptyDocument, NoText
from ..layout import ParsedText, TextAssembler
from ..source import Source

_HEADING_LEVELS = {f"h{n}": n for n in range(1, 7)}
_BLOCK_KINDS = {
    **dict.fromkeys(("h1", "h2", "h3", "h4", "h5", "h6", "summary"), "heading"),
    **dict.fromkeys(("li", "dt", "dd"), "list_item"),
    **dict.fromkeys(("td", "th"), "table_cell"),
    **dict.fromkeys(("caption", "figcaption"), "caption"),
    "pre": "code",
    "blockquote": "quote",
}
# Blocks that take the kind of their parent block: they only end the running text.
_NEUTRAL_BLOCKS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "nav",
        "main",
        "details",
        "ul",
        "ol",
        "dl",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "figure",
        "hgroup",
        "address",
        "center",
        "hr",
        "body",
        "html",
        "form",
        "fieldset",
        "legend",
        "menu",
    }
)
# Elements whose content is never text a reader sees.
_INVISIBLE = frozenset(
    {
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        "canvas",
        "select",
        "textarea",
        "button",
        "title",
        "meta",
        "link",
        "base",
        "audio",
        "video",
    }
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
_LINE_BREAK = "\ue000"  # private-use marker for <br>, survives whitespace collapsing
_WHITESPACE = re.compile(r"\s+")
_AROUND_BREAK = re.compile(rf" ?{_LINE_BREAK} ?")


def parse_html(source: Source) -> ParsedText:
    text = source.decoded.text
    if not text.strip():
        raise EmptyDocument("The file contains no text.")
    assembler = TextAssembler()
    title = lay_out_html(text, assembler)
    if assembler.is_empty:
        raise NoText("The HTML page contains no visible text.")
    metadata = {"encoding": source.decoded.encoding}
    if title:
        metadata["title"] = title
    return assembler.result(metadata)


def html_fragment_text(html: str) -> str:
    """The visible text of a piece of HTML, blocks separated by blank lines."""
    assembler = TextAssembler()
    lay_out_html(html, assembler)
    return assembler.result().text


def lay_out_html(html: str, assembler: TextAssembler) -> str | None:
    """Append the page's visible blocks to ``assembler``; return the page title, if any."""
    root = _parse(html)
    if root is None:
        return None
    _BlockWalker(assembler).walk(root)
    title = root.find(".//title")
    if title is None:
        return None
    return _WHITESPACE.sub(" ", title.text_content()).strip() or None


def _parse(html: str) -> etree._Element | None:
    # The text is already decoded: hand libxml2 UTF-8 and tell it so, whatever <meta> claims.
    # huge_tree lifts libxml2's nesting limit from 256 to 2,048 levels; deeper than that it
    # stops reading, and the rest of the page would silently go missing.
    parser = lxml.html.HTMLParser(
        encoding="utf-8", huge_tree=True, remove_comments=True, remove_pis=True, no_network=True
    )
    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", html).encode("utf-8"), parser=parser)
    except etree.ParserError:  # "Document is empty": nothing but comments or whitespace
        return None
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        raise CorruptDocument("The HTML nests its elements too deeply to be read.")
    return root


def _is_hidden(element: etree._Element) -> bool:
    if element.tag in _INVISIBLE or element.get("hidden") is not None:
        return True
    if element.get("aria-hidden", "").lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(element.get("style", "")))


class _BlockWalker:
    """Collects inline text until a block boundary, then emits it as one segment.

    Iterative (lxml's ``iterwalk``), so deep nesting cannot exhaust Python's recursion limit.
    """

    def __init__(self, assembler: TextAssembler) -> None:
        self.assembler = assembler
        self.buffer: list[str] = []
        self.new_table = self.new_row = False
        self.level: int | None = None  # the depth of the heading being collected

    def walk(self, root: etree._Element) -> None:
        kinds = ["paragraph"]
        events = etree.iterwalk(root, events=("start", "end"))
        for event, element in events:
            tag = element.tag if isinstance(element.tag, str) else ""
            is_block = tag in _BLOCK_KINDS or tag in _NEUTRAL_BLOCKS
            if event == "start":
                if _is_hidden(element):
                    events.skip_subtree()  # its "end" event still comes, for the tail
                    continue
                if tag == "br":
                    self.buffer.append(_LINE_BREAK)
                if is_block:
                    self.flush(kinds[-1])
                    kinds.append(_BLOCK_KINDS.get(tag, kinds[-1]))
                    if tag in _HEADING_LEVELS:
                        self.level = _HEADING_LEVELS[tag]
                    self.new_table = self.new_table or tag == "table"
                    self.new_row = self.new_row or tag == "tr"
                if element.text:
                    self.buffer.append(element.text)
                continue
            if is_block and not _is_hidden(element):
                self.flush(kinds.pop(), preformatted=tag == "pre")
            if element.tail:
                self.buffer.append(element.tail)
        self.flush(kinds[-1])

    def flush(self, kind: str, *, preformatted: bool = False) -> None:
        raw = "".join(self.buffer)
        self.buffer.clear()
        # Outside <pre>, runs of whitespace are one space, as a browser shows them.
        text = raw.replace(_LINE_BREAK, "\n") if preformatted else _AROUND_BREAK.sub("\n", _WHITESPACE.sub(" ", raw))
        separator = None
        if kind == "table_cell" and not self.new_table:
            separator = "\n" if self.new_row else "\t"
        level = self.level if kind == "heading" else None
        if kind == "heading":
            self.level = None
        if self.assembler.add_segment(text, kind, separator=separator, level=level) and kind == "table_cell":
            self.new_table = self.new_row = False
