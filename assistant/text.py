"""Words, stems, sentences and the prompt files: the text rules every stage shares, in one place."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from bm25s.stopwords import STOPWORDS_DUTCH, STOPWORDS_EN

from assistant.safety.injection import looks_like_instruction

WORD = re.compile(r"\w+", re.UNICODE)
STOP = (
    set(STOPWORDS_DUTCH)
    | set(STOPWORDS_EN)
    | {
        "kan", "mag", "moet", "wil", "welke", "wat", "wie", "waar", "hoe", "wanneer", "waarom", "mijn", "ik", "we",
        "wij", "jullie", "u", "jij", "je", "kind", "kinderen", "iemand", "iets", "graag", "vraag", "hoi",
    }
)  # fmt: skip

# Not after abbreviations that legal and Dutch text uses mid-sentence ("art. 42", "bijv. de IB'er", "o.a. 113").
_ABBREVIATIONS = ("art", "artt", "nr", "bijv", "bv", "vgl", "zgn", "jl", "mr", "dr", "st", "ca", "o.a", "i.p.v",
                  "m.b.t", "t.a.v", "e.d", "i.c.m", "z.s.m", "d.w.z")  # fmt: skip
SENTENCE_END = re.compile(
    "".join(rf"(?<!\b{re.escape(w)}\.)" for a in _ABBREVIATIONS for w in (a, a.capitalize()))
    + r"(?<=[.!?])\s+(?=[\"'(]?[A-Z0-9À-Ý])"
)


def content_words(text: str) -> list[str]:
    """Lowercased words that carry meaning (no stopwords, no single letters)."""
    return [w for w in WORD.findall(text.lower()) if w not in STOP and len(w) > 1]


def stems(stemmer: Any, text: str) -> set[str]:
    """The stems of a text's content words: what evidence, coverage and the verifier compare."""
    return set(stemmer.stemWords(content_words(text)))


def sentences(text: str) -> list[str]:
    """Split a passage into sentences and list items, dropping Markdown headings and front-matter residue."""
    out: list[str] = []
    for line in text.splitlines():
        line = line.strip().lstrip("-*•").strip()
        if not line or line.startswith(("#", "|", "---")):
            continue
        line = re.sub(r"\*\*|__|`", "", line)
        # Documents are data: a sentence addressing the assistant is never an answer (safety/injection.py).
        out += [s.strip() for s in SENTENCE_END.split(line) if len(s.strip()) > 2 and not looks_like_instruction(s)]
    return out


@lru_cache(maxsize=64)
def prompt(prompts_dir: Path, name: str) -> str:
    """Texts the user reads live in prompts/, so a coordinator can edit them without touching code."""
    name = name.removesuffix(".md")
    return (prompts_dir / f"{name}.md").read_text(encoding="utf-8").strip()


def fill(template: str, **values: str) -> str:
    """Fill {name} placeholders; other braces a coordinator writes in a prompt stay as they are."""
    for name, value in values.items():
        template = template.replace("{" + name + "}", value)
    return template
