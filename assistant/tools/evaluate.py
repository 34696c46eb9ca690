"""Retrieval, refusal and answer quality on a labelled question set: the figures that decide the defaults.

Retrieval is scored on evidence: a source counts as a hit only when it is the expected document (for the social
map: the expected service) AND its passage text contains one of the expected phrases (case and whitespace
normalised). The document-level rank is kept beside it, labelled "documentniveau". Answer-level figures: fact
recall in the answer text (``expected_facts``) and the share of answer sentences that are fragments."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from assistant.answering.models import Answer
from assistant.answering.pipeline import Answerer
from assistant.errors import WegwijsError
from assistant.text import content_words
from assistant.tools.measure import percentile

RANK_DEPTH = 10


class Question(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str
    question: str
    expected_doc: str | None = None
    expected_phrases: list[str] = []
    expected_facts: list[str] = []
    answerable: bool = True
    split: str | None = None

    @property
    def group(self) -> str:
        """plan / sociale_kaart / privacy / overig, from the expected document's folder."""
        if not self.answerable or not self.expected_doc:
            return "onbeantwoordbaar"
        folder = self.expected_doc.split("/", 1)[0]
        return {"plannen": "plan", "sociale-kaart": "sociale_kaart", "privacy": "privacy"}.get(folder, "other")


def load_questions(path: Path, split: str | None = None) -> list[Question]:
    """All questions of a JSONL file; with ``split`` only those whose "split" field has that value."""
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                questions.append(Question.model_validate(json.loads(line)))
            except ValueError as exc:
                raise ValueError(f"{path} regel {number}: {exc}") from exc
    if split:
        questions = [q for q in questions if (q.split or "").upper() == split.upper()]
    return questions


def normalise(text: str) -> str:
    return " ".join(text.casefold().split())


def matches(expected_doc: str, source: dict[str, Any]) -> bool:
    """A social-map expectation names the service (file#id); a document expectation names the file."""
    doc, _, service = expected_doc.partition("#")
    return source["doc"] == doc and (not service or source.get("service_id") == service)


def has_evidence(question: Question, source: dict[str, Any]) -> bool:
    """The expected document (or service) whose passage holds one of the expected phrases.

    Without expected phrases the document (or service) match is all there is to check."""
    if not question.expected_doc or not matches(question.expected_doc, source):
        return False
    if not question.expected_phrases:
        return True
    text = normalise(str(source.get("text", "")))
    return any(normalise(p) in text for p in question.expected_phrases if p.strip())


def ranks(question: Question, sources: list[dict[str, Any]]) -> tuple[int | None, int | None]:
    """(passage-level rank, document-level rank), 1-based, None when not among the sources."""
    passage = next((i for i, s in enumerate(sources, 1) if has_evidence(question, s)), None)
    doc = None
    if question.expected_doc:
        doc = next((i for i, s in enumerate(sources, 1) if matches(question.expected_doc, s)), None)
    return passage, doc


# -- answer-level figures --------------------------------------------------------------------------------------------
CITATION = re.compile(r"\[\d+(?:\s*,\s*\d+)*\]")
URL = re.compile(r"^(?:<)?(?:https?://|www\.)\S+(?:>)?$", re.IGNORECASE)
LIST_ITEM = re.compile(r"^(?:[-*•–]|\d+[.)])\s")
LABEL_LINE = re.compile(r"^[\w][\w /()'-]{0,30}:\s*(?:\S+(?:\s+\S+){0,4})?$")
# Not after an abbreviation that a source cites with ("WPO art. 40 lid 7", "nr. 3", "bijv. de school").
SENTENCE_END = re.compile(r"(?<!\bart\.)(?<!\bnr\.)(?<!\bbijv\.)(?<!\bo\.a\.)(?<=[.!?])\s+(?=\S)")


def fact_found(fact: str, answer_text: str) -> bool:
    """A fact counts when all its content words appear in the answer text (case and whitespace normalised)."""
    words = content_words(fact) or normalise(fact).split()
    have = set(content_words(answer_text)) | set(normalise(answer_text).split())
    return bool(words) and all(w in have for w in words)


def answer_sentences(text: str) -> list[str]:
    """Lines, then sentences within a line; citation markers removed; blank lines dropped."""
    out: list[str] = []
    for line in text.splitlines():
        line = CITATION.sub("", line).strip()
        if not line:
            continue
        out += [part.strip() for part in SENTENCE_END.split(line) if part.strip()]
    return out


