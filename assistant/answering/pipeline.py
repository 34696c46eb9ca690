"""Grounded extractive answers: sentences taken from the retrieved passages, each with its citation.

No language model is involved, so nothing can be invented; when the evidence is too weak the answer is an
honest refusal that names where to ask instead.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
from bm25s.stopwords import STOPWORDS_DUTCH, STOPWORDS_EN
from pydantic import BaseModel, Field

from assistant.embeddings import load_embed_model, query_embeddings
from assistant.guard import (
    Crisis,
    CrisisNet,
    Screening,
    combine,
    crisis_message,
    crisis_net_for,
    privacy_notice,
    screen,
)
from assistant.injection import looks_like_instruction, without_instructions
from assistant.retrieve import NATIONAL, Filters, Hit, LoadedIndex
from assistant.sentences import sentences

if TYPE_CHECKING:
    from assistant.generate import Generator

WORD = re.compile(r"\w+", re.UNICODE)
# Vectors of sentences the build lacks, embedded when asked and kept per process: 10,000 × 384 floats are 15 MB.
SENTENCE_CACHE_SIZE = 10_000
STOP = (
    set(STOPWORDS_DUTCH)
    | set(STOPWORDS_EN)
    | {
        "kan",
        "mag",
        "moet",
        "wil",
        "welke",
        "wat",
        "wie",
        "waar",
        "hoe",
        "wanneer",
        "waarom",
        "mijn",
        "ik",
        "we",
        "wij",
        "jullie",
        "u",
        "jij",
        "je",
        "kind",
        "kinderen",
        "iemand",
        "iets",
        "graag",
        "vraag",
        "hoi",
    }
)


class QuestionError(ValueError):
    """A question we cannot take as it is; the message tells the user, in Dutch, what to do."""


class Source(BaseModel):
    doc: str
    title: str
    kind: str
    text: str
    score: float
    heading: str = ""
    date: str = ""
    region: str = ""
    municipality: str = ""
    service_id: str = ""
    example: bool = False


class Answer(BaseModel):
    id: Any = None
    question: str
    answer: str
    refused: bool
    sources: list[Source] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict)
    evidence: float = 0.0
    # With an LLM configured: "generatief" when the verified LLM text is shown, plus what the verifier did.
    mode: Literal["extractief", "generatief"] = "extractief"
    verification: dict[str, Any] | None = None
    # Screening (assistant/guard.py): crisis kinds whose help opens the answer; "persoonsgegevens" when personal
    # data was taken out of the question, "instructie" when it held instructions to the assistant.
    crisis: list[str] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        data = self.model_dump(exclude={"evidence"})
        if self.id is None:
            data.pop("id")
        if self.verification is None:  # no LLM involved: the documented shape, unchanged
            data.pop("mode")
            data.pop("verification")
        for key in ("crisis", "notices"):
            if not data[key]:
                data.pop(key)
        return data


class AnswerStream:
    """An answer as it is written: iterate for verified text pieces, then read `answer` (final).

    When `replaced` is true after the loop, the streamed text was withdrawn (too little of it verified, the LLM
    judged the sources insufficient, or it failed): show `answer.answer` instead of what was streamed.
    """

    def __init__(
        self, pieces: Iterator[str], finish: Callable[[str], Answer], sources: list[Source], question: str = ""
    ) -> None:
        self._pieces = pieces
        self._finish = finish
        self.sources = sources  # known before the first piece: the chat can show them right away
        self.question = question  # as screened: personal data already out
        self.streamed = ""
        self._answer: Answer | None = None

    def __iter__(self) -> Iterator[str]:
        if self._answer is not None:
            return
        for piece in self._pieces:
            self.streamed += piece
            yield piece
        self._answer = self._finish(self.streamed)

    @property
    def answer(self) -> Answer:
        if self._answer is None:
            for _ in self:
                pass
        assert self._answer is not None
        return self._answer

    @property
    def replaced(self) -> bool:
        return self.answer.answer != self.streamed


@lru_cache(maxsize=32)
def prompt(prompts_dir: Path, name: str) -> str:
    """Texts the user reads live in prompts/, so a coordinator can edit them without touching code."""
    return (prompts_dir / f"{name}.md").read_text(encoding="utf-8").strip()


class Answerer:
    """Turns a question into an Answer, using one loaded index; create once, ask many times."""

    def __init__(self, index: LoadedIndex) -> None:
        self.index = index
        self.settings = index.settings
        self.stemmer = index.stemmer
        self._sentence_cache: dict[str, np.ndarray] = {}
        self._sentence_lock = threading.Lock()

    # -- lexical evidence ----------------------------------------------------------------------
    @cached_property
    def _idf(self) -> dict[str, float]:
        """Stem → idf from the BM25 index, so rare words weigh more when picking sentences."""
        bm25 = self.index.bm25
        if bm25 is None:
            return {}
        indptr = np.asarray(bm25.scores["indptr"])
        n = max(int(bm25.scores.get("num_docs", 1)), 1)
        df = np.diff(indptr)
        return {
            tok: float(np.log(1 + (n - df[i] + 0.5) / (df[i] + 0.5)))
            for tok, i in bm25.vocab_dict.items()
            if i < len(df)
        }

    @cached_property
    def _rarest(self) -> float:
        """A word the index has never seen weighs like its rarest word."""
        return max(self._idf.values(), default=1.0)

    def stems(self, text: str) -> set[str]:
        words = [w for w in WORD.findall(text.lower()) if w not in STOP and len(w) > 1]
        return set(self.stemmer.stemWords(words))

    def coverage(self, question_stems: set[str], text: str) -> float:
        """Share of the question's (idf-weighted) content words that the text contains."""
        if not question_stems:
            return 0.0
        weights = {s: self._idf.get(s, self._rarest) for s in question_stems}
        found = question_stems & self.stems(text)
        return sum(weights[s] for s in found) / (sum(weights.values()) or 1.0)

    def evidence(self, question_stems: set[str], hits: list[Hit]) -> float:
        """How well the best passage supports an answer: meaning (cosine) and wording (coverage) together."""
        weight = self.settings.coverage_weight
        best = 0.0
        for hit in hits[:3]:
            cov = 0.0
            if weight:  # measured not to help by default; skip the stemming on the hot path then
                cov = self.coverage(question_stems, hit.matched_text)
            best = max(best, (hit.dense or 0.0) + weight * cov)
        return best

    def supported(self, question_stems: set[str], hits: list[Hit], evidence: float) -> bool:
        """Answer when the meaning is close enough, or nearly so and the passage has most of the question's words.

        Cosine alone refused "Wie helpt gezinnen met vragen over opvoeden?" against a card that says "helpt
        gezinnen met vragen over opvoeden" (0.8498 < 0.85). In the eval set no unanswerable question in that band
        shares more than 0.27 of its words with a source, so this rule changes none of the measured figures.
        """
        s = self.settings
        if evidence >= s.refuse_below:
            return True
        if evidence < s.refuse_below - s.wording_band:
            return False
        return any(self.coverage(question_stems, h.matched_text) >= s.wording_share for h in hits[:3])

    # -- answering -----------------------------------------------------------------------------
    def check(self, question: str) -> str:
        question = " ".join((question or "").split())
        if not question or not WORD.search(question):
            raise QuestionError(prompt(self.settings.prompts_dir, "vraag-leeg"))
        if len(question) > self.settings.max_question_chars:
            raise QuestionError(
                prompt(self.settings.prompts_dir, "vraag-te-lang").format(
                    length=len(question), limit=self.settings.max_question_chars
                )
            )
        return question

    def ask(
        self,
        question: str,
        *,
        top_k: int | None = None,
        filters: Filters | None = None,
        id: Any = None,
        audience: Literal["ouder", "professional"] = "ouder",
        previous: str | None = None,
    ) -> Answer:
        """Extractive by default; with an LLM configured, its verified answer (or the extractive one on failure)."""
        return self.ask_stream(
            question, top_k=top_k, filters=filters, id=id, audience=audience, previous=previous
        ).answer

    def ask_stream(
        self,
        question: str,
        *,
        top_k: int | None = None,
        filters: Filters | None = None,
        id: Any = None,
        audience: Literal["ouder", "professional"] = "ouder",
        previous: str | None = None,
    ) -> AnswerStream:
        """Retrieve now (a bad question raises QuestionError here), write the answer while it is iterated.

        ``previous``: the previous question, when this one may be a follow-up. With an LLM it is condensed
        into one standalone question (prompts/vervolgvraag.md); otherwise, or when that fails, the two are read
        together as the chat always did.
        """
        t0 = time.perf_counter()
        question = self.check(question)
        # Personal data out before the question is searched, shown back, stored or sent to an LLM; crisis signals
        # are read from the original; instructions to the assistant are not searched for (assistant/injection.py).
        screening = screen(question)
        question = screening.text
        injected = looks_like_instruction(question)
        search = (without_instructions(question, "").strip() or question) if injected else question
        generator = self.generator
        asked = search
        condensed = None
        if previous:
            from assistant.chat import is_follow_up, with_context

            if generator is not None and is_follow_up(search):
                condensed = generator.condense(search, previous)
            asked = condensed or with_context(search, previous)
        filters = self.index.filters_for(asked, filters)
        hits = self.index.retriever(top_k=top_k, filters=filters).hits(asked)
        crisis = combine(screening.crisis, self.crisis_by_meaning(asked))
        lead, notices = self._lead(crisis, screening, injected)
        t1 = time.perf_counter()
        q_stems = self.stems(asked)
        evidence = self.evidence(q_stems, hits)
        sources = [self._source(h) for h in hits]
        refused = not hits or not self.supported(q_stems, hits, evidence)

        def finish(text: str, refused: bool, **extra: Any) -> Answer:
            t2 = time.perf_counter()
            return Answer(
                id=id,
                question=question,
                answer=lead + text,
                refused=refused,
                crisis=list(crisis.kinds) if crisis else [],
                notices=notices,
                sources=sources,
                evidence=round(evidence, 4),
                timings_ms={
                    "retrieve": round((t1 - t0) * 1000, 1),
                    "answer": round((t2 - t1) * 1000, 1),
                    "total": round((t2 - t0) * 1000, 1),
                },
                **extra,
            )

        if refused or generator is None:
            text = self.refusal(filters) if refused else self.extract(asked, q_stems, hits)
            answer = finish(text, refused)
            return AnswerStream(iter([answer.answer]), lambda _streamed: answer, sources, question)
        stream = generator.stream(asked, hits, audience)
        state: dict[str, Any] = {}

        def pieces() -> Iterator[str]:
            shown = False
            if lead:
                yield lead
            for piece in stream:
                shown = True
                yield piece
            result = stream.result
            assert result is not None
            stats = result.stats()
            if condensed is not None:
                stats["standalone_question"] = condensed
            state["stats"] = stats
            if result.refused or result.fell_back:
                text = self.refusal(filters) if result.refused else self.extract(asked, q_stems, hits)
                state["final"] = (text, result.refused, "extractief")
                if not shown:  # nothing to withdraw: the replacement streams like any answer
                    yield text
            else:
                text = result.text
                if result.coverage == "gedeeltelijk":
                    note = "\n\n" + prompt(self.settings.prompts_dir, "dekking-gedeeltelijk")
                    text += note
                    yield note
                state["final"] = (text, False, "generatief")

        def finish_stream(_streamed: str) -> Answer:
            text, refused, mode = state["final"]
            return finish(text, refused, mode=mode, verification=state["stats"])

        return AnswerStream(pieces(), finish_stream, sources, question)

    @cached_property
    def _crisis_net(self) -> CrisisNet | None:
        if not self.settings.crisis_by_meaning:
            return None
        model = self.index.embed_model
        return crisis_net_for(self.settings.embed_model, lambda texts: query_embeddings(model, texts))

    def crisis_by_meaning(self, question: str) -> Crisis | None:
        """The second crisis net; the question's embedding is already cached by retrieval."""
        net = self._crisis_net
        return net.detect(self.index.query_embedding(question)) if net else None

    def _lead(self, crisis: Crisis | None, screening: Screening, injected: bool) -> tuple[str, list[str]]:
        """What opens the answer, before anything retrieved: help in a crisis, then the kind notices."""
        prompts_dir = self.settings.prompts_dir
        parts: list[str] = [crisis_message(crisis, prompts_dir)] if crisis else []
        notices: list[str] = []
        privacy = privacy_notice(screening, prompts_dir)
        if privacy:
            parts.append(privacy)
            notices.append("persoonsgegevens")
        if injected:
            parts.append(prompt(prompts_dir, "instructie"))
            notices.append("instructie")
        return ("\n\n".join(parts) + "\n\n" if parts else ""), notices

    @cached_property
    def generator(self) -> Generator | None:
        """The LLM writer when one is configured (llm_backend); None means extractive answers only."""
        if self.settings.llm_backend == "none":
            return None
        from assistant.generate import Generator, Verifier

        verifier = Verifier(
            self.index.embed_model, self.stemmer, self.settings, idf=lambda s: self._idf.get(s, self._rarest)
        )
        return Generator(self.settings, verifier)

    def _source(self, hit: Hit) -> Source:
        m = hit.metadata
        return Source(
            doc=hit.doc,
            title=str(m.get("title", "")),
            kind=str(m.get("kind", "other")),
            text=hit.shown_text,
            score=round(hit.score, 5),
            heading=str(m.get("heading", "")),
            date=str(m.get("date", "")),
            region=str(m.get("region", "")),
            municipality=str(m.get("municipality", "")),
            service_id=str(m.get("service_id", "")),
            example=bool(m.get("example", False)),
        )

    @cached_property
    def _sentence_model(self) -> Any:
        name = self.settings.sentence_model
        return load_embed_model(name) if name else self.index.embed_model

    def _similarities(self, question: str, texts: list[str]) -> list[float]:
        """Meaning, not just shared words: 'besluit' and 'beslist binnen zes weken' belong together."""
        if not texts or self.settings.sentence_weight <= 0:
            return [0.0] * len(texts)
        model = self._sentence_model
        own = model is self.index.embed_model
        q = np.asarray(self.index.query_embedding(question) if own else model.get_query_embedding(question), np.float32)
        vectors = self._sentence_vectors(model, texts)
        sims = vectors @ q / (np.linalg.norm(vectors, axis=1) * np.linalg.norm(q) + 1e-9)
        # Cosines of one model cluster in a narrow band; spread them so they weigh like coverage (0..1).
        low, high = float(sims.min()), float(sims.max())
        return [float((x - low) / (high - low)) if high > low else 1.0 for x in sims]

    def _sentence_vectors(self, model: Any, texts: list[str]) -> np.ndarray:
        """Sentences are corpus text: ingest embedded them with the build (assistant/sentences.py), so usually
        only the question is embedded here. Sentences the build lacks are embedded now and kept per process."""
        stored = self.index.sentence_vectors
        known: dict[str, np.ndarray] = {}
        if stored is not None and stored.model == (self.settings.sentence_model or self.index.manifest.embed_model):
            known = {t: v for t in texts if (v := stored.get(t)) is not None}
        with self._sentence_lock:
            known.update({t: self._sentence_cache[t] for t in texts if t not in known and t in self._sentence_cache})
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            fresh = np.asarray(model.get_text_embedding_batch(missing), dtype=np.float32)
            known.update(zip(missing, fresh, strict=True))
            with self._sentence_lock:
                if len(self._sentence_cache) + len(missing) > SENTENCE_CACHE_SIZE:
                    self._sentence_cache.clear()
                self._sentence_cache.update(zip(missing, fresh, strict=True))
        return np.stack([known[t] for t in texts])

    def extract(self, question: str, q_stems: set[str], hits: list[Hit], max_sentences: int = 3) -> str:
        """The best-supported sentences, in reading order, each followed by its source number."""
        candidates: list[tuple[int, int, str, str]] = []  # rank, position, text shown, text scored
        for rank, hit in enumerate(hits[:2]):
            if hit.metadata.get("kind") == "sociale_kaart":
                candidates.append((rank, 0, _card_line(hit), hit.text))
            else:
                candidates += [(rank, pos, sent, sent) for pos, sent in enumerate(sentences(hit.text))]
        if not candidates:
            return self.refusal(None)
        candidates = candidates[: self.settings.max_scored_sentences]
        sims = self._similarities(question, [c[3] for c in candidates])
        w = self.settings.sentence_weight
        scored: list[tuple[float, int, int, str]] = []
        for (rank, pos, shown, text), sim in zip(candidates, sims, strict=True):
            support = (1 - w) * self.coverage(q_stems, text) + w * sim
            scored.append((support / (1 + 0.5 * rank) + 1e-4 / (1 + pos + 3 * rank), rank, pos, shown))
        # Without shared words (an English question, say) only the best passage may speak.
        scored = [item for item in scored if item[1] == 0 or item[0] >= 1e-3]
        scored.sort(key=lambda x: x[0], reverse=True)
        best = scored[0][0]
        chosen: list[tuple[float, int, int, str]] = []
        per_source: dict[int, int] = {}
        for item in scored:
            if len(chosen) >= max_sentences or item[0] < 0.45 * best:
                break
            if per_source.get(item[1], 0) >= (3 if item[1] == 0 else 2):
                continue
            per_source[item[1]] = per_source.get(item[1], 0) + 1
            chosen.append(item)
        chosen.sort(key=lambda x: (x[1], x[2]))
        return " ".join(f"{sent} [{rank + 1}]" for _, rank, _, sent in chosen)

    def refusal(self, filters: Filters | None) -> str:
        """Say plainly that the sources do not cover it, and name who can help, taken from the social map."""
        base = prompt(self.settings.prompts_dir, "weigering")
        helpers = self.referrals(filters)
        if not helpers:
            return f"{base}\n\n{prompt(self.settings.prompts_dir, 'verwijzing-standaard')}"
        lines = "\n".join(f"- {h}" for h in helpers)
        return f"{base}\n\n{prompt(self.settings.prompts_dir, 'verwijzing')}\n{lines}"

    @cached_property
    def _information_services(self) -> list[tuple[str, str]]:
        """(region, 'Name (phone)') of every information-and-advice service, found once per loaded index."""
        found = []
        for row in self.index.rows.values():
            m = row["metadata"]
            if m.get("kind") != "sociale_kaart" or "informatie-en-advies" not in str(m.get("category", "")):
                continue
            phone = _field(str(m.get("contact", "")), "Telefoon")
            found.append((str(m.get("region", "")), str(m.get("title", "")) + (f" ({phone})" if phone else "")))
        return found

    def referrals(self, filters: Filters | None, limit: int = 3) -> list[str]:
        region = filters.region if filters else None
        found = sorted(
            (0 if service_region == region else 1, label)
            for service_region, label in self._information_services
            if service_region in (NATIONAL, region)
        )
        return [label for _, label in found[:limit]]


def _field(text: str, label: str) -> str:
    match = re.search(rf"^{label}:\s*(.+)$", text, flags=re.MULTILINE)
    return match.group(1).strip() if match else ""


def _card_line(hit: Hit) -> str:
    """A social-map service in one line: who, what, and how to reach them, all copied from the card."""
    text = hit.shown_text
    name = str(hit.metadata.get("title", "")) or text.split("\n", 1)[0]
    what = _field(text, "Wat")
    first = sentences(what)[0] if what else ""
    parts = [f"{name}: {first}" if first else name]
    for label in ("Toegang", "Telefoon", "Website"):
        value = _field(text, label)
        if value:
            parts.append(f"{label}: {value}.")
    line = " ".join(p if p.endswith(".") else p + "." for p in parts)
    return line
