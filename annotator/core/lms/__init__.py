"""A class's work as an LMS hands it over, and grades and feedback as the LMS takes them back.

Canvas ("Download Submissions") and Moodle ("Download all submissions") put the LMS's own name
and id for each student into every file name of the zip they give the teacher. Annotator reads
them (:func:`lms_identity`) and keeps them beside the name the student typed into their file: the
LMS knows who handed the file in, the file says who the student said they were. The two may
differ (a nickname, a shared computer); that is shown as a note, never an error, and the student
is graded under the name they typed.

Two names are taken for the same person when they are made of the same letters, ignoring case,
accents, order, spaces and punctuation: Canvas writes "Pérez, Ana" as ``perezana`` and Moodle as
"Ana Pérez"; both are Ana Pérez. A nickname ("Annie") is a mismatch.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass

CANVAS, MOODLE = "canvas", "moodle"
LMS_NAMES = {CANVAS: "Canvas", MOODLE: "Moodle"}


@dataclass(frozen=True)
class LmsIdentity:
    """Who an LMS says handed a file in, read from the file's name in the LMS's download."""

    lms: str  # CANVAS or MOODLE
    user_id: str  # Canvas user id (or anon_…) / Moodle participant id
    name: str  # as the LMS wrote it in the file name ("perezana", "Ana Pérez")
    file_name: str  # the student's own file name, without the LMS's prefix
    late: bool = False  # Canvas marks a late submission LATE
    file_id: str = ""  # Canvas: the id of the uploaded file, which bulk feedback needs

    @property
    def system(self) -> str:
        """The LMS's name as people write it."""
        return LMS_NAMES[self.lms]


def letters(name: str) -> Counter[str]:
    """The letters and digits of a name, without case or accents, in no order: how names are compared."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return Counter(ch for ch in decomposed if ch.isalnum())


def same_person(typed: str, lms_name: str) -> bool:
    """Whether the name a student typed and the name the LMS wrote are the same person's (module docstring)."""
    return bool(letters(lms_name)) and letters(typed) == letters(lms_name)


def lms_identity(rel: str) -> LmsIdentity | None:
    """The LMS identity a file's path inside a download says, or None when it follows no LMS's convention.

    ``rel``: the path inside the zip or the unpacked folder, with ``/`` between folders.
    """
    from annotator.core.lms import canvas, moodle

    return moodle.identity(rel) or canvas.identity(rel)