def is_fragment(sentence: str) -> bool:
    """< 4 words, ends with ':', a bare URL or a 'label: value' line, or starts lowercase outside a list item."""
    s = sentence.strip()
    item = bool(LIST_ITEM.match(s))
    body = LIST_ITEM.sub("", s, count=1).strip() if item else s
    words = re.findall(r"\w+", body)
    if len(words) < 4 or body.endswith(":") or URL.match(body):
        return True
    if LABEL_LINE.match(body) and not body.rstrip().endswith((".", "!", "?")):
        return True
    first = next((ch for ch in body if ch.isalpha()), "")
    return bool(first) and first.islower() and not item


@dataclass
class Outcome:
    question: Question
    answer: Answer
    rank: int | None  # passage level: first source with the expected phrase, None if not in the top RANK_DEPTH
    doc_rank: int | None = None  # documentniveau: first source from the expected document or service

    @property
    def fact_recall(self) -> float | None:
        facts = self.question.expected_facts
        if not facts:
            return None
        text = "" if self.answer.refused else self.answer.answer
        return sum(fact_found(f, text) for f in facts) / len(facts)

    @property
    def fragments(self) -> tuple[int, int]:
        """(fragment sentences, all sentences) of a given (not refused) answer."""
        if self.answer.refused:
            return 0, 0
        sents = answer_sentences(self.answer.answer)
        return sum(is_fragment(s) for s in sents), len(sents)


@dataclass
class EvalResult:
    outcomes: list[Outcome] = field(default_factory=list)

    def _answerable(self, group: str | None = None) -> list[Outcome]:
        return [o for o in self.outcomes if o.question.answerable and (group is None or o.question.group == group)]

    def figures(self, group: str | None = None) -> dict[str, float]:
        """Passage level (hit@k, mrr) with document level beside it (doc_hit@k, doc_mrr)."""
        ans = self._answerable(group)
        n = max(len(ans), 1)
        out = {f"hit@{k}": sum(1 for o in ans if o.rank and o.rank <= k) / n for k in (1, 3, 5)}
        out["mrr"] = sum(1 / o.rank for o in ans if o.rank) / n
        out |= {f"doc_hit@{k}": sum(1 for o in ans if o.doc_rank and o.doc_rank <= k) / n for k in (1, 3, 5)}
        out["doc_mrr"] = sum(1 / o.doc_rank for o in ans if o.doc_rank) / n
        out["false_refusal"] = sum(1 for o in ans if o.answer.refused) / n
        out["n"] = len(ans)
        return out

    def answer_figures(self) -> dict[str, float | int | None]:
        recalls = [r for o in self._answerable() if (r := o.fact_recall) is not None]
        frags = [o.fragments for o in self.outcomes]
        sentences = sum(total for _, total in frags)
        return {
            "fact_recall": sum(recalls) / len(recalls) if recalls else None,
            "n_with_facts": len(recalls),
            "fragment_rate": sum(f for f, _ in frags) / sentences if sentences else None,
            "answer_sentences": sentences,
        }

    def summary(self) -> dict[str, Any]:
        unans = [o for o in self.outcomes if not o.question.answerable]
        total: dict[str, Any] = dict(self.figures())
        total["refusal_unanswerable"] = sum(1 for o in unans if o.answer.refused) / max(len(unans), 1)
        total["n_unanswerable"] = len(unans)
        total |= self.answer_figures()
        total["answer_ms_p50"] = percentile([o.answer.timings_ms.get("total", 0.0) for o in self.outcomes], 50)
        groups = sorted({o.question.group for o in self.outcomes if o.question.answerable})
        total["per_kind"] = {g: self.figures(g) for g in groups}
        total["threshold_sweep"] = self.sweep()
        return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in total.items()}

    def sweep(self) -> list[dict[str, float]]:
        """Refusal trade-off at other thresholds: how the default threshold was chosen."""
        rows = []
        ans = [o.answer.evidence for o in self._answerable()]
        unans = [o.answer.evidence for o in self.outcomes if not o.question.answerable]
        for i in range(40, 101, 2):
            t = i / 100
            rows.append(
                {
                    "threshold": t,
                    "refusal_unanswerable": round(sum(e < t for e in unans) / max(len(unans), 1), 3),
                    "false_refusal": round(sum(e < t for e in ans) / max(len(ans), 1), 3),
                }
            )
        return rows

    def render(self, details: bool = False) -> str:
        s = self.summary()
        fr = "-" if s["fact_recall"] is None else f"{s['fact_recall']:.3f}"
        fg = "-" if s["fragment_rate"] is None else f"{s['fragment_rate']:.3f}"
        lines = [
            f"Vragen: {s['n']} beantwoordbaar, {s['n_unanswerable']} niet beantwoordbaar",
            f"Passage (bewijs): hit@1 {s['hit@1']:.3f}  hit@3 {s['hit@3']:.3f}  hit@5 {s['hit@5']:.3f}  "
            f"MRR {s['mrr']:.3f}",
            f"Documentniveau:   hit@1 {s['doc_hit@1']:.3f}  hit@3 {s['doc_hit@3']:.3f}  "
            f"hit@5 {s['doc_hit@5']:.3f}  MRR {s['doc_mrr']:.3f}",
            f"Weigering bij onbeantwoordbaar: {s['refusal_unanswerable']:.3f}  "
            f"Onterechte weigering: {s['false_refusal']:.3f}",
            f"Feiten in het antwoord: {fr} (n={s['n_with_facts']})  "
            f"Fragmenten onder de antwoordzinnen: {fg} (van {s['answer_sentences']} zinnen)",
            f"Mediaan antwoordtijd: {s['answer_ms_p50']:.0f} ms",
            "Per soort bron (passage):",
        ]
        for group, f in s["per_kind"].items():
            lines.append(
                f"  {group:<14} n={f['n']:<3} hit@1 {f['hit@1']:.3f}  hit@5 {f['hit@5']:.3f}  MRR {f['mrr']:.3f}  "
                f"(documentniveau hit@5 {f['doc_hit@5']:.3f})  onterecht geweigerd {f['false_refusal']:.3f}"
            )
        if details:
            for o in self.outcomes:
                q = o.question
                wrong = (q.answerable and (not o.rank or o.rank > 5 or o.answer.refused)) or (
                    not q.answerable and not o.answer.refused
                )
                if wrong:
                    top = o.answer.sources[0].doc if o.answer.sources else "-"
                    lines.append(
                        f"  ✗ {q.id} rank={o.rank} doc_rank={o.doc_rank} refused={o.answer.refused} "
                        f"evidence={o.answer.evidence:.3f} top={top} :: {q.question[:200]}"
                    )
        return "\n".join(lines)


