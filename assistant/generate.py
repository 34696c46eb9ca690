"""Generative answers from a local or self-hosted LLM, checked sentence by sentence against the cited sources.

The LLM only rephrases what the numbered sources say. Before a reader sees a sentence, the verifier checks that
it cites a source that exists and that this source supports it: by meaning (cosine with the index's own embedding
model), by wording (shared content words, weighted by rarity), by numbers, days and months (taken from the source
sentence that matches the claim) and by the small words that turn a claim around (niet, geen, alles, altijd).
A sentence without a citation takes the one that closes its line. Whatever fails is dropped. When too little
survives, or the LLM fails, the caller shows the extractive answer: the user always gets an answer, and never an
unchecked one.
"""

from __future__ import annotations

import itertools
import logging
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from assistant.answer import STOP, WORD, prompt
from assistant.config import Settings
from assistant.guard import redact
from assistant.injection import looks_like_instruction, without_instructions
from assistant.retrieve import Hit
from assistant.sentences import sentences

log = logging.getLogger(__name__)

Audience = Literal["ouder", "professional"]
Coverage = Literal["volledig", "gedeeltelijk", "geen", "onbekend"]

# [1], [1, 3], [1][3]; a model may also write (bron 1) or [bron 2]: read those too, then show them as [n].
CITATION = re.compile(
    r"\[\s*(?:bron\s*)?(\d{1,3}(?:\s*[,;&]\s*\d{1,3}|\s+en\s+\d{1,3})*)\s*\]|\(\s*bron\s+(\d{1,3})\s*\)", re.I
)
META = re.compile(r"^[\s*#>_-]*(BRONNEN|BRON|DEKKING)[\s*_]*:[\s*_]*(.*)$", re.IGNORECASE)
LETTER = re.compile(r"[^\W\d_]")
LIST_MARK = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
LABEL = re.compile(r"^\s*\**\s*(?:antwoord|answer)\s*\**\s*:\s*", re.IGNORECASE)
# A sentence ends at . ! ? (then citations may follow) and whitespace, before something that starts a sentence.
SENTENCE_END = re.compile(r"[.!?]+[\"')]*(?:\s*\[[^\]\n]{1,20}\])*\.?(?=\s+[\"'(*]?[A-Z0-9À-Ý])")
ABBREVIATIONS = {
    "art", "bijv", "bv", "nr", "ca", "incl", "excl", "max", "min", "evt", "enz", "etc", "jl", "mr", "dr", "mw",
    "dhr", "tel", "o.a", "m.b.t", "i.v.m", "z.s.m", "t.a.v", "e.d", "d.w.z", "m.a.w", "i.p.v", "t/m", "lid",
}  # fmt: skip
NUMBER = re.compile(r"\d+(?:[.,:/-]\d+)*")
NUMBER_WORDS = {
    "twee": "2", "drie": "3", "vier": "4", "vijf": "5", "zes": "6", "zeven": "7", "acht": "8", "negen": "9",
    "tien": "10", "elf": "11", "twaalf": "12", "dertien": "13", "veertien": "14", "vijftien": "15",
    "zestien": "16", "zeventien": "17", "achttien": "18", "twintig": "20", "dertig": "30", "honderd": "100",
}  # fmt: skip
CALENDAR = {
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari", "maart",
    "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
}  # fmt: skip
# Words that turn a claim around or make it absolute; stopword lists drop them, so they are checked on their own:
# a claim may only use one when its cited source does ("Ouders mogen alles" is not "Ouders mogen helpen").
CRITICAL = {
    "niet", "geen", "nooit", "niets", "niemand", "nergens", "alles", "altijd", "iedereen", "overal", "alleen",
    "zonder", "verplicht", "verboden", "nimmer",
}  # fmt: skip
NEGATIONS = {"niet", "geen", "nooit", "niets", "niemand", "nergens", "zonder"}
# Ways to say a negated rule positively ('alleen met toestemming' for 'niet zonder toestemming').
POSITIVE_TURNS = {"alleen", "pas", "slechts", "uitsluitend", "behalve", "tenzij", "mits", "hoeft", "hoeven", "vrij"}
COVERAGE_WORDS: dict[str, Coverage] = {
    "volledig": "volledig",
    "geheel": "volledig",
    "gedeeltelijk": "gedeeltelijk",
    "deels": "gedeeltelijk",
    "geen": "geen",
    "niet": "geen",
}


FIELD_LINE = re.compile(r"^[A-Z][\w ]{0,24}:\s")  # 'Telefoon: 0800-2000' on a service card


