"""Limits, the audit log and retention: rate limits, upload checks (zip bombs, disguised files), append-only audit."""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.errors import CorpusError
from assistant.index.ingest import ingest
from assistant.records.audit import AuditLog
from assistant.records.retention import purge, purge_archive
from assistant.web.data_layer import FeedbackStore
from assistant.web.limits import MAX_UPLOAD_BYTES, RateLimiter, check_upload
from tests.helpers import make_docx, make_pdf


# -- rate limit ------------------------------------------------------------------------------------------------------
def test_rate_limit_per_key_and_window() -> None:
    limiter = RateLimiter(3, window_s=60)
    assert [limiter.allow("a", now=t) for t in (0, 1, 2, 3)] == [True, True, True, False]
    assert limiter.allow("b", now=3)  # another session is not affected
    assert limiter.retry_after("a", now=3) == 57
    assert limiter.allow("a", now=60.5)  # the first question left the window
    assert limiter.allow("a", now=61)  # and the second
    assert not limiter.allow("a", now=61.5)


def test_rate_limit_zero_means_unlimited_and_keys_are_bounded() -> None:
    assert all(RateLimiter(0).allow("x") for _ in range(1000))
    limiter = RateLimiter(1, window_s=10, max_keys=100)
    for i in range(1000):
        limiter.allow(f"s{i}", now=i * 20.0)  # each key idle long before the next arrives
    assert len(limiter._events) <= 100


