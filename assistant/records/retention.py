"""Retention: what Wegwijs keeps is deleted when its term ends (terms in config.py, explained in the README).

Runs when the chat starts and with ``assistant purge``; a deployment can also run that command daily from cron.
"""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

from pydantic import BaseModel, Field

from assistant.config import Settings
from assistant.records.audit import AuditLog
from assistant.records.feedback import FeedbackDB

ARCHIVE_STAMP = "%Y%m%d-%H%M%S"


class PurgeReport(BaseModel):
    feedback_rows: int = 0
    audit_months: list[str] = Field(default_factory=list)
    archived_batches: list[str] = Field(default_factory=list)

    def render(self) -> str:
        return (
            f"Feedback en antwoorden verwijderd: {self.feedback_rows} rijen. "
            f"Auditmaanden verwijderd: {', '.join(self.audit_months) or 'geen'}. "
            f"Archief verwijderd: {', '.join(self.archived_batches) or 'niets'}."
        )


def purge_archive(data_dir: Path, retention_days: int, now: datetime.datetime | None = None) -> list[str]:
    """Delete retired documents (data/archief/<stamp>/) older than the term; folders with other names stay."""
    if retention_days <= 0:
        return []
    now = now or datetime.datetime.now()
    removed = []
    root = Path(data_dir) / "archief"
    for batch in sorted(root.iterdir()) if root.is_dir() else []:
        try:
            when = datetime.datetime.strptime(batch.name, ARCHIVE_STAMP)
        except ValueError:
            continue
        if batch.is_dir() and now - when > datetime.timedelta(days=retention_days):
            shutil.rmtree(batch)
            removed.append(batch.name)
    return removed


HELD_HOURS = 24  # an upload that waited for "ja" (data/wachtrij/) and was never answered


def purge_held(data_dir: Path, now: float | None = None) -> int:
    """Delete held uploads nobody confirmed within a day: they were never in the corpus."""
    import time

    root = Path(data_dir) / "wachtrij"
    now = now if now is not None else time.time()
    stale = [b for b in (root.iterdir() if root.is_dir() else []) if now - b.stat().st_mtime > HELD_HOURS * 3600]
    for batch in stale:
        shutil.rmtree(batch) if batch.is_dir() else batch.unlink()
    return len(stale)


def purge(settings: Settings) -> PurgeReport:
    data_dir = Path(settings.data_dir)
    report = PurgeReport()
    feedback = data_dir / "feedback.sqlite3"
    if feedback.exists():
        report.feedback_rows = FeedbackDB(feedback).purge(settings.feedback_retention_days)
    report.audit_months = AuditLog(data_dir).purge(settings.audit_retention_days)
    report.archived_batches = purge_archive(data_dir, settings.archive_retention_days)
    purge_held(data_dir)
    return report