def evidence_sentences(text: str) -> list[str]:
    """A passage's sentences for checking claims: hard-wrapped lines joined; list items and card fields apart."""
    blocks: list[str] = []
    for line in text.splitlines():
        raw = line.strip()
        if not raw or raw.startswith(("#", "|", "---")):
            blocks.append("")
        elif not blocks or not blocks[-1] or LIST_MARK.match(raw) or FIELD_LINE.match(raw):
            blocks.append(raw)
        else:
            blocks[-1] += " " + raw
    return [sentence for block in blocks if block for sentence in sentences(LIST_MARK.sub("", block))]


def citations_in(text: str) -> list[int]:
    """Every number cited in the text, in order of appearance (duplicates removed)."""
    found: list[int] = []
    for match in CITATION.finditer(text):
        for number in re.findall(r"\d+", match.group(1) or match.group(2) or ""):
            if int(number) not in found:
                found.append(int(number))
    return found


def strip_citations(text: str) -> str:
    return re.sub(r"\s+([.,;:!?])", r"\1", CITATION.sub("", text)).strip()


def numbers_in(text: str) -> set[str]:
    """Numbers as digits ('zes weken' and '6 weken' agree; '0800-2000' and '0800 2000' too), plus days and months."""
    found = {re.sub(r"\D", "", n) for n in NUMBER.findall(re.sub(r"(?<=\d)\s(?=\d)", "", text))}
    words = WORD.findall(text.lower())
    found |= {NUMBER_WORDS[w] for w in words if w in NUMBER_WORDS} | {w for w in words if w in CALENDAR}
    return {n for n in found if n}


# -- parsing the model's output while it streams ----------------------------------------------------------------
@dataclass
class Segment:
    """One answer sentence (or list item) as the model wrote it; `newline` if it began a line."""

    text: str
    newline: bool = False
    item: bool = False


class OutputParser:
    """Turns streamed text into complete sentences and reads the closing BRONNEN/DEKKING lines.

    Small models break formats, so everything is optional: missing lines give coverage 'onbekend'; text after
    the closing lines is ignored; a refusal written in prose is recognised.
    """

    def __init__(self, refusal: str) -> None:
        self.buffer = ""
        self.line_start = True
        self.in_meta = False
        self.done = False  # the DEKKING line came: nothing after it is read
        self.claimed: list[int] = []
        self.coverage: Coverage = "onbekend"
        self.said_refusal = False
        self._refusal_key = _normal(refusal)[:30]

    def feed(self, chunk: str) -> list[Segment]:
        self.buffer += chunk
        out: list[Segment] = []
        while "\n" in self.buffer and not self.done:
            line, self.buffer = self.buffer.split("\n", 1)
            out += self._line(line, complete=True)
        return out if self.done else out + self._line(self.buffer, complete=False)

    def finish(self) -> list[Segment]:
        rest, self.buffer = self.buffer, ""
        return [] if self.done else self._line(rest, complete=True)

    def _line(self, text: str, complete: bool) -> list[Segment]:
        """Complete sentences of (the seen part of) one line; an unfinished sentence stays in the buffer."""
        starts_line = self.line_start
        marker = LIST_MARK.match(text) if starts_line else None
        done, rest = _split(text[marker.end() :] if marker else text)
        if complete:
            done += [rest] if rest else []
            self.line_start = True
        else:
            self.buffer = rest if done else text
            self.line_start = starts_line and not done
        out: list[Segment] = []
        for number, part in enumerate(done):
            segment = self._segment(part, number == 0 and starts_line, item=number == 0 and marker is not None)
            if segment is not None:
                out.append(segment)
        return out

    def _segment(self, text: str, starts_line: bool, item: bool) -> Segment | None:
        meta = META.match(text)
        if meta:
            self._meta(meta.group(1), meta.group(2))
            return None
        if self.in_meta or not LETTER.search(text) or text.lstrip().startswith(("#", "|", "```")):
            return None
        clean = re.sub(r"\*\*|__|`", "", LABEL.sub("", text)).strip()
        if self._refusal_key and _normal(clean).startswith(self._refusal_key):
            self.said_refusal = True
            return None
        return Segment(clean, newline=starts_line, item=item) if clean else None

    def _meta(self, name: str, value: str) -> None:
        """Read 'BRONNEN: 1, 3' and 'DEKKING: gedeeltelijk'; an echo of the instructions is not an answer."""
        self.in_meta = True
        inline = re.search(r"\bDEKKING\b\W*(.*)$", value, re.IGNORECASE)  # both on one line
        if name.upper().startswith("BRON"):
            numbers = value[: inline.start()] if inline else value
            if re.fullmatch(r"[\s\[\](),;&.\d]*(?:(?:en|geen)\b[\s\[\](),;&.\d]*)*", numbers.lower()):
                self.claimed += [int(n) for n in re.findall(r"\d{1,3}", numbers) if int(n) not in self.claimed]
            if inline:
                self._meta("DEKKING", inline.group(1))
            return
        found = {COVERAGE_WORDS[w] for w in WORD.findall(value.lower()) if w in COVERAGE_WORDS}
        if len(found) == 1:  # 'volledig, gedeeltelijk of geen' copied from the prompt says nothing
            self.coverage = found.pop()
            self.done = True


