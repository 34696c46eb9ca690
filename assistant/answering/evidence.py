"""How well the retrieved passages support an answer: meaning (cosine) and wording (idf-weighted coverage)."""

from __future__ import annotations

from functools import cached_property

from assistant.answering.refusal import RefusalModel, packaged_for, signals
from assistant.config import Settings
from assistant.search.retrieve import Hit, LoadedIndex
from assistant.text import stems

# A question word of 5+ letters inside a longer word of the passage counts as found: Dutch writes compounds as one word
# ("tekenen" asked, "handtekening" written). Chosen on the shipped set and foreign half A (0, 0.5 or 1 of a word's
# weight: 1.0; shipped facts 0.598 -> 0.602, A's false refusals 0.130 -> 0.111); half B hit@5 0.774 -> 0.792.
COMPOUND_PART = 5


class Evidence:
    """Scores on one loaded index; the idf comes from its BM25 index, so rare words weigh more."""

    def __init__(self, index: LoadedIndex, settings: Settings) -> None:
        self.index = index
        self.settings = settings

    @property
    def idf(self) -> dict[str, float]:
        """Stem → idf from the BM25 index (computed once per loaded index, search/retrieve.py)."""
        return self.index.idf

    @cached_property
    def rarest(self) -> float:
        """A word the index has never seen weighs like its rarest word."""
        return max(self.idf.values(), default=1.0)

    @cached_property
    def place_stems(self) -> set[str]:
        """The deployment's places: "Tiel" in a question is where, not what it is about."""
        manifest = self.index.manifest
        return self.stems(" ".join([*(n for ns in manifest.regions.values() for n in ns), *manifest.places]))

    def idf_of(self, stem: str) -> float:
        return self.idf.get(stem, self.rarest)

    def stems(self, text: str) -> set[str]:
        return stems(self.index.stemmer, text)

    def coverage(self, question_stems: set[str], text: str) -> float:
        """Share of the question's (idf-weighted) content words that the text contains."""
        if not question_stems:
            return 0.0
        weights = {s: self.idf_of(s) for s in question_stems}
        text_stems = self.stems(text)
        found = question_stems & text_stems
        # Dutch writes compounds as one word: "tekenen" is asked, "handtekening" is written (set 12)
        inside = {s for s in question_stems - found if len(s) >= COMPOUND_PART and any(s in t for t in text_stems)}
        return sum(weights[s] for s in found | inside) / (sum(weights.values()) or 1.0)

    def by_wording(self, question_stems: set[str], hits: list[Hit], top_k: int) -> list[Hit]:
        """The fused ranking, nudged by how many of the question's (idf-weighted) words each passage holds.

        Fusion ranks a plan's passages by the plan's votes first; a long story ("de school wil dat ik het opp teken
        maar ik ben het niet eens …") then got the plan's TLV-objection passage before its OPP passage. Chosen on
        the shipped set and foreign half A (weight 0.2 of the best fused score, over twice the passages shown);
        foreign half B: passage hit@1 0.491 -> 0.547, MRR 0.586 -> 0.623, shipped unchanged (0.658 / 0.743).
        """
        weight = self.settings.wording_rerank
        if not weight or not hits:
            return hits[:top_k]
        top = max(h.score for h in hits) or 1.0
        scored = [(h.score / top + weight * self.coverage(question_stems, h.matched_text), h) for h in hits]
        return [h for _, h in sorted(scored, key=lambda pair: -pair[0])][:top_k]

    def best(self, question_stems: set[str], hits: list[Hit]) -> float:
        """How well the best passage supports an answer: meaning (cosine) and wording (coverage) together."""
        weight = self.settings.coverage_weight
        best = 0.0
        for hit in hits[:3]:
            cov = 0.0
            if weight:  # measured not to help by default; skip the stemming on the hot path then
                cov = self.coverage(question_stems, hit.matched_text)
            best = max(best, (hit.dense or 0.0) + weight * cov)
        return best

    @cached_property
    def refusal_model(self) -> RefusalModel | None:
        """The calibrated model, when configured and fitted on this index's embedding model's cosines."""
        if self.settings.refusal != "model":
            return None
        model = RefusalModel.read(self.settings.refusal_model or packaged_for(self.index.manifest.embed_model))
        return model if model is not None and model.embed_model == self.index.manifest.embed_model else None

    def support(self, question: str, question_stems: set[str], hits: list[Hit]) -> float | None:
        """The refusal model's probability that the sources answer the question; None without a model."""
        model = self.refusal_model
        if model is None or not hits:
            return None
        return model.probability(signals(question, question_stems, hits, self.index, self))

    def supported(
        self, question_stems: set[str], hits: list[Hit], evidence: float, support: float | None = None
    ) -> bool:
        """With the refusal model (``support`` given): its probability decides. Without it: answer when the meaning
        is close enough, or nearly so and the passage has most of the question's words; never when a passage holds
        less than ``min_wording_share`` of the question's (idf-weighted) words.

        Cosine alone refused "Wie helpt gezinnen met vragen over opvoeden?" against a card that says "helpt
        gezinnen met vragen over opvoeden" (0.8498 < 0.85). In the eval set no unanswerable question in that band
        shares more than 0.27 of its words with a source, so this rule changes none of the measured figures.
        """
        s = self.settings
        model = self.refusal_model
        if support is not None and model is not None:
            return support >= model.threshold
        if evidence < s.refuse_below - s.wording_band:
            return False
        if evidence >= s.refuse_below and not s.min_wording_share:
            return True
        wording = max((self.coverage(question_stems, h.matched_text) for h in hits[:3]), default=0.0)
        if wording < s.min_wording_share:  # close in meaning, but none of the question's rare words: off topic
            return False
        return evidence >= s.refuse_below or wording >= s.wording_share