def refused_answer(question: str, reason: str) -> Answer:
    """What an empty or over-long question scores as: a refusal (the chat shows the Dutch reason)."""
    return Answer(question=question[:200], answer=reason, refused=True, timings_ms={"total": 0.0})


def evaluate(answerer: Answerer, questions: list[Question]) -> EvalResult:
    result = EvalResult()
    for q in questions:
        try:
            answer = answerer.ask(q.question, top_k=RANK_DEPTH)
        except WegwijsError as exc:  # empty "?" or a 5,000-character paste: the chat refuses it with a reason
            answer = refused_answer(q.question, str(exc))
        rank, doc_rank = ranks(q, [s.model_dump() for s in answer.sources])
        result.outcomes.append(Outcome(q, answer, rank, doc_rank))
    return result


# -- generative answers (LLM on): what the verifier does ---------------------------------------------------------
def llm_figures(result: EvalResult) -> dict[str, Any]:
    """The verifier's effect: sentences kept, answers that fell back to extractive, the LLM's coverage labels.

    Retrieval is the same with or without the LLM, so hit@k does not move; refusals can, because 'DEKKING: geen'
    turns an answer into the refusal: the figures without the LLM are given next to those with it.
    """
    to_llm = [o for o in result.outcomes if o.answer.verification is not None]
    stats = [o.answer.verification or {} for o in to_llm]
    n = max(len(to_llm), 1)
    total = sum(s.get("sentences_total", 0) for s in stats)
    kept = sum(s.get("sentences_kept", 0) for s in stats)
    dropped: dict[str, int] = {}
    coverage: dict[str, int] = {}
    for s in stats:
        for reason, count in (s.get("dropped") or {}).items():
            dropped[reason] = dropped.get(reason, 0) + count
        coverage[s.get("coverage", "onbekend")] = coverage.get(s.get("coverage", "onbekend"), 0) + 1

    def by_llm(o: Outcome) -> bool:
        return bool(o.answer.verification and o.answer.verification.get("refused_by_llm"))

    answerable = [o for o in result.outcomes if o.question.answerable]
    unanswerable = [o for o in result.outcomes if not o.question.answerable]
    out: dict[str, Any] = {
        "n_to_llm": len(to_llm),
        "sentences_total": total,
        "sentences_kept": kept,
        "share_sentences_kept": kept / max(total, 1),
        "share_generative": sum(o.answer.mode == "generatief" for o in to_llm) / n,
        "share_fell_back": sum(bool(s.get("fell_back")) for s in stats) / n,
        "share_llm_error": sum(bool(s.get("error")) for s in stats) / n,
        "share_coverage_none": coverage.get("geen", 0) / n,
        "share_declined_by_llm": sum(by_llm(o) for o in to_llm) / n,
        "coverage": coverage,
        "dropped": dropped,
        "refusal_unanswerable": sum(o.answer.refused for o in unanswerable) / max(len(unanswerable), 1),
        "false_refusal": sum(o.answer.refused for o in answerable) / max(len(answerable), 1),
        "refusal_unanswerable_without_llm": sum(o.answer.refused and not by_llm(o) for o in unanswerable)
        / max(len(unanswerable), 1),
        "false_refusal_without_llm": sum(o.answer.refused and not by_llm(o) for o in answerable)
        / max(len(answerable), 1),
        "llm_ms_p50": percentile([s.get("llm_ms", 0.0) for s in stats], 50),
        "first_piece_ms_p50": percentile([s["first_piece_ms"] for s in stats if s.get("first_piece_ms")], 50),
    }
    return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in out.items()}


