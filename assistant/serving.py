"""The index one chat process serves, and how it follows ``index/CURRENT`` when another process builds a new one.

With a Chroma server several chat processes share one index directory, and any of them (or ``assistant ingest``
on the command line) may switch ``CURRENT``. Each process notices within ``follow_index_s`` seconds (the chat watches
in a thread, and looks before a question), loads the new build beside the old one in a background thread and swaps
it in when it is complete: questions keep being answered from the old build meanwhile, and a build that fails to
load leaves the old one serving.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from assistant.answering.models import Answer, AnswerStream, Audience
from assistant.answering.pipeline import Answerer
from assistant.config import Settings
from assistant.corpus.files import load_regions
from assistant.corpus.schema import Region
from assistant.errors import CorpusError
from assistant.index.ingest import ingest
from assistant.index.progress import Reporter
from assistant.index.report import ChangeReport
from assistant.index.store import IndexStore
from assistant.search.filters import NATIONAL, Filters
from assistant.search.retrieve import LoadedIndex

log = logging.getLogger("wegwijs.serving")


@dataclass(frozen=True)
class ServingStatus:
    """What a process serves, for ``GET /api/status``: which build, and whether a newer one is loading."""

    build_id: str | None
    created: str | None
    passages: int
    current_on_disk: str | None
    loading: str | None

    def to_json_dict(self) -> dict[str, object]:
        return {
            "build_id": self.build_id,
            "created": self.created,
            "passages": self.passages,
            "current_on_disk": self.current_on_disk,
            "loading": self.loading,
            "up_to_date": self.build_id is not None and self.build_id == self.current_on_disk,
        }


class Engine:
    """One loaded index per process; follows new builds without a restart; ingest runs one at a time here."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = IndexStore(settings)
        self._answerer: Answerer | None = None
        self._lock = threading.Lock()
        self._ingest_lock = threading.Lock()
        self._loading: str | None = None
        self._next_check = 0.0
        self._failed: set[str] = set()  # builds that did not load: not retried on every question
        self._region_names: dict[str, str] = {}  # the last names _regios.yaml gave, for a region it no longer names

    # -- serving ---------------------------------------------------------------------------------------------------
    def answerer(self) -> Answerer:
        with self._lock:
            if self._answerer is None:  # nothing to serve yet: the first question waits for the load
                self._answerer = Answerer(LoadedIndex(self.settings))
                self._next_check = time.monotonic() + self.settings.follow_index_s
            else:
                self._follow()
            return self._answerer

    def ask(self, question: str, filters: Filters, top_k: int | None = None, audience: Audience = "ouder") -> Answer:
        return self.answerer().ask(question, top_k=top_k, filters=filters, audience=audience)

    def stream(self, question: str, filters: Filters, audience: Audience, previous: str | None = None) -> AnswerStream:
        """Retrieval happens here; with an LLM the verified sentences come while the stream is iterated.
        ``previous``: the last full question, so a follow-up is read with it (answering/followup.py)."""
        return self.answerer().ask_stream(question, filters=filters, audience=audience, previous=previous)

    def status(self) -> ServingStatus:
        with self._lock:
            index = self._answerer.index if self._answerer else None
            loading = self._loading
        return ServingStatus(
            build_id=index.manifest.build_id if index else None,
            created=index.manifest.created if index else None,
            passages=len(index.rows) if index else 0,
            current_on_disk=self.store.current_id(),
            loading=loading,
        )

    def follow(self) -> None:
        """Start loading a new build if CURRENT moved; the chat also calls this between questions (watch)."""
        with self._lock:
            self._follow()

    def watch(self) -> None:
        """Runs in a daemon thread of the chat, so an idle process has the new build ready before the next question."""
        while True:
            time.sleep(max(self.settings.follow_index_s, 0.5))
            try:
                self.follow()
            except OSError as exc:  # an index dir on a shared disk that is briefly away
                log.warning("Kon niet nagaan of er een nieuwe index is: %s", exc)

    def _follow(self) -> None:
        """Called with the lock held: at most every follow_index_s, one cheap read of CURRENT."""
        now = time.monotonic()
        if self._loading or now < self._next_check or self._answerer is None:
            return
        self._next_check = now + self.settings.follow_index_s
        current = self.store.current_id()
        if current is None or current in self._failed or current == self._answerer.index.manifest.build_id:
            return
        self._loading = current
        threading.Thread(target=self._load_in_background, args=(current,), daemon=True, name="wegwijs-reload").start()

    def _load_in_background(self, build_id: str) -> None:
        try:
            fresh: Answerer | None = Answerer(LoadedIndex(self.settings))
        except Exception as exc:  # a build that cannot be read must not stop the one that serves
            log.warning("Nieuwe index %s niet geladen; de vorige blijft antwoorden: %s", build_id, exc)
            fresh = None
        with self._lock:
            self._loading = None
            if fresh is None:
                self._failed.add(build_id)
                return
            # Swap only to what is current now: a slow load must not undo a newer build loaded meanwhile.
            if fresh.index.manifest.build_id == self.store.current_id():
                self._answerer = fresh
                log.info("Index %s wordt nu gebruikt.", fresh.index.manifest.build_id)
            self._next_check = 0.0  # look again at once if CURRENT moved while loading

    def reload(self) -> None:
        """Load the current build now (after an ingest in this process); meanwhile the watcher does not load it too."""
        with self._lock:
            self._loading = self.store.current_id()
        try:
            fresh = Answerer(LoadedIndex(self.settings))
            with self._lock:
                self._answerer = fresh
        finally:
            with self._lock:
                self._loading = None

    # -- writing ---------------------------------------------------------------------------------------------------
    def update_index(self, actor: str, progress: Reporter | None = None) -> ChangeReport:
        with self._ingest_lock:
            report = ingest(self.settings, actor=actor, progress=progress)
            self.reload()
            return report

    def regions(self) -> dict[str, Region]:
        """The regions a user may pick: those the serving index was built with, named as in ``_regios.yaml``. An
        edit of that file that is not published yet, or a broken one, must not turn every question about a served
        region into an error (red team B10); a deployment for one region (ASSISTANT_REGION) offers only that one."""
        try:
            named = {k: v for k, v in load_regions(Path(self.settings.corpus_dir)).items() if k != NATIONAL}
            self._region_names.update({k: v.name for k, v in named.items()})
        except CorpusError:
            named = {}
        served = self._served_regions()
        if served is None:
            regions = named
        else:
            regions = {
                rid: Region(id=rid, name=self._region_names.get(rid, rid.capitalize()), municipalities=places)
                for rid, places in served.items()
                if rid != NATIONAL
            }
        pinned = self.settings.region
        return {pinned: regions[pinned]} if pinned and pinned in regions else regions

    def _served_regions(self) -> dict[str, list[str]] | None:
        with self._lock:
            manifest = self._answerer.index.manifest if self._answerer else None
        if manifest is None:
            try:
                manifest = self.store.current()
            except (OSError, ValueError):  # an index that cannot be read: the corpus file is all there is
                return None
        return dict(manifest.regions) if manifest is not None and manifest.regions else None
