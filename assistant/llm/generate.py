"""Generative answers from a local or self-hosted LLM, passed on sentence by sentence only when verified.

The LLM only rephrases what the numbered sources say; llm/verify.py checks each sentence against the source it
cites. When too little survives, or the LLM fails, the caller shows the extractive answer."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.answering.models import Audience
from assistant.config import Settings
from assistant.llm.backends import make_llm
from assistant.llm.parse import LABEL, Coverage, OutputParser, Segment, citations_in
from assistant.llm.verify import SentenceCheck, Verifier, _Passage
from assistant.safety.injection import without_instructions
from assistant.safety.pii import redact
from assistant.search.retrieve import Hit
from assistant.text import fill, prompt

log = logging.getLogger(__name__)


# -- the generator -----------------------------------------------------------------------------------------------
@dataclass
class Generated:
    """The verified answer and what happened on the way; `text` is empty when refused or fell back."""

    text: str
    coverage: Coverage
    refused: bool
    fell_back: bool
    declined: bool = False  # the model said the sources do not answer (shown as a refusal only with llm_may_refuse)
    checks: list[SentenceCheck] = field(default_factory=list)
    claimed: list[int] = field(default_factory=list)
    error: str | None = None
    raw: str = ""
    llm_ms: float = 0.0
    first_piece_ms: float | None = None

    @property
    def kept(self) -> list[SentenceCheck]:
        return [c for c in self.checks if c.kept]

    def stats(self) -> dict[str, Any]:
        dropped: dict[str, int] = {}
        for c in self.checks:
            if not c.kept:
                dropped[c.reason] = dropped.get(c.reason, 0) + 1
        cited = sorted({n for c in self.kept for n in c.citations})
        return {
            "sentences_total": len(self.checks),
            "sentences_kept": len(self.kept),
            "dropped": dropped,
            "fell_back": self.fell_back,
            "refused_by_llm": self.declined,
            "refused": self.refused,
            "coverage": self.coverage,
            "sources_claimed": self.claimed,
            "sources_cited": cited,
            "error": self.error,
            "raw_chars": len(self.raw),  # what the model wrote, before parsing and checks
            "llm_ms": round(self.llm_ms, 1),
            "first_piece_ms": None if self.first_piece_ms is None else round(self.first_piece_ms, 1),
        }


class GenerationStream:
    """Verified pieces of text as the LLM writes them; `result` is set once iteration ends.

    Sentences are held back until `verify_min_kept` of them passed, so a fallback rarely withdraws shown text.
    """

    def __init__(self, generator: Generator, messages: Callable[[], list[Any]], passages: list[_Passage]) -> None:
        self.generator = generator
        self.messages = messages  # built inside the guarded call: a failing redaction must fall back, not crash
        self.passages = passages
        self.result: Generated | None = None

    def __iter__(self) -> Iterator[str]:
        settings = self.generator.settings
        parser = OutputParser(prompt(settings.prompts_dir, "weigering"))
        checks: list[SentenceCheck] = []
        pending: list[SentenceCheck] = []
        shown: list[SentenceCheck] = []
        raw: list[str] = []
        error: str | None = None
        start = time.monotonic()
        first: float | None = None

        uncited: list[Segment] = []  # sentences of this line still waiting for a citation

        def verify(segment: Segment, inherited: str = "") -> SentenceCheck:
            check = self.generator.verifier.check(f"{segment.text} {inherited}", self.passages, item=segment.item)
            check.newline = segment.newline
            checks.append(check)
            return check

        def take(segments: list[Segment], final: bool = False) -> Iterator[str]:
            """Verify each sentence; one without a citation takes the one that closes its line ('A. B [1].')."""
            ready: list[SentenceCheck] = []
            for segment in segments:
                cited = citations_in(segment.text)
                if segment.newline or len(uncited) >= 5:
                    ready += [verify(s) for s in uncited]  # a new line: nothing will cite them any more
                    uncited.clear()
                if not cited:
                    uncited.append(segment)
                    continue
                marks = "".join(f"[{n}]" for n in cited)
                ready += [verify(s, marks) for s in uncited] + [verify(segment)]
                uncited.clear()
            if final:
                ready += [verify(s) for s in uncited]
                uncited.clear()
            yield from flush(ready)

        def flush(ready: list[SentenceCheck]) -> Iterator[str]:
            nonlocal first
            for check in ready:
                if not check.kept:
                    continue
                pending.append(check)
                if shown or len(pending) >= settings.verify_min_kept:
                    for done in pending:
                        if first is None:
                            first = (time.monotonic() - start) * 1000
                        yield _joined(done, bool(shown))
                        shown.append(done)
                    pending.clear()

        responses = None
        try:
            responses = self.generator.llm.stream_chat(self.messages())
            for response in responses:
                delta = response.delta or ""
                raw.append(delta)
                yield from take(parser.feed(delta))
                if parser.done:  # the closing lines came: whatever a model adds after them is not read
                    break
                if time.monotonic() - start > settings.llm_timeout_s:
                    error = f"time-out na {settings.llm_timeout_s:.0f} s"
                    log.error("LLM: %s; what was verified so far is kept", error)
                    break
            yield from take(parser.finish(), final=True)
        except Exception as exc:  # the user must always get an answer: log, then fall back
            error = f"{type(exc).__name__}: {exc}"
            log.error("LLM-aanroep mislukt (%s); het extractieve antwoord wordt getoond", error)
        finally:
            close = getattr(responses, "close", None)
            if callable(close):
                close()
        kept = [c for c in checks if c.kept]
        declined = parser.coverage == "geen" or (parser.said_refusal and not kept)
        # Whether the sources answer the question is the refusal model's decision (answering/refusal.py), taken
        # before the LLM was asked. A model that declines gets the extractive answer in its place, unless the
        # deployment trusts its model to refuse (llm_may_refuse): Qwen2.5-Coder-1.5B declined 0.67 of the foreign
        # set's answerable questions that the refusal model answered (2026-12-03).
        refused = declined and settings.llm_may_refuse
        too_little = len(kept) < settings.verify_min_kept or (len(kept) < settings.verify_min_kept_share * len(checks))
        fell_back = not refused and (too_little or declined)
        text = "" if refused or fell_back else "".join(_joined(c, i > 0) for i, c in enumerate(kept))
        self.result = Generated(
            text=text,
            coverage=parser.coverage,
            refused=refused,
            fell_back=fell_back,
            declined=declined,
            checks=checks,
            claimed=parser.claimed,
            error=error,
            raw="".join(raw),
            llm_ms=(time.monotonic() - start) * 1000,
            first_piece_ms=first,
        )


def _joined(check: SentenceCheck, after_another: bool) -> str:
    """A kept sentence with the separator it needs: a space, or a new line for list items."""
    if check.item:
        return ("\n" if after_another else "") + f"- {check.text}"
    if not after_another:
        return check.text
    return ("\n\n" if check.newline else " ") + check.text


class Generator:
    """Writes answers with the LLM from numbered sources, and passes on only what the verifier accepts."""

    def __init__(self, settings: Settings, verifier: Verifier, llm: Any | None = None) -> None:
        self.settings = settings
        self.verifier = verifier
        self.llm = llm if llm is not None else make_llm(settings)

    def system_prompt(self, audience: Audience) -> str:
        d = self.settings.prompts_dir
        audience_text = prompt(d, "doelgroep-professional" if audience == "professional" else "doelgroep-ouder")
        return fill(prompt(d, "systeem"), doelgroep=audience_text, weigering=prompt(d, "weigering"))

    def source(self, hit: Hit) -> tuple[str, str]:
        """(label, text) of one source as the LLM sees it, so the verifier checks against exactly that."""
        title = str(hit.metadata.get("title", "")) or hit.doc
        heading = str(hit.metadata.get("heading", ""))
        label = f"{title} — {heading.split(' > ')[-1]}" if heading and heading != title else title
        # Documents are data: an instruction to a model inside one is blanked out before the LLM sees it.
        text, limit = without_instructions(hit.shown_text.strip()), self.settings.llm_source_chars
        return label, text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"

    def render_sources(self, hits: Sequence[Hit]) -> str:
        """Numbered blocks with title: the numbers are the [n] the reader sees under the answer."""
        blocks = []
        for n, hit in enumerate(hits, start=1):
            label, text = self.source(hit)
            blocks.append(f'[{n}] {label}\n"""\n{text}\n"""')
        return "\n\n".join(blocks)

    def messages(self, question: str, hits: Sequence[Hit], audience: Audience) -> list[Any]:
        from llama_index.core.llms import ChatMessage, MessageRole

        user = fill(
            prompt(self.settings.prompts_dir, "antwoord"),
            question=redact(question) or "",
            sources=self.render_sources(hits),
        )
        system = self.system_prompt(audience)
        if self.settings.llm_merge_system:
            return [ChatMessage(role=MessageRole.USER, content=f"{system}\n\n{user}")]
        return [ChatMessage(role=MessageRole.SYSTEM, content=system), ChatMessage(role=MessageRole.USER, content=user)]

    def stream(self, question: str, hits: Sequence[Hit], audience: Audience = "ouder") -> GenerationStream:
        """Iterate for verified text pieces; afterwards `.result` holds the Generated answer and its checks."""
        used = list(hits[: self.settings.llm_sources])
        passages = self.verifier.sources(["\n\n".join(self.source(h)) for h in used])
        return GenerationStream(self, lambda: self.messages(question, used, audience), passages)

    def generate(self, question: str, hits: Sequence[Hit], audience: Audience = "ouder") -> Generated:
        stream = self.stream(question, hits, audience)
        for _ in stream:
            pass
        assert stream.result is not None
        return stream.result

    def condense(self, question: str, previous: str) -> str | None:
        """A follow-up and the previous question as one standalone question; None when the LLM cannot."""
        from llama_index.core.llms import ChatMessage, MessageRole

        try:
            text = fill(
                prompt(self.settings.prompts_dir, "vervolgvraag"),
                question=redact(question) or "",
                previous=redact(previous) or "",
            )
            response = self.llm.chat([ChatMessage(role=MessageRole.USER, content=text)], max_tokens=80)
        except Exception as exc:
            log.error("LLM kon de vervolgvraag niet herschrijven (%s: %s)", type(exc).__name__, exc)
            return None
        lines = [line.strip() for line in str(response.message.content or "").splitlines() if line.strip()]
        out = LABEL.sub("", re.sub(r"^(?:nieuwe vraag|vraag)\s*:\s*", "", lines[0], flags=re.I)) if lines else ""
        out = out.strip().strip("\"'*").strip()
        # A small model may answer, ramble or lose the topic: then the caller reads the two questions together.
        own, before = self.verifier.stems(question), self.verifier.stems(previous)
        words = self.verifier.stems(out)
        if not out or len(out) > 2 * (len(question) + len(previous)) + 40 or not words & before:
            return None
        if own and not words & own:
            return None
        return out
