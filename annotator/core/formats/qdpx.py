"""REFI-QDA projects (``.qdpx``): the exchange format of QualCoder, NVivo, ATLAS.ti and MAXQDA.

Followed: the REFI-QDA Standard 1.5 (www.qdasoftware.org) and its Project schema, QDA-XML 1.0
of 18 March 2019 (``resources/formats/refi-qda/Project.xsd``; the tests check every export
against it). A ``.qdpx`` file is a zip holding ``project.qde`` (the project, XML in the namespace
``urn:QDA-XML:project:1.0``) and ``sources/``, here the article as one UTF-8 plain-text source.

How a class becomes a project: each student is a ``User``; each category a ``Code`` with its
colour and help text; each placed highlight a ``PlainTextSelection`` on the article, made by its
student, coded with its category, its note the selection's ``Description``. Positions count
Unicode code points of the article's canonical text (the source file holds exactly that text),
as Annotator's files do. Orphaned highlights have no place in the text and are not written.

GUIDs are made from stable names (UUID version 5), and the zip's entries carry a fixed time,
so exporting the same class twice gives the same file.
"""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from collections.abc import Iterable
from xml.etree import ElementTree as ET

from annotator.core.annotations import Student
from annotator.core.formats.w3c import Placed
from annotator.core.lesson import Lesson
from annotator.core.names import student_stem
from annotator.core.text import Article

NAMESPACE = "urn:QDA-XML:project:1.0"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot hold
_FIXED_TIME = (2000, 1, 1, 0, 0, 0)


def guid(*parts: str) -> str:
    """A GUID that is the same every time for the same names."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "urn:annotator:" + "\x1f".join(parts)))


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _el(parent: ET.Element, tag: str, **attrs: str) -> ET.Element:
    return ET.SubElement(parent, f"{{{NAMESPACE}}}{tag}", {k: _clean(v) for k, v in attrs.items() if v})


def _description(parent: ET.Element, text: str) -> None:
    if text:
        _el(parent, "Description").text = _clean(text)


def project_xml(lesson: Lesson, article: Article, students: Iterable[tuple[Student, list[Placed]]],
                *, origin: str) -> bytes:
    """``project.qde`` for a class's placed highlights on one lesson."""
    ET.register_namespace("", NAMESPACE)
    project = ET.Element(f"{{{NAMESPACE}}}Project", {"name": _clean(lesson.title or lesson.id), "origin": origin})
    # Each student's file-name stem names their user and their selections.
    people = [(student, placed, student_stem(student.name, student.id)) for student, placed in students]
    if people:
        users = _el(project, "Users")
        for student, _, stem in people:
            _el(users, "User", guid=guid(lesson.id, "user", stem), name=student.name or "(no name)", id=student.id)
    codes = _el(_el(project, "CodeBook"), "Codes")
    code_ids = {}
    for c in lesson.categories:
        code_ids[c.id] = guid(lesson.id, "code", c.id)
        code = _el(codes, "Code", guid=code_ids[c.id], name=c.label or c.id, isCodable="true", color=c.color)
        _description(code, c.help)
    source_id = guid(lesson.id, "source", article.sha256)
    sources = _el(project, "Sources")
    source = _el(sources, "TextSource", guid=source_id, name=lesson.article.title or lesson.title or lesson.id,
                 plainTextPath=f"internal://{source_id}.txt")
    _description(source, ", ".join(x for x in (lesson.article.source, lesson.article.author,
                                                lesson.article.published, lesson.article.url) if x))
    for _, placed, stem in people:
        user = guid(lesson.id, "user", stem)
        for p in sorted(placed, key=lambda p: (p.span or (0, 0), p.annotation.id)):
            if p.span is None:
                continue
            a = p.annotation
            selection = _el(source, "PlainTextSelection", guid=guid(lesson.id, stem, a.id),
                            name=article.text[p.span[0]:p.span[1]][:60], startPosition=str(p.span[0]),
                            endPosition=str(p.span[1]), creatingUser=user, creationDateTime=a.created,
                            modifiedDateTime=a.modified, modifyingUser=user if a.modified else "")
            _description(selection, a.note)
            if a.category in code_ids:
                coding = _el(selection, "Coding", guid=guid(lesson.id, stem, a.id, "coding"), creatingUser=user,
                             creationDateTime=a.created)
                _el(coding, "CodeRef", targetGUID=code_ids[a.category])
    ET.indent(project)
    xml: bytes = ET.tostring(project, encoding="utf-8", xml_declaration=True)
    return xml


def qdpx_bytes(lesson: Lesson, article: Article, students: Iterable[tuple[Student, list[Placed]]],
               *, origin: str) -> bytes:
    """The ``.qdpx`` zip: ``project.qde`` and the article as ``sources/GUID.txt``."""
    students = list(students)
    source_id = guid(lesson.id, "source", article.sha256)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (("project.qde", project_xml(lesson, article, students, origin=origin)),
                           (f"sources/{source_id}.txt", article.text.encode("utf-8"))):
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return out.getvalue()
