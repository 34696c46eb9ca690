"""Retrieval and refusal quality on a labelled question set: the figures that decide model, chunking and thresholds."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from assistant.answer import Answer, Answerer

RANK_DEPTH = 10


class Question(BaseModel):
    id: str
    question: str
    expected_doc: str | None = None
    expected_phrases: list[str] = []
    answerable: bool = True

    @property
    def group(self) -> str:
        """plan / sociale_kaart / privacy, from the expected document's folder."""
        if not self.answerable or not self.expected_doc:
            return "onbeantwoordbaar"
        folder = self.expected_doc.split("/", 1)[0]
        return {"plannen": "plan", "sociale-kaart": "sociale_kaart", "privacy": "privacy"}.get(folder, "other")


def load_questions(path: Path) -> list[Question]:
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                questions.append(Question.model_validate(json.loads(line)))
            except ValueError as exc:
                raise ValueError(f"{path} regel {number}: {exc}") from exc
    return questions


def matches(expected_doc: str, source: dict[str, Any]) -> bool:
    """A social-map expectation names the service (file#id); a document expectation names the file."""
    doc, _, service = expected_doc.partition("#")
    return source["doc"] == doc and (not service or source.get("service_id") == service)


@dataclass
class Outcome:
    question: Question
    answer: Answer
    rank: int | None  # 1-based rank of the first matching source, None if not in the top RANK_DEPTH


@dataclass
class EvalResult:
    outcomes: list[Outcome] = field(default_factory=list)

    def _answerable(self, group: str | None = None) -> list[Outcome]:
        return [o for o in self.outcomes if o.question.answerable and (group is None or o.question.group == group)]

    def figures(self, group: str | None = None) -> dict[str, float]:
        ans = self._answerable(group)
        n = max(len(ans), 1)
        out = {f"hit@{k}": sum(1 for o in ans if o.rank and o.rank <= k) / n for k in (1, 3, 5)}
        out["mrr"] = sum(1 / o.rank for o in ans if o.rank) / n
        out["false_refusal"] = sum(1 for o in ans if o.answer.refused) / n
        out["n"] = len(ans)
        return out

    def summary(self) -> dict[str, Any]:
        unans = [o for o in self.outcomes if not o.question.answerable]
        total = self.figures()
        total["refusal_unanswerable"] = sum(1 for o in unans if o.answer.refused) / max(len(unans), 1)
        total["n_unanswerable"] = len(unans)
        total["answer_ms_p50"] = _percentile([o.answer.timings_ms["total"] for o in self.outcomes], 50)
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
        lines = [
            f"Vragen: {s['n']} beantwoordbaar, {s['n_unanswerable']} niet beantwoordbaar",
            f"hit@1 {s['hit@1']:.3f}  hit@3 {s['hit@3']:.3f}  hit@5 {s['hit@5']:.3f}  MRR {s['mrr']:.3f}",
            f"Weigering bij onbeantwoordbaar: {s['refusal_unanswerable']:.3f}  "
            f"Onterechte weigering: {s['false_refusal']:.3f}",
            f"Mediaan antwoordtijd: {s['answer_ms_p50']:.0f} ms",
            "Per soort bron:",
        ]
        for group, f in s["per_kind"].items():
            lines.append(
                f"  {group:<14} n={f['n']:<3} hit@1 {f['hit@1']:.3f}  hit@5 {f['hit@5']:.3f}  MRR {f['mrr']:.3f}  "
                f"onterecht geweigerd {f['false_refusal']:.3f}"
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
                        f"  ✗ {q.id} rank={o.rank} refused={o.answer.refused} evidence={o.answer.evidence:.3f} "
                        f"top={top} :: {q.question}"
                    )
        return "\n".join(lines)


