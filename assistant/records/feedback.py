"""Thumbs up/down with a comment, stored in SQLite under ASSISTANT_DATA_DIR (``feedback.sqlite3``).

A minimal chainlit data layer: it keeps the chat's steps (questions, answers and the runs around them, so feedback
can be read next to the answer it is about) and the feedback itself; users get no chat history (no thread list).

Read the feedback with::

    sqlite3 data/feedback.sqlite3 "select f.value, f.comment, m.output from feedback f join messages m
      on (m.id = f.for_id or m.parent_id = f.for_id) and m.type = 'assistant_message'"
"""

from __future__ import annotations

import datetime
import re
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.safety.pii import redact

SCHEMA = """
create table if not exists feedback (
    id text primary key, for_id text not null, thread_id text, value integer not null, comment text,
    created text not null
);
create table if not exists messages (
    id text primary key, parent_id text, thread_id text, type text, output text, created text not null
);
"""


FOLLOW_UP_ECHO = re.compile(r"^\*Vervolgvraag, gelezen als: .*\*\n*", re.MULTILINE)


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


class FeedbackDB:
    """Feedback and kept answers in one SQLite file; no chainlit here, so retention can run without it."""

    def __init__(self, path: Path, store_transcripts: bool = False) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.store_transcripts = store_transcripts
        self._lock = threading.Lock()
        with self._connect() as db:
            db.executescript(SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    def run(self, sql: str, params: tuple[Any, ...]) -> None:
        with self._lock, self._connect() as db:
            db.execute(sql, params)

    def add_feedback(
        self, feedback_id: str, for_id: str, thread_id: str | None, value: int, comment: str | None
    ) -> None:
        self.run(
            "insert into feedback (id, for_id, thread_id, value, comment, created) values (?, ?, ?, ?, ?, ?) "
            "on conflict(id) do update set value = excluded.value, comment = excluded.comment",
            (feedback_id, for_id, thread_id, value, redact(comment), _now()),
        )

    def add_step(self, step_dict: Any) -> None:
        # Feedback points at the run step around an answer, so the run steps are kept too (their parent link).
        # What users type is never kept: no transcripts, only the answers that feedback refers to.
        if step_dict.get("type") == "user_message" and not self.store_transcripts:
            return
        output = step_dict.get("output")
        if isinstance(output, str) and not self.store_transcripts:
            output = FOLLOW_UP_ECHO.sub("", output)  # the chat repeats a follow-up question; that is a transcript
        self.run(
            "insert into messages (id, parent_id, thread_id, type, output, created) values (?, ?, ?, ?, ?, ?) "
            "on conflict(id) do update set output = coalesce(excluded.output, messages.output)",
            (
                step_dict.get("id"),
                step_dict.get("parentId"),
                step_dict.get("threadId"),
                step_dict.get("type"),
                redact(output),
                _now(),
            ),
        )

    def forget(self, quotes: Callable[[str], bool]) -> int:
        """Delete the kept answers whose text ``quotes`` says to forget, with the feedback on them and on the run
        around them (records/forget.py: text that left the corpus); returns how many answers went."""
        with self._lock, self._connect() as db:
            rows = db.execute("select id, parent_id, output from messages where output is not null").fetchall()
            hit = [(mid, parent) for mid, parent, output in rows if quotes(output)]
            for mid, parent in hit:
                db.execute("delete from messages where id = ?", (mid,))
                db.executemany("delete from feedback where for_id = ?", [(ref,) for ref in (mid, parent) if ref])
        return len(hit)

    def purge(self, retention_days: int) -> int:
        """Delete feedback and kept answers older than the retention period; returns how many rows went."""
        if retention_days <= 0:
            return 0
        cutoff = (datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=retention_days)).isoformat()
        with self._lock, self._connect() as db:
            gone = db.execute("delete from feedback where created < ?", (cutoff,)).rowcount
            gone += db.execute("delete from messages where created < ?", (cutoff,)).rowcount
        return gone