def render_llm(figures: dict[str, Any]) -> str:
    f = figures
    return "\n".join(
        [
            f"Met taalmodel: {f['n_to_llm']} vragen naar het model (de rest weigerde al op bewijs)",
            f"Zinnen behouden na controle: {f['sentences_kept']} van {f['sentences_total']} "
            f"({f['share_sentences_kept']:.3f}); weggelaten: {f['dropped']}",
            f"Generatief getoond: {f['share_generative']:.3f}  Terug naar extractief: {f['share_fell_back']:.3f}  "
            f"(waarvan fout/time-out: {f['share_llm_error']:.3f})",
            f"Dekking volgens het model: {f['coverage']}  (geen → weigering: {f['share_coverage_none']:.3f})",
            f"Weigering bij onbeantwoordbaar: {f['refusal_unanswerable']:.3f} "
            f"(zonder taalmodel {f['refusal_unanswerable_without_llm']:.3f})  "
            f"Onterechte weigering: {f['false_refusal']:.3f} (zonder taalmodel {f['false_refusal_without_llm']:.3f})",
            f"Mediaan modeltijd: {f['llm_ms_p50']:.0f} ms, eerste zin na {f['first_piece_ms_p50']:.0f} ms",
        ]
    )


def sample(questions: list[Question], limit: int | None) -> list[Question]:
    """Evenly spread over the file, so every kind of question (and the unanswerable ones) stays in."""
    if not limit or limit >= len(questions):
        return questions
    step = len(questions) / limit
    return [questions[int(i * step)] for i in range(limit)]


def verifier_check(answerer: Answerer, questions: list[Question]) -> dict[str, Any]:
    """The verifier on the eval set without a capable LLM: a scripted 'LLM' writes the extractive answer.

    faithful: the answer with its own citations (should pass); wrong_source: the same sentences citing another of
    the question's sources (should mostly fail; it may pass where two sources say the same); other_question:
    another question's answer cited as [1] (should fail). Same prompts, parsing and checks as with a real LLM.
    """
    import re
    from types import SimpleNamespace

    from assistant.llm.generate import Generator

    base = Answerer(answerer.index, answerer.settings.model_copy(update={"llm_backend": "openai-like"}))
    verifier = base.generator.verifier  # type: ignore[union-attr]

    class Scripted:
        text = ""

        def stream_chat(self, messages: Any, **_: Any) -> Any:
            for i in range(0, len(self.text), 7):
                yield SimpleNamespace(delta=self.text[i : i + 7])

    scripted = Scripted()
    generator = Generator(base.settings, verifier, llm=scripted)
    extractive = Answerer(answerer.index, answerer.settings.model_copy(update={"llm_backend": "none"}))
    answered = []
    for q in questions:
        if not q.answerable:
            continue
        answer = extractive.ask(q.question)
        if not answer.refused and re.search(r"\[\d+\]", answer.answer):
            index = answerer.index
            hits = index.retriever(filters=index.filters_for(None, q.question)).hits(q.question)
            answered.append((q.question, answer.answer, hits))
    figures: dict[str, Any] = {"n_answers": len(answered)}
    for name in ("faithful", "wrong_source", "other_question"):
        total = kept = fell_back = 0
        for i, (question, text, hits) in enumerate(answered):
            k = min(len(hits), answerer.settings.llm_sources)
            if name == "wrong_source":
                text = re.sub(r"\[(\d+)\]", lambda m, k=k: f"[{int(m.group(1)) % k + 1}]", text)
            elif name == "other_question":
                text = re.sub(r"\[\d+\]", "[1]", answered[(i + 7) % len(answered)][1])
            scripted.text = f"{text}\nBRONNEN: 1\nDEKKING: volledig"
            result = generator.generate(question, hits)
            total += len(result.checks)
            kept += len(result.kept)
            fell_back += result.fell_back
        figures[name] = {
            "sentences": total,
            "share_kept": round(kept / max(total, 1), 3),
            "share_fell_back": round(fell_back / max(len(answered), 1), 3),
        }
    return figures
