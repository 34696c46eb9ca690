"""A question that asks for a list is answered with the list: "wat zijn de vijf stappen van de meldcode?" got the
lead-in with step 1 and nothing after it (blind set 15), because each further step is its own answer sentence and
scores lower than the lead-in. The run of the list comes along, each item by its first sentence, in reading order."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from assistant.answering.lines import without_line_talk
from assistant.index.sentences import document_ids
from assistant.search.retrieve import Hit
from assistant.text import list_runs, merge_overlap

Chosen = tuple[float, int, int, str]  # score, source rank, position in the source, text

# The question asks for the items themselves: steps, phases, conditions, requirements, questions to weigh.
ASKS_LIST = re.compile(
    r"\b(?:stappen|stappenplan|fasen|fases|voorwaarden|eisen|criteria|afwegingsvragen|onderdelen|elementen|"
    r"volgorde|welke (?:regels|rechten|termijnen|mogelijkheden)|steps|conditions|requirements)\b",
    re.I,
)
MAX_ITEMS = 8  # a longer list is a document, not an answer: its first items, and the source to read on


def asks_list(question: str) -> bool:
    return bool(ASKS_LIST.search(question))


def list_rest(
    question: str,
    chosen: list[Chosen],
    hits: list[Hit],
    rows: dict[str, dict[str, Any]],
    trusted: Callable[[Hit], bool],
) -> list[Chosen]:
    """For a question that asks for a list: the further items of each list of which the lead-in, two items, or an
    item of a list named as asked ("De stappen …:") were chosen, from the whole document (a guidance file's list
    sits in its short answer, which need not be a source), each after the item before it. An unreviewed
    document's item that speaks for a help line stays out."""
    if not asks_list(question):
        return []
    have = {c[3]: c for c in chosen}
    out: list[Chosen] = []
    for rank in sorted({c[1] for c in chosen}):
        hit = hits[rank]
        if hit.metadata.get("kind") == "sociale_kaart":
            continue
        for run in list_runs(document_text(rows, hit)):
            shown = set(run if trusted(hit) else without_line_talk(run))  # the rule of every unreviewed answer
            present = [have[t][2] for t in run if t in have and have[t][1] == rank]
            if not present or not (run[0] in have or len(present) >= 2 or _named(question, run[0])):
                continue
            at = min(present) - 0.5  # an item before the first one chosen goes before it
            for text in run[:MAX_ITEMS]:
                if text in have:
                    at = have[text][2]
                elif text in shown:
                    at += 0.001
                    have[text] = (0.0, rank, at, text)
                    out.append(have[text])
    return out


def _named(question: str, lead_in: str) -> bool:
    """The lead-in names what the question asks for ("De stappen in de Peelrand:" to "welke stappen …?")."""
    asked = {m.group(0).lower().split()[-1] for m in ASKS_LIST.finditer(question)}
    return any(word in lead_in.lower() for word in asked)


def document_text(rows: dict[str, dict[str, Any]], hit: Hit, limit: int = 500) -> str:
    """The hit's whole document as one text (passage ids are <doc key>-<number>; the chunk overlap written once)."""
    text = ""
    for node_id in document_ids(rows, hit.node_id, limit):
        text = merge_overlap(text, str(rows[node_id]["text"])) if text else str(rows[node_id]["text"])
    return text or hit.text