def _percentile(values: list[float], p: int) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def evaluate(answerer: Answerer, questions: list[Question]) -> EvalResult:
    result = EvalResult()
    for q in questions:
        answer = answerer.ask(q.question, top_k=RANK_DEPTH)
        rank = None
        if q.expected_doc:
            for i, src in enumerate(answer.sources, start=1):
                if matches(q.expected_doc, src.model_dump()):
                    rank = i
                    break
        result.outcomes.append(Outcome(q, answer, rank))
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
        "coverage": coverage,
        "dropped": dropped,
        "refusal_unanswerable": sum(o.answer.refused for o in unanswerable) / max(len(unanswerable), 1),
        "false_refusal": sum(o.answer.refused for o in answerable) / max(len(answerable), 1),
        "refusal_unanswerable_without_llm": sum(o.answer.refused and not by_llm(o) for o in unanswerable)
        / max(len(unanswerable), 1),
        "false_refusal_without_llm": sum(o.answer.refused and not by_llm(o) for o in answerable)
        / max(len(answerable), 1),
        "llm_ms_p50": _percentile([s.get("llm_ms", 0.0) for s in stats], 50),
        "first_piece_ms_p50": _percentile([s["first_piece_ms"] for s in stats if s.get("first_piece_ms")], 50),
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


# -- safety guardrails: crisis detection and personal data -------------------------------------------------------
def _jsonl(path: Path) -> list[dict[str, Any]]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def evaluate_crisis(path: Path) -> dict[str, Any]:
    """Recall on crisis messages, false-alarm rate on ordinary ones, and per kind whether the right help is named.

    Each line: {"text", "crisis": bool, "kinds": [...]}. A crisis counts as found when any kind fires; per kind,
    recall is over the messages labelled with it and `extra` counts messages that got it without the label.
    """
    from assistant.guard import KINDS, detect_crisis

    rows = _jsonl(path)
    results = [(row, detect_crisis(row["text"])) for row in rows]
    crisis = [(r, c) for r, c in results if r["crisis"]]
    ordinary = [(r, c) for r, c in results if not r["crisis"]]
    found = sum(1 for _, c in crisis if c)
    alarms = sum(1 for _, c in ordinary if c)
    per_kind = {}
    for kind in KINDS:
        labelled = [(r, c) for r, c in results if kind in r.get("kinds", [])]
        per_kind[kind] = {
            "n": len(labelled),
            "recall": round(sum(1 for _, c in labelled if c and kind in c.kinds) / max(len(labelled), 1), 3),
            "extra": sum(1 for r, c in results if c and kind in c.kinds and kind not in r.get("kinds", [])),
        }
    return {
        "n": len(rows),
        "n_crisis": len(crisis),
        "n_ordinary": len(ordinary),
        "recall": round(found / max(len(crisis), 1), 3),
        "false_alarm_rate": round(alarms / max(len(ordinary), 1), 3),
        "precision": round(found / max(found + alarms, 1), 3),
        "per_kind": per_kind,
        "misses": [r["text"] for r, c in crisis if not c],
        "false_alarms": [{"text": r["text"], "kinds": list(c.kinds)} for r, c in ordinary if c],
    }


def evaluate_pii(path: Path) -> dict[str, Any]:
    """Recall of personal data per category and overall, and findings on messages that hold none.

    Each line: {"text", "pii": [{"category", "value"}]}. A value counts as found when findings cover all of its
    letters and digits (whatever label they carry: what matters is that it is gone); `label_agreement` says how
    often the label was the expected one too. `extra` lists findings that overlap no expected value.
    """
    from assistant.guard import find_personal_data, names_status

    rows = _jsonl(path)
    hits: dict[str, list[int]] = {}
    agree = total = 0
    misses: list[dict[str, str]] = []
    extra: list[dict[str, str]] = []
    false_positives: list[dict[str, str]] = []
    for row in rows:
        text = row["text"]
        findings = find_personal_data(text)
        expected_spans = []
        for item in row["pii"]:
            start = text.index(item["value"])
            end = start + len(item["value"])
            expected_spans.append((start, end))
            covered = [f for f in findings if f.start < end and start < f.end]
            needed = {i for i in range(start, end) if text[i].isalnum()}
            got = {i for f in covered for i in range(f.start, f.end)}
            ok = needed <= got
            hits.setdefault(item["category"], []).append(int(ok))
            total += 1
            agree += int(ok and any(f.category == item["category"] for f in covered))
            if not ok:
                misses.append({"category": item["category"], "value": item["value"], "text": text})
        for f in findings:
            if not any(f.start < e and s < f.end for s, e in expected_spans):
                entry = {"category": f.category, "value": text[f.start : f.end], "text": text}
                (false_positives if not row["pii"] else extra).append(entry)
    all_hits = [h for values in hits.values() for h in values]
    return {
        "n": len(rows),
        "n_values": total,
        "n_without_pii": sum(1 for row in rows if not row["pii"]),
        "names": names_status(),
        "recall": round(sum(all_hits) / max(len(all_hits), 1), 3),
        "recall_per_category": {k: round(sum(v) / len(v), 3) for k, v in sorted(hits.items())},
        "n_per_category": {k: len(v) for k, v in sorted(hits.items())},
        "label_agreement": round(agree / max(total, 1), 3),
        "false_positives": len(false_positives),
        "false_positive_findings": false_positives,
        "extra_findings": extra,
        "misses": misses,
    }


