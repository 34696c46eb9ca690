"""Grounded extractive answers: sentences taken from the retrieved passages, each with its citation, and the honest
refusal that names who can help when the sources do not cover a question. No language model: nothing is invented."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from assistant.answering.amounts import asked_amounts, asking_words, asks_cost, states_any
from assistant.answering.cards import card_line
from assistant.answering.companions import Sentence, age_rules, companions, finished, points_back
from assistant.answering.definitions import definition
from assistant.answering.evidence import Evidence
from assistant.answering.guidance import LAW_ASKED, SOURCE_SECTION, lead, leaf, short_answer
from assistant.answering.lines import signed_or_reviewed, stands_in_for_lines, without_line_talk
from assistant.answering.lists import list_rest
from assistant.answering.openers import KINDS as OPENERS
from assistant.answering.outside import referral_lines
from assistant.answering.part_answers import part_answers
from assistant.config import Settings
from assistant.index.embeddings import load_embed_model
from assistant.index.sentences import document_ids, shown_sentences
from assistant.search.filters import NATIONAL, Filters
from assistant.search.intent import kinds_of, seeks_help, states
from assistant.search.parts import ASKED_PART
from assistant.search.retrieve import Hit, LoadedIndex
from assistant.text import prompt, sentences


def _shared(stem: str, stems: frozenset[str]) -> bool:
    """A question word in a service's words, also as a participle ("gepest" / "pesten") or a longer form of one
    stem ("dyslexieonderzoek" / "dyslexie")."""
    if stem in stems or (stem.startswith("ge") and stem[2:] in stems):
        return True
    return len(stem) >= 7 and any(len(t) >= 6 and stem.startswith(t) for t in stems)


def _overlaps(topic: set[str], stems: set[str]) -> bool:
    """A topic word in the text, also as part of a compound either way ("leesarrangement" / "arrangement")."""
    return bool(topic & stems) or any(
        len(short) >= 6 and (long.endswith(short) or long.startswith(short))
        for a in topic
        for b in stems
        for short, long in ((a, b), (b, a))
    )


@dataclass(frozen=True)
class Service:
    """One service of the social map, as a refusal's referral sees it."""

    region: str
    label: str  # "Name (phone)"
    categories: frozenset[str]
    stems: frozenset[str]


SOURCE_WEIGHT = 0.25  # at 0.5 the list of laws, which shares every word of a "hoe lang" question, still led


# A sentence that states what the question asks for ("binnen vier weken … heroverweging" to "kunnen we er iets tegen
# doen en hoe lang hebben we?") joins an answer that lacks it, from the first five prose sources, when it scores at
# least this share of the best sentence. Facts stated: shipped 0.512 -> 0.526, foreign half B 0.447 -> 0.465, half A
# unchanged (0.525).
KIND_SHARE = 0.35

DOCUMENT_PASSAGES = 500  # read at most this many passages of one document for its age rules

# A refusal names the services whose description holds at least this share of the question's (idf-weighted) words.
TOPICAL_SHARE = 0.3

CRISIS_ONLY = frozenset({"veiligheid-en-crisis"})  # 112: an emergency number, never a referral for a question

# Categories of a service that answers one kind of question only: offered last among the general ones.
NARROW = frozenset({"geld-en-bestaanszekerheid", "veiligheid-en-crisis"})

# Vectors of sentences the build lacks, embedded when asked and kept per process: 10,000 × 384 floats are 15 MB.
SENTENCE_CACHE_SIZE = 10_000


