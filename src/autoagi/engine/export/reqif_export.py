"""Requirements as ReqIF 1.2 (OMG formal/16-07-01): the file requirements tools (DOORS, Polarion,
ProR, Jama) import.

ReqIF 1.2 keeps the 1.0.1 XML schema (namespace ``…/ReqIF/20110401/reqif.xsd``), and its header
says ``REQ-IF-VERSION`` 1.0 as the standard prescribes. Each requirement is one SPEC-OBJECT of a
"Requirement" type whose attributes use the ReqIF Implementation Guide's standard names
(``ReqIF.ForeignID``, ``ReqIF.Name``, ``ReqIF.Text``) plus priority, kind and category
enumerations, confidence, and XHTML acceptance criteria, findings and sources; ``depends_on``
becomes SPEC-RELATIONs. Client text is only ever element text, so markup in it stays text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import get_args

from lxml import etree

from autoagi.engine.artifacts import Category, Priority, Requirement, RequirementKind

from .bundle import ProjectBundle
from .text import xml_safe

REQIF_NS = "http://www.omg.org/spec/ReqIF/20110401/reqif.xsd"
XHTML_NS = "http://www.w3.org/1999/xhtml"
REQIF_VERSION = "1.0"  # what ReqIF 1.0.1, 1.1 and 1.2 all require in REQ-IF-VERSION
TOOL_ID = "Auto AGI Builder"
MAX_STRING_LENGTH = 100_000
_NCNAME_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")

# Attribute definitions of the Requirement type: (identifier, long name, datatype kind).
STRING_ATTRIBUTES = {
    "AD-FOREIGN-ID": "ReqIF.ForeignID",
    "AD-NAME": "ReqIF.Name",
    "AD-ACTORS": "Actors",
    "AD-ENTITIES": "Entities",
}
XHTML_ATTRIBUTES = {
    "AD-TEXT": "ReqIF.Text",
    "AD-RATIONALE": "Rationale",
    "AD-ACCEPTANCE": "Acceptance criteria",
    "AD-FINDINGS": "Quality findings",
    "AD-SOURCES": "Sources",
}
ENUMERATIONS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    # attribute id: (datatype id, long name, values)
    "AD-PRIORITY": ("DT-PRIORITY", "Priority", get_args(Priority)),
    "AD-KIND": ("DT-KIND", "Kind", get_args(RequirementKind)),
    "AD-CATEGORY": ("DT-CATEGORY", "Category", get_args(Category)),
}
REAL_ATTRIBUTES = {"AD-CONFIDENCE": "Confidence"}


def _q(name: str) -> str:
    return f"{{{REQIF_NS}}}{name}"


def _x(name: str) -> str:
    return f"{{{XHTML_NS}}}{name}"


def enum_value_id(attribute: str, value: str) -> str:
    return f"EV-{attribute[3:]}-{_NCNAME_UNSAFE.sub('-', value)}"


@dataclass
class _Identifiers:
    """Readable, unique xsd:ID values (NCNames) for requirement ids of any shape."""

    used: set[str] = field(default_factory=set)

    def make(self, prefix: str, raw: str) -> str:
        base = f"{prefix}-{_NCNAME_UNSAFE.sub('-', raw).strip('-') or 'x'}"
        candidate, counter = base, 2
        while candidate in self.used:
            candidate, counter = f"{base}-{counter}", counter + 1
        self.used.add(candidate)
        return candidate


class _Writer:
    def __init__(self, bundle: ProjectBundle) -> None:
        self.bundle = bundle
        self.stamp = bundle.generated_at_utc.isoformat()

    def element(self, parent: etree._Element, name: str, **attributes: str) -> etree._Element:
        child = etree.SubElement(parent, _q(name))
        for key, value in attributes.items():
            child.set(key.replace("_", "-"), xml_safe(value))
        return child

    def identified(
        self, parent: etree._Element, name: str, identifier: str, long_name: str | None = None, **extra: str
    ):
        attributes = {"IDENTIFIER": identifier, "LAST_CHANGE": self.stamp, **extra}
        if long_name is not None:
            attributes["LONG_NAME"] = long_name
        return self.element(parent, name, **attributes)

    def ref(self, parent: etree._Element, wrapper: str, ref_name: str, target: str) -> None:
        self.element(self.element(parent, wrapper), ref_name).text = target

    # --- header and types --------------------------------------------------------------------

    def header(self, root: etree._Element) -> None:
        the_header = self.element(root, "THE-HEADER")
        header = self.element(the_header, "REQ-IF-HEADER", IDENTIFIER="HEADER")
        if self.bundle.client:
            self.element(header, "COMMENT").text = xml_safe(f"Prepared for {self.bundle.client}")
        self.element(header, "CREATION-TIME").text = self.stamp
        self.element(header, "REQ-IF-TOOL-ID").text = TOOL_ID
        self.element(header, "REQ-IF-VERSION").text = REQIF_VERSION
        self.element(header, "SOURCE-TOOL-ID").text = TOOL_ID
        self.element(header, "TITLE").text = xml_safe(self.bundle.title)

    def datatypes(self, content: etree._Element) -> None:
        datatypes = self.element(content, "DATATYPES")
        for attribute, (datatype, long_name, values) in ENUMERATIONS.items():
            definition = self.identified(datatypes, "DATATYPE-DEFINITION-ENUMERATION", datatype, long_name)
            specified = self.element(definition, "SPECIFIED-VALUES")
            for key, value in enumerate(values):
                enum_value = self.identified(specified, "ENUM-VALUE", enum_value_id(attribute, value), value)
                properties = self.element(enum_value, "PROPERTIES")
                self.element(properties, "EMBEDDED-VALUE", KEY=str(key), OTHER_CONTENT=value)
        self.identified(
            datatypes, "DATATYPE-DEFINITION-REAL", "DT-CONFIDENCE", "Confidence 0-1", ACCURACY="4", MAX="1", MIN="0"
        )
        self.identified(datatypes, "DATATYPE-DEFINITION-STRING", "DT-STRING", "Text", MAX_LENGTH=str(MAX_STRING_LENGTH))
        self.identified(datatypes, "DATATYPE-DEFINITION-XHTML", "DT-XHTML", "Formatted text")

    def spec_types(self, content: etree._Element) -> None:
        types = self.element(content, "SPEC-TYPES")
        requirement_type = self.identified(types, "SPEC-OBJECT-TYPE", "SOT-REQUIREMENT", "Requirement")
        attributes = self.element(requirement_type, "SPEC-ATTRIBUTES")
        for identifier, long_name in STRING_ATTRIBUTES.items():
            definition = self.identified(attributes, "ATTRIBUTE-DEFINITION-STRING", identifier, long_name)
            self.ref(definition, "TYPE", "DATATYPE-DEFINITION-STRING-REF", "DT-STRING")
        for identifier, long_name in XHTML_ATTRIBUTES.items():
            definition = self.identified(attributes, "ATTRIBUTE-DEFINITION-XHTML", identifier, long_name)
            self.ref(definition, "TYPE", "DATATYPE-DEFINITION-XHTML-REF", "DT-XHTML")
        for identifier, (datatype, long_name, _) in ENUMERATIONS.items():
            definition = self.identified(
                attributes, "ATTRIBUTE-DEFINITION-ENUMERATION", identifier, long_name, MULTI_VALUED="false"
            )
            self.ref(definition, "TYPE", "DATATYPE-DEFINITION-ENUMERATION-REF", datatype)
        for identifier, long_name in REAL_ATTRIBUTES.items():
            definition = self.identified(attributes, "ATTRIBUTE-DEFINITION-REAL", identifier, long_name)
            self.ref(definition, "TYPE", "DATATYPE-DEFINITION-REAL-REF", "DT-CONFIDENCE")
        self.identified(types, "SPEC-RELATION-TYPE", "SRT-DEPENDS-ON", "depends on")
        self.identified(types, "SPECIFICATION-TYPE", "SPT-REQUIREMENTS", "Requirements specification")

    # --- values ------------------------------------------------------------------------------

    def string_value(self, values: etree._Element, definition: str, text: str) -> None:
        value = self.element(values, "ATTRIBUTE-VALUE-STRING", THE_VALUE=text[:MAX_STRING_LENGTH])
        self.ref(value, "DEFINITION", "ATTRIBUTE-DEFINITION-STRING-REF", definition)

    def xhtml_value(self, values: etree._Element, definition: str, paragraphs: Iterable[str], as_list: bool) -> None:
        value = self.element(values, "ATTRIBUTE-VALUE-XHTML")
        self.ref(value, "DEFINITION", "ATTRIBUTE-DEFINITION-XHTML-REF", definition)
        div = etree.SubElement(self.element(value, "THE-VALUE"), _x("div"))
        container = etree.SubElement(div, _x("ul")) if as_list else div
        for text in paragraphs:
            etree.SubElement(container, _x("li" if as_list else "p")).text = xml_safe(text)

    def enum_value(self, values: etree._Element, definition: str, choice: str) -> None:
        value = self.element(values, "ATTRIBUTE-VALUE-ENUMERATION")
        self.ref(value, "DEFINITION", "ATTRIBUTE-DEFINITION-ENUMERATION-REF", definition)
        self.ref(value, "VALUES", "ENUM-VALUE-REF", enum_value_id(definition, choice))

    def spec_object(self, parent: etree._Element, identifier: str, requirement: Requirement) -> None:
        names = {d.id: d.name for d in self.bundle.analysis.documents}
        spec_object = self.identified(parent, "SPEC-OBJECT", identifier, requirement.id)
        self.ref(spec_object, "TYPE", "SPEC-OBJECT-TYPE-REF", "SOT-REQUIREMENT")
        values = self.element(spec_object, "VALUES")
        self.string_value(values, "AD-FOREIGN-ID", requirement.id)
        self.string_value(values, "AD-NAME", requirement.title)
        if requirement.actors:
            self.string_value(values, "AD-ACTORS", ", ".join(requirement.actors))
        if requirement.entities:
            self.string_value(values, "AD-ENTITIES", ", ".join(requirement.entities))
        self.xhtml_value(values, "AD-TEXT", [requirement.statement], as_list=False)
        if requirement.rationale:
            self.xhtml_value(values, "AD-RATIONALE", [requirement.rationale], as_list=False)
        if requirement.acceptance_criteria:
            criteria = [f"Given {c.given}, when {c.when}, then {c.then}" for c in requirement.acceptance_criteria]
            self.xhtml_value(values, "AD-ACCEPTANCE", criteria, as_list=True)
        if requirement.findings:
            findings = [f"{f.severity} · {f.rule}: {f.message}" for f in requirement.findings]
            self.xhtml_value(values, "AD-FINDINGS", findings, as_list=True)
        if requirement.sources:
            sources = [
                f"{names.get(s.document_id, s.document_id)} [{s.start}–{s.end}]: “{s.quote}”"
                for s in requirement.sources
            ]
            self.xhtml_value(values, "AD-SOURCES", sources, as_list=True)
        self.enum_value(values, "AD-PRIORITY", requirement.priority)
        self.enum_value(values, "AD-KIND", requirement.kind)
        self.enum_value(values, "AD-CATEGORY", requirement.category)
        confidence = self.element(values, "ATTRIBUTE-VALUE-REAL", THE_VALUE=repr(float(requirement.confidence)))
        self.ref(confidence, "DEFINITION", "ATTRIBUTE-DEFINITION-REAL-REF", "AD-CONFIDENCE")

    # --- document ----------------------------------------------------------------------------

    def document(self) -> etree._Element:
        root = etree.Element(_q("REQ-IF"), nsmap={None: REQIF_NS, "xhtml": XHTML_NS})
        self.header(root)
        content = self.element(self.element(root, "CORE-CONTENT"), "REQ-IF-CONTENT")
        self.datatypes(content)
        self.spec_types(content)
        identifiers = _Identifiers()
        requirements = self.bundle.analysis.requirements
        # One SPEC-OBJECT per requirement, even when two share an id; relations use the first.
        object_ids = [identifiers.make("SO", requirement.id) for requirement in requirements]
        first_object: dict[str, str] = {}
        for requirement, object_id in zip(requirements, object_ids, strict=True):
            first_object.setdefault(requirement.id, object_id)
        spec_objects = self.element(content, "SPEC-OBJECTS")
        for requirement, object_id in zip(requirements, object_ids, strict=True):
            self.spec_object(spec_objects, object_id, requirement)
        self.relations(content, requirements, first_object, identifiers)
        specifications = self.element(content, "SPECIFICATIONS")
        specification = self.identified(specifications, "SPECIFICATION", "SPEC-REQUIREMENTS", self.bundle.title)
        self.ref(specification, "TYPE", "SPECIFICATION-TYPE-REF", "SPT-REQUIREMENTS")
        if requirements:
            children = self.element(specification, "CHILDREN")
            for requirement, object_id in zip(requirements, object_ids, strict=True):
                hierarchy = self.identified(children, "SPEC-HIERARCHY", identifiers.make("SH", requirement.id))
                self.ref(hierarchy, "OBJECT", "SPEC-OBJECT-REF", object_id)
        return root

    def relations(
        self, content, requirements: list[Requirement], object_ids: dict[str, str], identifiers: _Identifiers
    ) -> None:
        """``depends_on`` as SPEC-RELATIONs (source depends on target); unknown targets are skipped."""
        pairs = sorted(
            {(r.id, target) for r in requirements for target in r.depends_on if target in object_ids and target != r.id}
        )
        if not pairs:
            return
        relations = self.element(content, "SPEC-RELATIONS")
        for source, target in pairs:
            relation = self.identified(relations, "SPEC-RELATION", identifiers.make("SR", f"{source}-{target}"))
            self.ref(relation, "TYPE", "SPEC-RELATION-TYPE-REF", "SRT-DEPENDS-ON")
            self.ref(relation, "SOURCE", "SPEC-OBJECT-REF", object_ids[source])
            self.ref(relation, "TARGET", "SPEC-OBJECT-REF", object_ids[target])


def render_reqif(bundle: ProjectBundle) -> bytes:
    root = _Writer(bundle).document()
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
