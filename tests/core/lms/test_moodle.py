"""Moodle's download names and the names of the feedback files it hands back to each student."""

from __future__ import annotations

from annotator.core.lms import MOODLE, lms_identity, moodle


def test_moodle_names_as_moodle_writes_them() -> None:
    """Moodle's folders (4.1 and before) and flat names give the participant id and the student's file name."""
    for rel in ("Ana Pérez_301_assignsubmission_file/ana.yaml", "Ana Pérez_301_assignsubmission_file_/ana.yaml",
                "Ana Pérez_301_assignsubmission_file_ana.yaml"):
        who = lms_identity(rel)
        assert who is not None and (who.lms, who.user_id, who.name, who.file_name) == (MOODLE, "301", "Ana Pérez",
                                                                                       "ana.yaml"), rel
    blind = lms_identity("Participant_1234567_assignsubmission_file/sub/ana.yaml")
    assert blind is not None and (blind.user_id, blind.file_name) == ("1234567", "sub/ana.yaml")
    assert moodle.feedback_name(blind, "x") == "Participant_1234567_assignfeedback_file/x.html"
    assert lms_identity("Ana Pérez_301_somethingelse_file/ana.yaml") is None