class Extractor:
    """Picks the best-supported sentences of the top passages; one per loaded index, shared between threads."""

    def __init__(self, index: LoadedIndex, settings: Settings, evidence: Evidence) -> None:
        self.index = index
        self.settings = settings
        self.evidence = evidence
        self._sentence_cache: dict[str, np.ndarray] = {}
        self._sentence_lock = threading.Lock()

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
        """Sentences are corpus text: ingest embedded them with the build (index/sentences.py), so usually only the
        question is embedded here. Sentences the build lacks are embedded now and kept per process."""
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

    def extract(
        self, question: str, q_stems: set[str], hits: list[Hit], max_sentences: int = 4, audience: str = "ouder"
    ) -> str:
        """The best-supported sentences, in reading order, each followed by its source number; for a parent within
        ``answer_max_words`` (the best sentence always)."""
        candidates: list[tuple[int, int, str, str]] = []  # rank, position, text shown, text scored
        by_rank: dict[int, list[str]] = {}  # each prose source's sentences in reading order, for companions
        # A guidance file's list of laws ("De regels … komen uit: AVG art. 5 …") is where an answer ends, not where
        # it starts: its sentences weigh a quarter unless the question asks for the law itself.
        sources_only = {
            r for r, h in enumerate(hits[:2]) if SOURCE_SECTION.search(leaf(h)) and not LAW_ASKED.search(question)
        }
        # The first two sources, and the first one's further passages among the first five (blind set 18: the right
        # document, a neighbouring passage read; facts stated, blind sets 12-18 374 -> 377, foreign B 0.506 -> 0.525)
        for rank, hit in enumerate(read := [h for i, h in enumerate(hits[:5]) if i < 2 or h.doc == hits[0].doc]):
            if hit.metadata.get("kind") == "sociale_kaart":
                candidates.append((rank, 0, card_line(hit.metadata), hit.text))
            else:
                # Neighbouring passages of one document share the sentences around their border: each once.
                seen = {c[3] for c in candidates}
                by_rank[rank] = self.passage_sentences(hit)
                candidates += [(rank, pos, sent, sent) for pos, sent in enumerate(by_rank[rank]) if sent not in seen]
        if not candidates:
            return self.refusal(None, q_stems, question=question)
        candidates = candidates[: self.settings.max_scored_sentences]
        sims = self._similarities(question, [c[3] for c in candidates])
        w = self.settings.sentence_weight
        kinds = kinds_of(question) if self.settings.intent_boost > 0 else []
        scored: list[tuple[float, int, int, str]] = []
        for (rank, pos, shown, text), sim in zip(candidates, sims, strict=True):
            support = (1 - w) * self.evidence.coverage(q_stems, text) + w * sim
            # "hoe lang …?": the sentence with the term; "kan ik er iets tegen doen?": the objection route.
            if kinds and states(kinds, text):
                support += self.settings.intent_boost
            if rank in sources_only:
                support *= SOURCE_WEIGHT
            scored.append((support / (1 + 0.5 * rank) + 1e-4 / (1 + pos + 3 * rank), rank, pos, shown))
        # Without shared words (an English question, say) only the best passage may speak: another source's
        # sentence must hold a word of the question's subject (blind set 11: a TLV deadline under the Dutch class).
        topic = q_stems - self.evidence.stems(asking_words(question)) - self.evidence.place_stems
        leaves = {r: self.evidence.stems(leaf(h)) for r, h in enumerate(read)}
        scored = [i for i in scored if not i[1] or _overlaps(topic, leaves[i[1]] | self.evidence.stems(i[3]))]
        if not scored:  # every sentence of the best source held back (red team round 19: an unreviewed file on 112)
            return self.refusal(None, q_stems, question=question)
        scored.sort(key=lambda x: x[0], reverse=True)
        best = scored[0][0]
        chosen: list[tuple[float, int, int, str]] = []
        per_source: dict[int, int] = {}
        budget, used = (self.settings.answer_max_words if audience == "ouder" else 0), 0
        for item in scored:
            if len(chosen) >= max_sentences or item[0] < 0.45 * best:
                break
            if per_source.get(item[1], 0) >= (4 if item[1] == 0 else 2):
                continue
            words = len(item[3].split())
            if budget and chosen and used + words > budget:
                continue
            used += words
            per_source[item[1]] = per_source.get(item[1], 0) + 1
            chosen.append(item)
        # A kind of question the chosen sentences leave unanswered ("hoe lang hebben we?" with no term among them):
        # the best sentence of the first five prose sources that states it, if it is supported well enough.
        unanswered = [kind for kind in kinds if not any(states([kind], item[3]) for item in chosen)]
        if unanswered:
            self._join_best(
                chosen, best, question, q_stems, hits, by_rank, lambda t: sum(states([k], t) for k in unanswered)
            )
        # "hoeveel uur …?" with no number of hours among them: the best sentence of the first five that states one.
        amounts = asked_amounts(question)
        if amounts and not any(states_any(amounts, item[3]) for item in chosen):
            self._join_best(chosen, best, question, q_stems, hits, by_rank, lambda t: states_any(amounts, t))
        chosen += part_answers(question, chosen, hits, by_rank, self.passage_sentences, self)  # each question asked
        # A guidance file's own short answer states the rule the question asks for (answering/guidance.py).
        short = short_answer(question, hits[0], self.index.rows, self._shown)
        opening = lead(short, asked=str(hits[0].metadata.get("title", "")))
        rest = [t for t in short if t not in opening and not any(o.endswith(t) for o in opening)]
        rest = [t for t in rest if not points_back(t) or short[max(short.index(t) - 1, 0)] in opening]
        if opening:  # the rule first, then the one sentence of the short answer that fits the question best
            sims = self._similarities(question, rest)
            fit = [(1 - w) * self.evidence.coverage(q_stems, t) + w * sim for t, sim in zip(rest, sims, strict=True)]
            opening += [rest[fit.index(max(fit))]] if fit and max(fit) >= 0.45 * best else []
            chosen = [c for c in chosen if c[3] not in opening]  # a lead sentence chosen elsewhere moves up front
            chosen += [(0.0, 0, i - len(opening), t) for i, t in enumerate(opening)]
        # "wie kan mij helpen?": the service among the first two sources opens the answer, also when the plan's
        # sentences score higher ("is er een plek waar hij anoniem kan praten?" got MDO consent first, set 17).
        cards = [r for r, h in enumerate(hits[:2]) if h.metadata.get("kind") == "sociale_kaart"]
        if cards and seeks_help(question):
            chosen = [c for c in chosen if c[1] != cards[0]] + [(-1.0, cards[0], 0, card_line(hits[cards[0]].metadata))]
        # A service found for one part of a message that asks several (search/parts.py) answers that part.
        for r in (r for r in cards if hits[r].metadata.get(ASKED_PART) and not any(i[1] == r for i in chosen)):
            chosen.append((0.0, r, 0, card_line(hits[r].metadata)))
        # What a chosen sentence depends on comes with it: its exception, its subject, the age rule it needs.
        pool = [Sentence(r, p, t, sc) for sc, r, p, t in scored]
        pool += age_rules(question, hits, self._document_sentences)
        mates = companions(question, [Sentence(r, p, t, sc) for sc, r, p, t in chosen], by_rank, pool)
        chosen += [(0.0, c.rank, c.pos, c.text) for c in mates]
        chosen = finished(question, chosen, by_rank)
        chosen += list_rest(question, chosen, hits, self.index.rows, self.trusted)  # all the steps asked for
        if meaning := definition(question, hits, self._document_sentences):  # "wat is een TLV?": the source's own
            body = meaning[1].split(" … ")[-1].rstrip(".")  # a statute's item: its whole list is not said again
            chosen = [c for c in chosen if body not in c[3]] + [(-1.0, meaning[0], -1, meaning[1])]  # goes first
        chosen.sort(key=lambda x: (x[0] != -1.0, x[1], x[2]))  # a definition, then a service asked for
        return " ".join(f"{sent} [{rank + 1}]" for _, rank, _, sent in chosen)

    def _join_best(
        self,
        chosen: list[tuple[float, int, int, str]],
        best: float,
        question: str,
        q_stems: set[str],
        hits: list[Hit],
        by_rank: dict[int, list[str]],
        stated: Callable[[str], int],
    ) -> None:
        """Add to ``chosen`` the best sentence of the first five prose sources that states something (``stated``
        counts how much), if it scores at least KIND_SHARE of the best sentence: the objection route may sit in the
        third source when the first two describe the arrangement."""
        found: list[tuple[int, int, str, int]] = []
        for rank, hit in enumerate(hits[:5]):
            if hit.metadata.get("kind") == "sociale_kaart":
                continue
            own = by_rank.setdefault(rank, self.passage_sentences(hit))
            # A list line of a contact block ("Bezwaar tegen een TLV-besluit: bezwaar@…") states no answer.
            found += [(rank, pos, t, k) for pos, t in enumerate(own) if t.rstrip()[-1:] in ".!?)" and (k := stated(t))]
        found = list({t: (r, p, t, k) for r, p, t, k in reversed(found)}.values())  # each once, at its first rank
        taken = {item[3] for item in chosen}
        found = [f for f in found if f[2] not in taken]
        if not found:
            return
        sims = self._similarities(question, [t for _, _, t, _ in found])
        w = self.settings.sentence_weight
        scored = [
            # "binnen vier weken … heroverweging" states two things asked: it weighs more.
            (((1 - w) * self.evidence.coverage(q_stems, t) + w * sim) / (1 + 0.5 * r) * (1 + 0.5 * (k - 1)), r, p, t)
            for (r, p, t, k), sim in zip(found, sims, strict=True)
        ]
        top = max(scored, key=lambda x: x[0])
        if top[0] >= KIND_SHARE * best:
            chosen.append(top)

    def support(self, question: str, texts: list[str]) -> list[float]:
        """Shared words and meaning of each text with ``question`` (answering/part_answers.py)."""
        stems, w = self.evidence.stems(question), self.settings.sentence_weight
        sims = self._similarities(question, texts)
        return [(1 - w) * self.evidence.coverage(stems, t) + w * sim for t, sim in zip(texts, sims, strict=True)]

    def holds_asked_amount(self, question: str, hits: list[Hit]) -> bool:
        """Whether the first five sources state an amount of the kind the question asks for (always, when it asks
        for none). A service's cost counts for a question about money, its description for a count or a term; its
        opening hours never for hours."""
        amounts = asked_amounts(question)
        if not amounts:
            return True
        # The amount must be about what was asked: "16 uur" of absence does not answer "hoeveel uur mag ik werken".
        topic = {
            s for s in self.evidence.stems(question) - self.evidence.stems(asking_words(question)) if not s.isdigit()
        }
        for hit in hits[:5]:
            meta = hit.metadata
            if meta.get("kind") == "sociale_kaart":
                # A service states its cost in its own field and a course's length in what it does ("vijf avonden").
                # Its cost answers what it costs, not "hoeveel euro krijg ik aan pgb?" (red team round 7).
                if asks_cost(question) and any(a.kind == "money" for a in amounts) and str(meta.get("cost") or ""):
                    return True
                texts, heading = [str(meta.get("what") or "")], str(meta.get("what") or "")
            else:  # a sentence is read under its section: "binnen zes weken" under "De TLV aanvragen"
                texts, heading = self.passage_sentences(hit), leaf(hit)
            context = self.evidence.stems(f"{meta.get('title', '')} {heading}")
            for text in texts:
                if states_any(amounts, text) and _overlaps(topic, self.evidence.stems(text) | context):
                    return True
        return False

    def _document_sentences(self, hit: Hit) -> list[str]:
        """Every answer sentence of the hit's document, in reading order (passage ids are <doc key>-<number>); an
        unreviewed document's sentences that speak for a help line left out, as in every answer."""
        out: list[str] = []
        for node_id in document_ids(self.index.rows, hit.node_id, DOCUMENT_PASSAGES):
            out += [t for t in self._shown(node_id) if t not in out]
        return out if self.trusted(hit) else without_line_talk(out)

    def passage_sentences(self, hit: Hit) -> list[str]:
        """Whole sentences, read with the passage's neighbours (index/sentences.py window_sentences)."""
        found = sentences(hit.text) if hit.node_id not in self.index.rows else self._shown(hit.node_id)
        return found if self.trusted(hit) else without_line_talk(found)

    def trusted(self, hit: Hit) -> bool:
        return signed_or_reviewed(hit.doc, self.index.manifest.reviewed)

    def _shown(self, node_id: str) -> list[str]:
        return shown_sentences(self.index.rows, node_id, self.index.sentence_vectors)

    def refusal(
        self, filters: Filters | None, question_stems: set[str] | None = None, reason: str = "", question: str = ""
    ) -> str:
        """Say plainly that the sources do not cover it (or, with a ``reason``, why Wegwijs does not answer it: a
        prediction or opinion, an amount no source names), and name who can help: for a topic outside the sources
        (medicines, taxes, a job) the body that answers it; the services of the social map whose own description
        shares the question's telling words ("gepest" → the services that name bullying); else the general
        information services of the reader's region and the country."""
        base = prompt(self.settings.prompts_dir, f"weigering-{reason}" if reason else "weigering")
        if reason in ("crisis", *OPENERS):  # after the crisis help or to a greeting, a list of desks only distracts
            return base
        topical = self.topical_referrals(filters, question_stems or set())
        outside = referral_lines(question, self.settings.prompts_dir) if reason != "mening" else []
        if outside:  # the school and youth-care desks do not answer these: only the services that fit, if any
            lines = "\n\n".join(outside)
            fitting = "\n".join(f"- {h}" for h in topical)
            more = f"\n\n{prompt(self.settings.prompts_dir, 'verwijzing-onderwerp')}\n{fitting}" if topical else ""
            return f"{base}\n\n{lines}{more}"
        helpers = (topical + [h for h in self.referrals(filters) if h not in topical])[:3]  # the topic's first
        if not helpers:
            return f"{base}\n\n{prompt(self.settings.prompts_dir, 'verwijzing-standaard')}"
        intro = prompt(self.settings.prompts_dir, "verwijzing-onderwerp" if topical else "verwijzing")
        lines = "\n".join(f"- {h}" for h in helpers)
        return f"{base}\n\n{intro}\n{lines}"

    @cached_property
    def _services(self) -> list[Service]:
        """Every service of the social map once (its first passage), found once per loaded index."""
        found: dict[str, Service] = {}
        for row in self.index.rows.values():
            m = row["metadata"]
            key = str(m.get("service_id") or m.get("title") or "")
            if m.get("kind") != "sociale_kaart" or not key or key in found:
                continue
            if stands_in_for_lines(Hit(row["id"], row["text"], m, 0.0), self.index.manifest.reviewed):
                continue  # an unreviewed card on the crisis lines' ground is no referral either (red team round 7)
            categories = str(m.get("category", ""))
            phone = str(m.get("phone", "") or "")
            text = " ".join(str(m.get(k, "") or "") for k in ("title", "what")) + " " + categories.replace("-", " ")
            found[key] = Service(
                region=str(m.get("region", "")),
                label=str(m.get("title", "")) + (f" ({phone})" if phone else ""),
                categories=frozenset(c.strip() for c in categories.replace(";", ",").split(",") if c.strip()),
                stems=frozenset(self.evidence.stems(text)),
            )
        return list(found.values())

    def topical_referrals(self, filters: Filters | None, question_stems: set[str], limit: int = 3) -> list[str]:
        """Services whose description holds a good share of the question's words, weighed by how rare they are
        (at least TOPICAL_SHARE): the reader's region and the country only; never 112 alone (not a referral)."""
        if not question_stems:
            return []
        region = filters.region if filters else None
        weights = {s: self.evidence.idf_of(s) for s in question_stems}
        total = sum(weights.values()) or 1.0
        scored = []
        for service in self._services:  # a service the question names comes first, in any region (blind set 14)
            named = (own := self.evidence.stems(service.label.split(" (")[0])) <= question_stems and len(own) > 1
            if (service.region not in (NATIONAL, region) and not named) or service.categories <= CRISIS_ONLY:
                continue
            share = 2.0 if named else sum(weights[s] for s in question_stems if _shared(s, service.stems)) / total
            if share >= TOPICAL_SHARE:
                scored.append((-share, 0 if service.region == region else 1, service.label))
        scored.sort()
        return [label for _, _, label in scored[:limit]]

    def referrals(self, filters: Filters | None, limit: int = 3) -> list[str]:
        """The general information services: the reader's region first, then the broad national ones (the
        Autoriteit Persoonsgegevens, which only answers privacy questions, last)."""
        region = filters.region if filters else None
        found = sorted(
            (0 if s.region == region else 1, len(s.categories & NARROW), -len(s.categories), s.label)
            for s in self._services
            if "informatie-en-advies" in s.categories and s.region in (NATIONAL, region)
        )
        return [label for *_, label in found[:limit]]
