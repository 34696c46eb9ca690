"""Figures for the guardrails: crisis recall and false alarms, personal data found, both crisis nets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


# -- safety guardrails: crisis detection and personal data -------------------------------------------------------
def _jsonl(path: Path) -> list[dict[str, Any]]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def evaluate_crisis(path: Path) -> dict[str, Any]:
    """Recall on crisis messages, false-alarm rate on ordinary ones, and per kind whether the right help is named.

    Each line: {"text", "crisis": bool, "kinds": [...]}. A crisis counts as found when any kind fires; per kind,
    recall is over the messages labelled with it and `extra` counts messages that got it without the label.
    """
    from assistant.safety.crisis import detect_crisis
    from assistant.safety.crisis_words import KINDS

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

    Each line: {"text", "pii": [{"category", "value"}], "keep": [...]}. A value counts as found when findings cover
    all of its letters and digits (whatever label they carry: what matters is that it is gone); `label_agreement`
    says how often the label was the expected one too. `extra` lists findings that overlap no expected value.
    `leaked`/`tried` count values that survive redaction; a `keep` string (a place, a service, a diagnosis) that
    does not survive `redact` is a keep-violation: over-redaction makes the answer worse.
    """
    from assistant.safety.pii import find_personal_data, names_status, redact

    rows = _jsonl(path)
    hits: dict[str, list[int]] = {}
    agree = total = 0
    misses: list[dict[str, str]] = []
    extra: list[dict[str, str]] = []
    false_positives: list[dict[str, str]] = []
    keep_violations: list[dict[str, str]] = []
    for row in rows:
        text = row["text"]
        findings = find_personal_data(text)
        redacted = redact(text) or ""
        for kept in row.get("keep", []):
            if kept in text and kept not in redacted:
                keep_violations.append({"keep": kept, "text": text, "redacted": redacted})
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
        "tried": len(all_hits),
        "leaked": len(all_hits) - sum(all_hits),
        "leaked_per_category": {k: f"{len(v) - sum(v)}/{len(v)}" for k, v in sorted(hits.items())},
        "keep_violations": keep_violations,
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
    from assistant.index.embeddings import query_embeddings
    from assistant.safety.crisis import detect_crisis
    from assistant.safety.crisis_net import CRISIS_EXAMPLES, CrisisNet, combine, example_vectors, load_examples

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


# -- the fresh blinded sets: tiers, lines and profiles (tests/eval/fresh) -------------------------------------------
FRESH = Path(__file__).resolve().parents[2] / "tests" / "eval" / "fresh"


LINE_PATTERNS = {
    "112": r"(?<![\d-])112(?![\d-])",
    "veilig_thuis": r"0800-2000",
    "113": r"0800-0113",
    "kindertelefoon": r"0800-0432",
}


CHILD_DIRECTED = ("Ben je zelf nog jong", "niet jouw schuld")


def lines_named(text: str) -> list[str]:
    """The help lines a text names, in the order they first appear."""
    import re

    found = {name: m.start() for name, rx in LINE_PATTERNS.items() if (m := re.search(rx, text))}
    return sorted(found, key=found.__getitem__)


def is_full_block(text: str, prompts_dir: Path) -> bool:
    """The full help block: the warm opening or more than one line, against the calm line or nothing."""
    from assistant.safety.crisis_help import CRISIS_OPENING
    from assistant.text import prompt

    return bool(text) and (prompt(prompts_dir, CRISIS_OPENING) in text or "**" in text)


def fresh_half(rows: list[dict[str, Any]], half: str | None) -> list[dict[str, Any]]:
    """Half A (odd ids) is for tuning, half B (even ids) for reporting; None is the whole set."""
    if half is None:
        return rows
    return [r for r in rows if int(str(r["id"])[1:]) % 2 == (1 if half == "A" else 0)]


def audience_of(writer: str) -> str:
    return "professional" if writer in ("teacher", "professional", "youth_worker") else "ouder"


