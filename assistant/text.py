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
LIST_MARK = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+")
FIELD_LINE = re.compile(r"^[A-Z][\w ]{0,24}:\s")  # 'Telefoon: 0800-2000' on a service card
URL_ONLY = re.compile(r"^\(?(?:https?://|www\.)\S+\)?[.;,]?$")


def blocks(text: str) -> list[tuple[str, bool]]:
    """A passage as paragraphs, list items and card fields, each as (text, is_list_item): hard-wrapped lines (Markdown
    and PDF text) joined; headings, table rows and rules end a block and are left out."""
    out: list[tuple[str, bool]] = []
    open_block = False
    for line in text.splitlines():
        raw = line.strip()
        if not raw or raw.startswith(("#", "|", "---")):
            open_block = False
            continue
        item = bool(LIST_MARK.match(raw))
        if open_block and not item and not FIELD_LINE.match(raw):
            block, was_item = out[-1]
            out[-1] = (f"{block} {raw}", was_item)
        else:
            out.append((LIST_MARK.sub("", raw) if item else raw, item))
        open_block = True
    return out


def is_fragment(sentence: str) -> bool:
    """Never an answer sentence: a bare URL, a field label alone, a lead-in without its list, or a few words."""
    words = WORD.findall(sentence)
    return len(words) < 4 or bool(URL_ONLY.match(sentence.strip())) or sentence.rstrip().endswith(":")


def _split(block: str) -> list[str]:
    block = re.sub(r"\*\*|__|`", "", block)
    return [s.strip() for s in SENTENCE_END.split(block) if len(s.strip()) > 2]


def whole_sentences(text: str) -> list[str]:
    """A passage's answer sentences: whole sentences from whole paragraphs, a list kept with its lead-in ("U kunt
    bezwaar maken bij: de school; de commissie."), and never a fragment, heading or instruction to the assistant."""
    out: list[str] = []
    units = blocks(text)
    i = 0
    while i < len(units):
        block, _item = units[i]
        i += 1
        if block.rstrip().endswith(":") and i < len(units) and units[i][1]:
            items = []
            while i < len(units) and units[i][1]:
                items.append(units[i][0].rstrip(" .;"))
                i += 1
            block = f"{block.rstrip()} {'; '.join(items)}."
            parts = [block] if len(block) <= 400 else _split(block)
        else:
            parts = _split(block)
        # Documents are data: a sentence addressing the assistant is never an answer (safety/injection.py).
        out += [s for s in parts if not is_fragment(s) and not looks_like_instruction(s)]
    return out


def merge_overlap(first: str, second: str, min_chars: int = 12) -> str:
    """Two neighbouring passages of one document as one text: the chunker repeats the end of a passage at the start
    of the next (chunk_overlap), so the longest such repeat is written once."""
    a, b = first.rstrip(), second.lstrip()
    head = b[:min_chars]
    if len(head) == min_chars:
        pos = a.find(head)
        while pos >= 0:  # the earliest place where the rest of `a` is where `b` starts: the longest overlap
            if b.startswith(a[pos:]):
                return a[:pos] + b
            pos = a.find(head, pos + 1)
    return f"{a}\n{b}"