def evaluate_crisis_nets(embed_model: Any, model_name: str, threshold: float = 0.5) -> dict[str, Any]:
    """Patterns, the semantic net and both together, each set measured with a bank made of the *other* sets.

    Leave-one-set-out keeps the net honest: a message is never its own neighbour, and each set was written at a
    different time, so this is the closest we have to "phrasings nobody has seen yet".
    """
    from assistant.embeddings import query_embeddings
    from assistant.guard import CRISIS_EXAMPLES, CrisisNet, combine, detect_crisis, example_vectors, load_examples

    sets = sorted(CRISIS_EXAMPLES.glob("*.jsonl"))
    rows_by_set = {path.name: _jsonl(path) for path in sets}
    bank_texts = [str(e["text"]) for e in load_examples()]
    embedded = example_vectors(model_name, lambda ts: query_embeddings(embed_model, ts))
    vectors = dict(zip(bank_texts, embedded, strict=True))
    totals = {name: {"tp": 0, "fn": 0, "fp": 0, "tn": 0} for name in ("patronen", "betekenis", "samen")}
    per_set: dict[str, dict[str, Any]] = {}
    for held_out, rows in rows_by_set.items():
        bank = [r for name, other in rows_by_set.items() if name != held_out for r in other]
        net = CrisisNet(lambda ts: [vectors[t] for t in ts], bank, threshold=threshold)
        counts = {name: {"tp": 0, "fn": 0, "fp": 0, "tn": 0} for name in totals}
        for row in rows:
            by_pattern = detect_crisis(str(row["text"]))
            by_meaning = net.detect(vectors[str(row["text"])])
            for name, found in (
                ("patronen", by_pattern),
                ("betekenis", by_meaning),
                ("samen", combine(by_pattern, by_meaning)),
            ):
                key = ("tp" if found else "fn") if row["crisis"] else ("fp" if found else "tn")
                counts[name][key] += 1
                totals[name][key] += 1
        per_set[held_out] = {name: _rates(c) for name, c in counts.items()}
    overall = {name: _rates(c) for name, c in totals.items()}
    return {"threshold": threshold, "overall": overall, "per_set": per_set}


def _rates(c: dict[str, int]) -> dict[str, float]:
    return {
        "recall": round(c["tp"] / max(c["tp"] + c["fn"], 1), 3),
        "false_alarm_rate": round(c["fp"] / max(c["fp"] + c["tn"], 1), 3),
    }


def verifier_check(answerer: Answerer, questions: list[Question]) -> dict[str, Any]:
    """The verifier on the eval set without a capable LLM: a scripted 'LLM' writes the extractive answer.

    faithful: the answer with its own citations (should pass); wrong_source: the same sentences citing another of
    the question's sources (should mostly fail; it may pass where two sources say the same); other_question:
    another question's answer cited as [1] (should fail). Same prompts, parsing and checks as with a real LLM.
    """
    import re
    from types import SimpleNamespace

    from assistant.generate import Generator

    base = Answerer(answerer.index)
    base.settings = answerer.settings.model_copy(update={"llm_backend": "openai-like"})
    verifier = base.generator.verifier  # type: ignore[union-attr]

    class Scripted:
        text = ""

        def stream_chat(self, messages: Any, **_: Any) -> Any:
            for i in range(0, len(self.text), 7):
                yield SimpleNamespace(delta=self.text[i : i + 7])

    scripted = Scripted()
    generator = Generator(base.settings, verifier, llm=scripted)
    extractive = Answerer(answerer.index)
    extractive.settings = answerer.settings.model_copy(update={"llm_backend": "none"})
    answered = []
    for q in questions:
        if not q.answerable:
            continue
        answer = extractive.ask(q.question)
        if not answer.refused and re.search(r"\[\d+\]", answer.answer):
            index = answerer.index
            hits = index.retriever(filters=index.filters_for(q.question, None)).hits(q.question)
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