def _normal(text: str) -> str:
    return " ".join(WORD.findall(text.lower()))


def _split(line: str) -> tuple[list[str], str]:
    """Complete sentences of one line and the rest: split after . ! ? (and citations), not after an abbreviation."""
    done: list[str] = []
    start = 0
    for match in SENTENCE_END.finditer(line):
        before = line[start : match.start()].split()
        last = before[-1].lower().rstrip(".") if before else ""
        if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        if line[start : match.end()].strip():
            done.append(line[start : match.end()].strip())
        start = match.end()
    return done, line[start:].lstrip()


# -- verification ------------------------------------------------------------------------------------------------
@dataclass
class SentenceCheck:
    """A written sentence and the verdict on it; `text` shows only valid citations, as [n]."""

    text: str
    citations: list[int]
    kept: bool
    reason: str = ""  # dropped: no_citation, instruction, too_short, number, critical_word, negation, overlap, support
    support: float = 0.0
    overlap: float = 0.0
    item: bool = False
    newline: bool = False


@dataclass
class _Passage:
    text: str
    units: list[str]
    stems: set[str]
    numbers: set[str]
    words: set[str]
    vectors: np.ndarray | None = None


class Verifier:
    """Does the cited source say this? Meaning, words and numbers must all agree with the cited passage(s)."""

    def __init__(
        self,
        embed_model: Any,
        stemmer: Any,
        settings: Settings,
        idf: Callable[[str], float] | None = None,
    ) -> None:
        self.embed_model = embed_model
        self.stemmer = stemmer
        self.settings = settings
        self.idf = idf or (lambda _stem: 1.0)

    def stems(self, text: str) -> set[str]:
        words = [w for w in WORD.findall(text.lower()) if w not in STOP and len(w) > 1]
        return set(self.stemmer.stemWords(words))

    def sources(self, texts: Sequence[str]) -> list[_Passage]:
        """Each numbered source as evidence: its sentences (and pairs of them), minus instructions to a model."""
        out = []
        for text in texts:
            units = [
                s for s in evidence_sentences(text) if not looks_like_instruction(s) and not s.startswith("[instructie")
            ]
            evidence = " ".join(units)
            pairs = [f"{a} {b}" for a, b in itertools.pairwise(units)]
            words = set(WORD.findall(evidence.lower()))
            out.append(_Passage(text, units + pairs, self.stems(evidence), numbers_in(evidence), words))
        return out

    def _vectors(self, passage: _Passage) -> np.ndarray:
        if passage.vectors is None:
            units = passage.units or [""]
            vectors = np.asarray(self.embed_model.get_text_embedding_batch(units), dtype=np.float32)
            passage.vectors = vectors / (np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9)
        return passage.vectors

    def check(self, sentence: str, passages: Sequence[_Passage], item: bool = False) -> SentenceCheck:
        """The verdict on one sentence; numbers outside 1..len(passages) are removed before anything else."""
        cited = [n for n in citations_in(sentence) if 1 <= n <= len(passages)]
        claim = strip_citations(sentence)
        shown = claim if not cited else _with_citations(claim, cited)
        verdict = SentenceCheck(shown, cited, kept=False, item=item)
        if not cited:
            verdict.reason = "no_citation"
            return verdict
        if looks_like_instruction(claim):
            verdict.reason = "instruction"
            return verdict
        claim_stems = self.stems(claim)
        if len(claim_stems) < 2:
            verdict.reason = "too_short"  # "Alles mag [1]." says nothing a source can be checked on
            return verdict
        chosen = [passages[n - 1] for n in cited]
        if not numbers_in(claim) <= set().union(*(p.numbers for p in chosen)):
            verdict.reason = "number"
            return verdict
        if (set(WORD.findall(claim.lower())) & CRITICAL) - set().union(*(p.words for p in chosen)):
            verdict.reason = "critical_word"
            return verdict
        evidence_stems = set().union(*(p.stems for p in chosen))
        weights = {s: self.idf(s) for s in claim_stems}
        verdict.overlap = round(sum(w for s, w in weights.items() if s in evidence_stems) / sum(weights.values()), 3)
        vector = np.asarray(self.embed_model.get_text_embedding(claim), dtype=np.float32)
        vector /= np.linalg.norm(vector) + 1e-9
        best, matched = -1.0, []
        for passage in chosen:
            sims = self._vectors(passage) @ vector
            if passage.units:
                i = int(np.argmax(sims))
                best = max(best, float(sims[i]))
                matched.append(passage.units[i])
        verdict.support = round(best, 4)
        near = set().union(*(numbers_in(u) for u in matched))
        negated = any(set(WORD.findall(u.lower())) & NEGATIONS for u in matched)
        # A long number (a phone number) names one thing: anywhere in the source will do. A short one (days, weeks,
        # ages, weekdays) must come from the sentence that matches the claim: 'twee dagen' is not 'zes weken'.
        if any((len(n) <= 4 or not n.isdigit()) and n not in near for n in numbers_in(claim)):
            verdict.reason = "number"
        elif negated and not set(WORD.findall(claim.lower())) & (NEGATIONS | POSITIVE_TURNS):
            verdict.reason = "negation"  # the source says 'geen advocaat nodig', the claim drops the 'geen'
        elif verdict.overlap < self.settings.verify_min_overlap:
            verdict.reason = "overlap"
        elif verdict.support < self.settings.verify_min_support:
            verdict.reason = "support"
        else:
            verdict.kept = True
        return verdict


