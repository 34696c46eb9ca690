"""Where a coordinator's upload goes (corpus/admin.folder_for): a document and its sidecar stay together."""

from __future__ import annotations

from pathlib import Path

from assistant.corpus.admin import folder_for

SIDECAR = b"title: Zorgroute\nkind: plan\nregion: peelrand\ndate: 2026-11-01\n"


def test_a_document_and_its_sidecar_go_to_the_folder_the_sidecar_names() -> None:
    """Red team round 7: x.html went to overig/ and x.html.meta.yaml to plannen/, so neither found the other."""
    assert folder_for("zorgroute.html", b"<p>Zorgroute</p>", "", sidecar=SIDECAR) == "plannen"
    assert folder_for("zorgroute.html", b"", "", sidecar=SIDECAR.replace(b"plan\n", b"privacy\n")) == "privacy"
    assert folder_for("zorgroute.html.meta.yaml", SIDECAR, "") == "plannen"  # a sidecar alone: its own kind


def test_a_folder_named_in_the_message_wins_and_a_broken_sidecar_changes_nothing() -> None:
    assert folder_for("zorgroute.html", b"", "zet dit in privacy", sidecar=SIDECAR) == "privacy"
    assert folder_for("zorgroute.html", b"", "", sidecar=b"kind: [niet: af") == "overig"
    assert folder_for("zorgroute.html", b"<p>x</p>", "") == "overig"


def test_an_upload_named_like_another_corpus_file_is_refused(tmp_path: Path) -> None:
    """Red team round 8: "Meldcode-vijf-stappen.md" beside the reviewed "meldcode-vijf-stappen.md" went live as a
    second copy, without the question a replacement gets."""
    import pytest

    from assistant.corpus.admin import refuse_twin
    from assistant.errors import CorpusError

    (tmp_path / "privacy").mkdir()
    (tmp_path / "privacy" / "meldcode-vijf-stappen.md").write_text("# Meldcode\n", encoding="utf-8")
    refuse_twin(tmp_path, "privacy/meldcode-vijf-stappen.md")  # the same file: a replacement, asked for elsewhere
    refuse_twin(tmp_path, "privacy/nieuw.md")
    for twin in ("privacy/Meldcode-vijf-stappen.md", "overig/meldcode-vijf-stappen.md"):
        with pytest.raises(CorpusError, match=r"privacy/meldcode-vijf-stappen\.md"):
            refuse_twin(tmp_path, twin)


def test_retiring_a_folder_says_it_is_a_folder(tmp_path: Path) -> None:
    """Red team round 8 (R5): "/verwijder privacy" must get a clear reply, and nothing moves."""
    import pytest

    from assistant.corpus.admin import retirement_target
    from assistant.errors import CorpusError

    (tmp_path / "privacy").mkdir()
    (tmp_path / "privacy" / "a.md").write_text("x", encoding="utf-8")
    with pytest.raises(CorpusError, match="is een map"):
        retirement_target(tmp_path, "privacy")
    assert (tmp_path / "privacy" / "a.md").is_file()
