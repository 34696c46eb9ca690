"""Limits that keep one user or one file from hurting the service: a rate limit per session, and upload checks.

Uploads are checked on their bytes, not their name: a ``.docx`` must be a real Office zip whose contents stay
small when unpacked (a zip bomb expands a few kB into gigabytes), a ``.pdf`` must start like a PDF, text must be
UTF-8 without control bytes. Every refusal is a ``CorpusError`` with a Dutch reason the coordinator can act on.
"""

from __future__ import annotations

import threading
import time
import zipfile
from collections import deque
from io import BytesIO

from assistant.corpus.filetypes import family
from assistant.errors import CorpusError

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_ZIP_RATIO = 100
MAX_ZIP_ENTRIES = 2000


class RateLimiter:
    """At most ``limit`` events per ``window_s`` seconds for each key (a chat session, an API client)."""

    def __init__(self, limit: int, window_s: float = 60.0, max_keys: int = 10_000) -> None:
        self.limit = limit
        self.window_s = window_s
        self.max_keys = max_keys
        self._events: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str, now: float | None = None) -> bool:
        """Count one event for ``key``; False (and not counted) when the key is over its limit."""
        if self.limit <= 0:
            return True
        now = time.monotonic() if now is None else now
        with self._lock:
            events = self._events.get(key)
            if events is None:
                if len(self._events) >= self.max_keys:
                    self._forget_idle(now)
                events = self._events[key] = deque()
            while events and events[0] <= now - self.window_s:
                events.popleft()
            if len(events) >= self.limit:
                return False
            events.append(now)
            return True

    def refund(self, key: str) -> None:
        """Take back the last event counted for ``key``: a sign-in that succeeded is no attempt against the limit
        (red team round 8: six successful sign-ins in a quarter of an hour locked the coordinator out)."""
        with self._lock:
            events = self._events.get(key)
            if events:
                events.pop()

    def retry_after(self, key: str, now: float | None = None) -> int:
        """Seconds until ``key`` may ask again (0 when it may now)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            events = self._events.get(key)
            if not events or len(events) < self.limit:
                return 0
            return max(1, int(events[0] + self.window_s - now + 0.999))

    def _forget_idle(self, now: float) -> None:
        for key in [k for k, ev in self._events.items() if not ev or ev[-1] <= now - self.window_s]:
            del self._events[key]


def check_upload(name: str, data: bytes, max_bytes: int = MAX_UPLOAD_BYTES) -> None:
    """Raise CorpusError when the bytes do not fit the (already safe) file name's type or are too big."""
    size = len(data)
    if size == 0:
        raise CorpusError(f"'{name}' is leeg.")
    if size > max_bytes:
        raise CorpusError(f"'{name}' is {size / 1024 / 1024:.1f} MB; het maximum is {max_bytes // 1024 // 1024} MB.")
    low = name.lower()
    if low.endswith(".pdf"):
        if not data[:1024].lstrip().startswith(b"%PDF-"):
            raise CorpusError(f"'{name}' heet .pdf maar is geen PDF-bestand.")
    elif low.endswith(".docx"):
        _check_docx(name, data)
    elif family(low) in ("text", "html", "records"):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise CorpusError(f"'{name}' is geen UTF-8-tekst (byte {exc.start}); sla het op als UTF-8.") from exc
        if any(ch in text for ch in "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e\x0f"):
            raise CorpusError(f"'{name}' bevat binaire tekens; is het wel een tekstbestand?")


def _check_docx(name: str, data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CorpusError(f"'{name}' is geen geldig Word-bestand (.docx): het is beschadigd of iets anders.") from exc
    if len(entries) > MAX_ZIP_ENTRIES:
        raise CorpusError(f"'{name}' bevat {len(entries)} onderdelen; dat is te veel voor een Word-bestand.")
    names = {e.filename for e in entries}
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        raise CorpusError(f"'{name}' is een zip-bestand maar geen Word-document (.docx).")
    unpacked = sum(e.file_size for e in entries)
    packed = max(1, sum(e.compress_size for e in entries))
    if unpacked > MAX_UNPACKED_BYTES or unpacked / packed > MAX_ZIP_RATIO:
        raise CorpusError(
            f"'{name}' wordt uitgepakt {unpacked / 1024 / 1024:.0f} MB groot ({unpacked / packed:.0f}× zo groot); "
            "dat lijkt op een zip-bom en wordt niet ingelezen."
        )
    if any(e.filename.startswith(("/", "\\")) or ".." in e.filename.split("/") for e in entries):
        raise CorpusError(f"'{name}' bevat onderdelen met een ongeldig pad.")