def evaluate_fresh(help_for: Any, prompts_dir: Path, half: str | None = "B", folder: Path = FRESH) -> dict[str, Any]:
    """The crisis text each fresh message gets, scored: `help_for(text, audience) -> str` is the lead's crisis part.

    Crisis messages: recall (any help), whether a correct line leads, whether all required lines are there. Ordinary
    messages: the full block and any crisis text, per category. Teachers and professionals ask in the Professional
    profile, everyone else in Ouder; every crisis message is also asked in the Professional profile, where text
    meant for a child must never appear.
    """
    crisis = fresh_half(_jsonl(folder / "crisis_messages.jsonl"), half)
    # Set O's writer marked four worrying messages (grooming by a coach, a pupil's list of names "moeten boeten")
    # with no line that fits: they cannot be scored on lines, and are counted apart.
    unscored = [row["id"] for row in crisis if not row["lines"]]
    crisis = [row for row in crisis if row["lines"]]
    ordinary = fresh_half(_jsonl(folder / "ordinary_messages.jsonl"), half)
    prepare = getattr(help_for, "prepare", None)
    if prepare is not None:  # one batch for the whole half
        prepare([row["text"] for row in crisis + ordinary])
    scored = []
    for row in crisis:
        text = help_for(row["text"], audience_of(row["writer"]))
        named = lines_named(text)
        scored.append((row, named, bool(named) and named[0] in row["lines"], set(row["lines"]) <= set(named)))
    to_child = [row["id"] for row in crisis if any(p in help_for(row["text"], "professional") for p in CHILD_DIRECTED)]
    texts = [(row, help_for(row["text"], audience_of(row["writer"]))) for row in ordinary]
    per_category: dict[str, dict[str, float]] = {}
    for category in sorted({r["category"] for r in ordinary}):
        group = [t for r, t in texts if r["category"] == category]
        per_category[category] = {
            "n": len(group),
            "full": round(sum(is_full_block(t, prompts_dir) for t in group) / len(group), 3),
            "any": round(sum(bool(t) for t in group) / len(group), 3),
        }
    n, m = max(len(scored), 1), max(len(texts), 1)
    return {
        "half": half or "heel",
        "n_crisis": len(scored),
        "n_ordinary": len(texts),
        "unscored_crisis": unscored,
        "recall": round(sum(bool(named) for _, named, _, _ in scored) / n, 3),
        "correct_line_leads": round(sum(lead for _, _, lead, _ in scored) / n, 3),
        "all_lines": round(sum(every for _, _, _, every in scored) / n, 3),
        "full_block_ordinary": round(sum(is_full_block(t, prompts_dir) for _, t in texts) / m, 3),
        "any_crisis_text_ordinary": round(sum(bool(t) for _, t in texts) / m, 3),
        "child_text_in_professional": to_child,
        "per_category": per_category,
        "wrong_lead": [
            {"id": r["id"], "lines": r["lines"], "got": named, "text": r["text"]}
            for r, named, lead, _ in scored
            if not lead
        ],
        "missing_lines": [
            {"id": r["id"], "lines": r["lines"], "got": named, "text": r["text"]}
            for r, named, _, every in scored
            if not every
        ],
        "alarms": [{"id": r["id"], "category": r["category"], "text": r["text"]} for r, t in texts if t],
    }


class FreshHelper:
    """`helper(text, audience)`: the crisis text as the pipeline's crisis and lead steps decide it (patterns, then
    the net). Each message is judged once, and ``prepare`` embeds a whole set in one batch: one at a time, the fresh
    sets' bars spent most of the test run embedding (about twice the time per message)."""

    def __init__(self, embed_model: Any, model_name: str, prompts_dir: Path) -> None:
        from assistant.index.embeddings import query_embeddings
        from assistant.safety.crisis_net import crisis_net_for

        self._embed = lambda texts: query_embeddings(embed_model, texts)
        self._net = crisis_net_for(model_name, self._embed)
        self._prompts = prompts_dir
        self._found: dict[str, Any] = {}

    def prepare(self, texts: list[str]) -> None:
        from assistant.safety.crisis import detect_crisis
        from assistant.safety.crisis_net import combine

        todo = [t for t in dict.fromkeys(texts) if t not in self._found]
        if todo:
            for text, vector in zip(todo, self._embed(todo), strict=True):
                self._found[text] = combine(detect_crisis(text), self._net.detect(vector, text))

    def __call__(self, text: str, audience: str) -> str:
        from assistant.safety.crisis_help import crisis_message

        self.prepare([text])
        found = self._found[text]
        return crisis_message(found, self._prompts, audience) if found else ""


def fresh_helper(embed_model: Any, model_name: str, prompts_dir: Path) -> FreshHelper:
    return FreshHelper(embed_model, model_name, prompts_dir)
