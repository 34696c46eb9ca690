"""The audit log of corpus changes: who added, replaced or retired which file, when, and the file's SHA-256.

Records are appended to one JSON-lines file per month under ``<data_dir>/audit/`` and never rewritten. Each record
carries the hash of the record before it, so a removed or edited line shows up in ``verify()``. Retention deletes
whole months older than ``audit_retention_days``, never single lines. Records hold file paths and hashes, never
file contents or questions.
"""

from __future__ import annotations

import datetime
import getpass
import hashlib
import json
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MONTH_FILE = re.compile(r"^audit-(\d{4})-(\d{2})\.jsonl$")
_lock = threading.Lock()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def cli_actor() -> str:
    """Who changed the corpus from the command line: the operating-system user."""
    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # no user name in some containers
        return "cli:onbekend"


@dataclass(frozen=True)
class AuditProblem:
    file: str
    line: int
    message: str


class AuditLog:
    def __init__(self, data_dir: Path) -> None:
        self.dir = Path(data_dir) / "audit"

    def _file_for(self, when: datetime.datetime) -> Path:
        return self.dir / f"audit-{when:%Y-%m}.jsonl"

    def files(self) -> list[Path]:
        return sorted(p for p in self.dir.glob("audit-*.jsonl") if MONTH_FILE.match(p.name))

    def _last_hash(self) -> str:
        for path in reversed(self.files()):
            lines = path.read_bytes().rstrip(b"\n").split(b"\n")
            if lines and lines[-1]:
                return hashlib.sha256(lines[-1]).hexdigest()
        return ""

    def append(self, who: str, action: str, file: str, sha256: str = "", **details: Any) -> dict[str, Any]:
        """Write one record (O_APPEND, fsync'ed) and return it."""
        now = datetime.datetime.now(datetime.UTC)
        with _lock:
            self.dir.mkdir(parents=True, exist_ok=True)
            record = {
                "time": now.isoformat(timespec="seconds"),
                "who": who,
                "action": action,
                "file": file,
                "sha256": sha256,
                **details,
                "prev": self._last_hash(),
            }
            line = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n"
            fd = os.open(self._file_for(now), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
            try:
                os.write(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)
        return record

    def records(self) -> list[dict[str, Any]]:
        out = []
        for path in self.files():
            out += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        return out

    def verify(self) -> list[AuditProblem]:
        """Problems where the chain of hashes breaks (a line edited or removed); empty when intact.

        The first record of the oldest kept month may point to a month that retention already deleted.
        """
        problems: list[AuditProblem] = []
        previous: str | None = None
        for path in self.files():
            for number, raw in enumerate(path.read_bytes().rstrip(b"\n").split(b"\n"), start=1):
                if not raw:
                    continue
                try:
                    record = json.loads(raw)
                except ValueError:
                    problems.append(AuditProblem(path.name, number, "regel is geen geldige JSON"))
                    previous = hashlib.sha256(raw).hexdigest()
                    continue
                if previous is not None and record.get("prev") != previous:
                    problems.append(AuditProblem(path.name, number, "keten van hashes onderbroken"))
                previous = hashlib.sha256(raw).hexdigest()
        return problems

    def purge(self, retention_days: int, today: datetime.date | None = None) -> list[str]:
        """Delete month files whose whole month lies beyond the retention period; returns their names."""
        if retention_days <= 0:
            return []
        today = today or datetime.datetime.now(datetime.UTC).date()
        cutoff = today - datetime.timedelta(days=retention_days)
        removed = []
        for path in self.files():
            match = MONTH_FILE.match(path.name)
            assert match is not None
            year, month = int(match.group(1)), int(match.group(2))
            first_of_next = datetime.date(year + (month == 12), month % 12 + 1, 1)
            if first_of_next <= cutoff:
                path.unlink()
                removed.append(path.name)
        return removed
