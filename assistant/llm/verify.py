"""Does the cited source say this? Meaning, words and numbers must all agree with the cited passage(s)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from assistant.config import Settings
from assistant.llm.parse import citations_in, strip_citations
from assistant.safety.injection import looks_like_instruction
from assistant.text import WORD, blocks, sentences, stems

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


def evidence_sentences(text: str) -> list[str]:
    """A passage's sentences for checking claims: hard-wrapped lines joined; list items and card fields apart
    (text.blocks, the same reading of a passage that answers use)."""
    return [sentence for block, _item in blocks(text) for sentence in sentences(block)]


def numbers_in(text: str) -> set[str]:
    """Numbers as digits ('zes weken' and '6 weken' agree; '0800-2000' and '0800 2000' too), plus days and months."""
    found = {re.sub(r"\D", "", n) for n in NUMBER.findall(re.sub(r"(?<=\d)\s(?=\d)", "", text))}
    words = WORD.findall(text.lower())
    found |= {NUMBER_WORDS[w] for w in words if w in NUMBER_WORDS} | {w for w in words if w in CALENDAR}
    return {n for n in found if n}


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
        return stems(self.stemmer, text)

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