def _with_citations(claim: str, cited: list[int]) -> str:
    """The claim with its citations at the end, before the final punctuation mark: 'Zo is het [1].'"""
    marks = "".join(f"[{n}]" for n in cited)
    match = re.search(r"[.!?]+$", claim)
    if match:
        return f"{claim[: match.start()].rstrip()} {marks}{match.group(0)}"
    return f"{claim} {marks}"


# -- the generator -----------------------------------------------------------------------------------------------
@dataclass
class Generated:
    """The verified answer and what happened on the way; `text` is empty when refused or fell back."""

    text: str
    coverage: Coverage
    refused: bool
    fell_back: bool
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
            "refused_by_llm": self.refused,
            "coverage": self.coverage,
            "sources_claimed": self.claimed,
            "sources_cited": cited,
            "error": self.error,
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
        refused = parser.coverage == "geen" or (parser.said_refusal and not kept)
        too_little = len(kept) < settings.verify_min_kept or (len(kept) < settings.verify_min_kept_share * len(checks))
        fell_back = not refused and too_little
        text = "" if refused or fell_back else "".join(_joined(c, i > 0) for i, c in enumerate(kept))
        self.result = Generated(
            text=text,
            coverage=parser.coverage,
            refused=refused,
            fell_back=fell_back,
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


def make_llm(settings: Settings) -> Any:
    """The llama-index LLM for the configured backend (only OpenAI-compatible servers for now)."""
    if settings.llm_backend != "openai-like":
        raise ValueError(f"geen taalmodel ingesteld (llm_backend={settings.llm_backend!r})")
    from llama_index.llms.openai_like import OpenAILike

    return OpenAILike(
        model=settings.llm_model,
        api_base=settings.llm_url,
        api_key=settings.llm_api_key.get_secret_value() or "none",
        is_chat_model=True,
        is_function_calling_model=False,
        context_window=settings.llm_context_window,
        max_tokens=settings.llm_max_tokens,
        temperature=settings.llm_temperature,
        timeout=settings.llm_timeout_s,
        max_retries=0,  # a server that is down must not delay the extractive answer
    )


class Generator:
    """Writes answers with the LLM from numbered sources, and passes on only what the verifier accepts."""

    def __init__(self, settings: Settings, verifier: Verifier, llm: Any | None = None) -> None:
        self.settings = settings
        self.verifier = verifier
        self.llm = llm if llm is not None else make_llm(settings)

    def system_prompt(self, audience: Audience) -> str:
        d = self.settings.prompts_dir
        audience_text = prompt(d, "doelgroep-professional" if audience == "professional" else "doelgroep-ouder")
        return _fill(prompt(d, "systeem"), doelgroep=audience_text, weigering=prompt(d, "weigering"))

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

        user = _fill(
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
            text = _fill(
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


def _fill(template: str, **values: str) -> str:
    """Fill {name} placeholders; other braces a coordinator writes in a prompt stay as they are."""
    for name, value in values.items():
        template = template.replace("{" + name + "}", value)
    return template