# -- uploads ---------------------------------------------------------------------------------------------------------
def _docx(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_real_docx_and_pdf_pass(tmp_path: Path) -> None:
    make_docx(tmp_path / "echt.docx", ["Een gewone alinea over passend onderwijs."])
    check_upload("echt.docx", (tmp_path / "echt.docx").read_bytes())
    make_pdf(tmp_path / "echt.pdf", ["Een gewone pagina."])
    check_upload("echt.pdf", (tmp_path / "echt.pdf").read_bytes())


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("leeg.md", b"", "leeg"),
        ("groot.txt", b"a" * (MAX_UPLOAD_BYTES + 1), "maximum"),
        ("nep.pdf", b"MZ\x90\x00 dit is een programma", "geen PDF"),
        ("nep.docx", b"%PDF-1.7 eigenlijk een pdf", "geen geldig Word-bestand"),
        ("zip.docx", _docx({"foto.jpg": b"x" * 100}), "geen Word-document"),
        ("latin1.md", "café".encode("latin-1"), "UTF-8"),
        ("binair.txt", b"tekst\x00\x01\x02", "binaire tekens"),
        (
            "bom.docx",
            _docx({"[Content_Types].xml": b"<x/>", "word/document.xml": b"<w/>" + b" " * 60_000_000}),
            "zip-bom",
        ),
        (
            "pad.docx",
            _docx({"[Content_Types].xml": b"<x/>", "word/document.xml": b"<w/>", "../../etc/x": b"x"}),
            "ongeldig pad",
        ),
    ],
)
def test_bad_uploads_get_a_dutch_reason(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(CorpusError, match=reason):
        check_upload(name, data)


# -- audit log -------------------------------------------------------------------------------------------------------
def test_ingest_writes_who_what_when_and_hash(corpus: Path, tmp_path: Path) -> None:
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    ingest(settings, actor="chat:coordinator")
    log = AuditLog(settings.data_dir)
    first = log.records()
    assert first and {r["action"] for r in first} <= {"toegevoegd", "mislukt"}
    assert all(r["who"] == "chat:coordinator" and r["time"].endswith("+00:00") for r in first)
    plan = next(r for r in first if r["file"] == "plannen/plan-peelrand.md")
    assert plan["sha256"] == hashlib.sha256((corpus / plan["file"]).read_bytes()).hexdigest()
    size_before = sum(f.stat().st_size for f in log.files())

    ingest(settings)  # nothing changed: nothing to record
    assert sum(f.stat().st_size for f in log.files()) == size_before

    # Deleting a file by hand loses more than a fifth of this small corpus: only published with --force.
    (corpus / plan["file"]).unlink()
    ingest(settings, actor="cli:test", force=True)
    last = log.records()[-1]
    assert (last["action"], last["file"], last["who"], last["sha256"]) == (
        "verwijderd",
        plan["file"],
        "cli:test",
        plan["sha256"],
    )
    assert log.verify() == []


def test_audit_log_is_append_only_and_detects_edits(tmp_path: Path) -> None:
    log = AuditLog(tmp_path)
    for i in range(4):
        log.append("chat:coordinator", "geüpload", f"overig/{i}.md", "ab" * 32)
    assert log.verify() == []
    path = log.files()[0]
    lines = path.read_text(encoding="utf-8").splitlines()
    tampered = json.loads(lines[1])
    tampered["who"] = "iemand-anders"
    path.write_text("\n".join([lines[0], json.dumps(tampered), *lines[2:]]) + "\n", encoding="utf-8")
    assert [p.line for p in log.verify()] == [3]  # the record after the edited one no longer chains
    path.write_text("\n".join([lines[0], *lines[2:]]) + "\n", encoding="utf-8")  # a line removed
    assert log.verify()


def test_audit_retention_deletes_whole_old_months_only(tmp_path: Path) -> None:
    log = AuditLog(tmp_path)
    log.dir.mkdir(parents=True)
    for month in ("2023-01", "2024-06", "2026-10", "2026-11"):
        (log.dir / f"audit-{month}.jsonl").write_text("{}\n", encoding="utf-8")
    (log.dir / "notities.txt").write_text("blijft", encoding="utf-8")
    removed = log.purge(365, today=datetime.date(2026, 11, 23))
    assert removed == ["audit-2023-01.jsonl", "audit-2024-06.jsonl"]
    assert sorted(p.name for p in log.dir.iterdir()) == ["audit-2026-10.jsonl", "audit-2026-11.jsonl", "notities.txt"]
    assert log.purge(0) == []


# -- retention -------------------------------------------------------------------------------------------------------
def test_feedback_and_archive_are_deleted_after_their_term(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = FeedbackStore(data / "feedback.sqlite3")
    old = (datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=400)).isoformat()
    with sqlite3.connect(store.path) as db:
        db.execute("insert into feedback values ('oud', 'm1', 't', 1, 'oud commentaar', ?)", (old,))
        db.execute("insert into feedback values ('nieuw', 'm2', 't', 0, 'nieuw', ?)", ("2999-01-01T00:00:00+00:00",))
        db.execute("insert into messages values ('m1', null, 't', 'assistant_message', 'antwoord', ?)", (old,))
    archive = data / "archief"
    (archive / "20240101-120000" / "overig").mkdir(parents=True)
    (archive / "20240101-120000" / "overig" / "oud.md").write_text("x", encoding="utf-8")
    recent = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    (archive / recent).mkdir()
    (archive / "handmatig").mkdir()

    report = purge(Settings(data_dir=data, feedback_retention_days=180, archive_retention_days=365))
    assert report.feedback_rows == 2
    assert report.archived_batches == ["20240101-120000"]
    with sqlite3.connect(store.path) as db:
        assert [r[0] for r in db.execute("select id from feedback")] == ["nieuw"]
    assert sorted(p.name for p in archive.iterdir()) == sorted([recent, "handmatig"])
    assert purge_archive(data, 0) == []  # 0 = keep
    assert "Feedback en antwoorden verwijderd: 0" in purge(Settings(data_dir=data)).render()


def test_a_refunded_event_does_not_count_against_the_limit() -> None:
    """Red team round 8 (R6): successful sign-ins counted as attempts and locked the coordinator out."""
    from assistant.web.limits import RateLimiter

    limit = RateLimiter(2, window_s=600)
    for _ in range(5):
        assert limit.allow("login:1", now=1.0)
        limit.refund("login:1")  # each one succeeded
    assert limit.allow("login:1", now=1.0) and limit.allow("login:1", now=1.0)
    assert not limit.allow("login:1", now=1.0)  # two failures, then the limit holds
