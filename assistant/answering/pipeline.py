"""The answer path as a named pipeline of small steps sharing one context, the way GOV.UK Chat's composer lists
its steps: check → screen → condense → route → retrieve → crisis → lead → judge → compose.

Each step reads and writes the ``Context``; a step may end the pipeline by setting ``context.stream`` (a refusal or
the final answer). Adding a guardrail means adding one step to ``Answerer.steps``."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from assistant.answering.ages import ages_first
from assistant.answering.english import for_english_reader, in_another_language
from assistant.answering.evidence import Evidence
from assistant.answering.extractive import Extractor
from assistant.answering.followup import is_follow_up, with_context
from assistant.answering.guidance import sources_last
from assistant.answering.lines import lead_with_named_line, line_card_answers, review_note, shown_source, trusted_hits
from assistant.answering.models import Answer, AnswerStream, Audience, Source
from assistant.answering.openers import opener
from assistant.answering.outside import only_outside, uncovered_note
from assistant.answering.scope import asks_opinion
from assistant.answering.young import young_first
from assistant.config import Settings
from assistant.corpus.protected import LANDELIJK, current_names
from assistant.corpus.schema import SOCIAL_MAP
from assistant.errors import QuestionError
from assistant.index.embeddings import query_embeddings
from assistant.safety.crisis import detect_crisis
from assistant.safety.crisis_help import crisis_message
from assistant.safety.crisis_net import CrisisNet, combine, crisis_net_for
from assistant.safety.crisis_words import Crisis
from assistant.safety.injection import looks_like_instruction, without_instructions
from assistant.safety.pii import without_labels
from assistant.safety.screening import Screening, privacy_notice, screen, without_lone_surrogates
from assistant.search.filters import COUNTRIES, NATIONAL, Filters, elsewhere
from assistant.search.intent import seeks_help
from assistant.search.parts import focus, question_parts, with_parts
from assistant.search.retrieve import Hit, LoadedIndex
from assistant.text import WORD, fill, has_symbol, prompt

if TYPE_CHECKING:
    from assistant.llm.generate import Generator

SERVICE_FACTS = (
    "what", "audience", "access_label", "cost", "phone", "email", "website", "opening_hours", "address", "languages",
)  # fmt: skip


@dataclass
class Context:
    """One question on its way to an answer; every step reads and adds to it."""

    question: str
    top_k: int | None = None
    filters: Filters | None = None
    id: Any = None
    audience: Audience = "ouder"
    previous: str | None = None
    started: float = field(default_factory=time.perf_counter)
    screening: Screening | None = None
    injected: bool = False
    asked: str = ""  # what is searched: the screened question, a follow-up made standalone, instructions out
    condensed: str | None = None  # a follow-up rewritten by the LLM
    read_as: str | None = None  # a follow-up's standalone question, shown to the reader
    hits: list[Hit] = field(default_factory=list)
    crisis: Crisis | None = None
    lead: str = ""
    notices: list[str] = field(default_factory=list)
    elsewhere: str | None = None  # a Dutch place outside the deployment's regions, named in the question
    question_stems: set[str] = field(default_factory=set)
    evidence: float = 0.0
    support: float | None = None  # the refusal model's probability that the sources answer the question
    refused: bool = False
    refusal_reason: str = ""  # "mening", "aantal" or "crisis": the refusal says why (prompts/weigering-<reason>.md)
    retrieved_at: float = 0.0
    stream: AnswerStream | None = None  # set by the step that ends the pipeline


Step = Callable[["Answerer", Context], None]


class Answerer:
    """Turns a question into an Answer with one loaded index; create once, ask many times (threads may share it).

    ``settings`` default to the index's; ``generator`` is the LLM writer (built from the settings when not given;
    None keeps answers extractive).
    """

    def __init__(
        self,
        index: LoadedIndex,
        settings: Settings | None = None,
        generator: Generator | str | None = "configured",
        crisis_net: CrisisNet | str | None = "configured",
    ) -> None:
        self.index = index
        self.settings = settings or index.settings
        self.evidence = Evidence(index, self.settings)
        self.extractor = Extractor(index, self.settings, self.evidence)
        built = make_generator(self) if generator == "configured" else generator
        self.generator: Generator | None = built  # type: ignore[assignment]
        self._crisis_net = crisis_net
        self.steps: list[Step] = [check, screen_step, condense, route, retrieve, crisis_step, lead, judge, compose]

    def ask(self, question: str, **options: Any) -> Answer:
        """Extractive by default; with an LLM configured, its verified answer (or the extractive one on failure)."""
        return self.ask_stream(question, **options).answer

    def ask_stream(
        self,
        question: str,
        *,
        top_k: int | None = None,
        filters: Filters | None = None,
        id: Any = None,
        audience: Audience = "ouder",
        previous: str | None = None,
    ) -> AnswerStream:
        """Retrieve now (a bad question raises QuestionError here), write the answer while it is iterated.

        ``previous``: the previous question, when this one may be a follow-up. With an LLM it is condensed into one
        standalone question (prompts/vervolgvraag.md); otherwise, or when that fails, the two are read together.
        """
        context = Context(question, top_k=top_k, filters=filters, id=id, audience=audience, previous=previous)
        for step in self.steps:
            step(self, context)
            if context.stream is not None:
                return context.stream
        raise RuntimeError("geen stap gaf een antwoord")  # a pipeline without compose is a programming error

    def crisis_net(self) -> CrisisNet | None:
        if self._crisis_net == "configured":
            self._crisis_net = None
            if self.settings.crisis_by_meaning:
                model = self.index.embed_model
                self._crisis_net = crisis_net_for(self.settings.embed_model, lambda ts: query_embeddings(model, ts))
        return self._crisis_net  # type: ignore[return-value]

    def crisis_by_meaning(self, question: str) -> Crisis | None:
        """The second crisis net; the question's embedding is already cached by retrieval."""
        net = self.crisis_net()
        return net.detect(self.index.query_embedding(question), question) if net else None

    def refusal(
        self, filters: Filters | None, question_stems: set[str] | None = None, reason: str = "", question: str = ""
    ) -> str:
        return self.extractor.refusal(filters, question_stems, reason, question)

    def covers(self, part: str, hit: Hit) -> bool:
        return self.evidence.coverage(self.evidence.stems(part), hit.text) >= self.settings.part_share

    def extract(self, question: str, q_stems: set[str], hits: list[Hit], audience: str = "ouder") -> str:
        prompts, reviewed = self.settings.prompts_dir, self.index.manifest.reviewed
        note = uncovered_note(question, [h.matched_text for h in hits[:2]], prompts).strip()
        asked = focus(question)  # a long story: its answer is chosen on what it asks
        stems = q_stems if asked == question else self.evidence.stems(asked)
        text = self.extractor.extract(asked, stems, hits, audience=audience)  # what the sources leave out first
        return review_note(f"{note}\n\n{text}" if note else text, hits, reviewed, prompts)  # unreviewed: said so


def make_generator(answerer: Answerer) -> Generator | None:
    """The LLM writer when one is configured (llm_backend); None means extractive answers only."""
    if answerer.settings.llm_backend == "none":
        return None
    from assistant.llm.generate import Generator
    from assistant.llm.verify import Verifier

    index = answerer.index
    verifier = Verifier(index.embed_model, index.stemmer, answerer.settings, idf=answerer.evidence.idf_of)
    return Generator(answerer.settings, verifier)


def source_of(hit: Hit, reviewed: list[str]) -> Source:
    m, title = hit.metadata, str(hit.metadata.get("title", ""))
    return Source(
        doc=hit.doc,
        title=title if m.get("kind") == SOCIAL_MAP else shown_source(title, hit.doc, reviewed),  # a name is no claim
        kind=str(m.get("kind", "other")),
        text=shown_source(hit.shown_text, hit.doc, reviewed),  # an unreviewed file's line talk: not here either
        score=round(hit.score, 5),
        heading=str(m.get("heading", "")),
        date=str(m.get("date", "")),
        region=str(m.get("region", "")),
        municipality=str(m.get("municipality", "")),
        service_id=str(m.get("service_id", "")),
        example=bool(m.get("example", False)),
        checked=str(m.get("checked", "")),
        service={key: str(m[key]) for key in SERVICE_FACTS if m.get(key)},
    )


# -- the steps, in order -------------------------------------------------------------------------------------------
def check(answerer: Answerer, c: Context) -> None:
    """An empty question or a long paste gets a Dutch message, never a search."""
    settings = answerer.settings
    question = " ".join(without_lone_surrogates(c.question or "").split())
    if not question or not (WORD.search(question) or has_symbol(question)):
        # symbols alone ("🔪🩸", "🌉⬇️🌊") are no empty question: the crisis screen or the help reply answers them
        raise QuestionError(prompt(settings.prompts_dir, "vraag-leeg"))
    if len(question) > settings.max_question_chars:
        too_long = prompt(settings.prompts_dir, "vraag-te-lang")
        raise QuestionError(too_long.format(length=len(question), limit=settings.max_question_chars))
    c.question = question


def screen_step(answerer: Answerer, c: Context) -> None:
    """Personal data out before the question is searched, shown back, stored or sent to an LLM; crisis signals are
    read from the original; instructions to the assistant are not searched for (safety/injection.py)."""
    c.screening = screen(c.question)
    c.question = c.screening.text
    c.injected = looks_like_instruction(c.question)
    c.asked = current_names((without_instructions(c.question, "").strip() or c.question) if c.injected else c.question)


def condense(answerer: Answerer, c: Context) -> None:
    """A follow-up becomes a standalone question: by the LLM when there is one, else read with the previous one."""
    if not c.previous or not is_follow_up(c.asked):
        return
    if answerer.generator is not None:
        c.condensed = answerer.generator.condense(c.asked, c.previous)
    c.asked = c.condensed or with_context(c.asked, c.previous)
    c.read_as = c.asked


def route(answerer: Answerer, c: Context) -> None:
    """The reader's filters, narrowed by places named in the question, inside the deployment's own region."""
    own = c.screening.text if c.screening else c.asked
    c.filters = answerer.index.filters_for(c.filters, own, c.asked)
    if c.filters.region == NATIONAL:
        c.elsewhere = elsewhere(own, answerer.index.manifest.regions)


SERVICE_SHARE = 0.1  # of the question's idf-weighted words, in the service that joins a help-seeking answer


def retrieve(answerer: Answerer, c: Context) -> None:
    asked = without_labels(c.asked) or c.asked  # "[NAAM]" and "[BSN]" are not searched for: they blur the question
    top_k = c.top_k or answerer.settings.top_k
    retriever = answerer.index.retriever(top_k=2 * top_k, filters=c.filters)
    c.hits = answerer.evidence.by_wording(answerer.evidence.stems(asked), retriever.hits(asked), top_k)
    if answerer.settings.part_search and (parts := question_parts(asked)):
        # Two needs, two services (a sports fund and the debt desk): only a service joins for one part.
        joins = lambda hit: hit.metadata.get("kind") == SOCIAL_MAP  # noqa: E731
        c.hits = with_parts(c.hits, [retriever.hits(p)[:top_k] for p in parts], answerer.covers, joins, parts)
    services = c.filters.model_copy(update={"kinds": [SOCIAL_MAP], "municipality": None})
    # "wie kan mij helpen …?" from the plans alone: the region's best service joins as second source, if it fits.
    if seeks_help(c.asked) and not any(h.metadata.get("kind") == SOCIAL_MAP for h in c.hits[:2]):
        best = answerer.index.retriever(top_k=1, filters=services).hits(asked)
        q_stems = answerer.evidence.stems(asked)
        if best and answerer.evidence.coverage(q_stems, best[0].text) >= SERVICE_SHARE:
            rest = [h for h in c.hits if h.node_id != best[0].node_id]
            c.hits = [*rest[:1], best[0], *rest[1:]][: len(c.hits)]
    cards = lambda: answerer.index.retriever(top_k=10, filters=services).hits(asked)  # noqa: E731
    c.hits = lead_with_named_line(asked, c.hits, cards)  # "Is 112 alleen voor volwassenen?": the 112 card
    c.hits = ages_first(asked, young_first(asked, sources_last(asked, c.hits), cards))  # young people's; ages
    c.retrieved_at = time.perf_counter()


def crisis_step(answerer: Answerer, c: Context) -> None:
    """Patterns name the help precisely; the net by meaning speaks only when they are silent."""
    assert c.screening is not None
    found = c.screening.crisis
    if found is None and c.previous and detect_crisis(c.previous) is None:
        found = detect_crisis(f"{c.previous} {c.question}")  # danger told over two turns (red team round 9)
    c.crisis = combine(found, answerer.crisis_by_meaning(c.asked))
    c.hits = trusted_hits(c.hits, answerer.index.manifest.reviewed, crisis=c.crisis)


def lead(answerer: Answerer, c: Context) -> None:
    """What opens the answer, before anything retrieved: help in a crisis, then the kind notices."""
    assert c.screening is not None
    prompts_dir = answerer.settings.prompts_dir
    parts: list[str] = [crisis_message(c.crisis, prompts_dir, c.audience)] if c.crisis else []
    privacy = privacy_notice(c.screening, prompts_dir)
    if privacy:
        parts.append(privacy)
        c.notices.append("persoonsgegevens")
    if c.injected:
        parts.append(prompt(prompts_dir, "instructie"))
        c.notices.append("instructie")
    if c.elsewhere:
        ours = [m for r, names in answerer.index.manifest.regions.items() if r != NATIONAL for m in names]
        area = f"{', '.join(ours[:-1])} en {ours[-1]}" if len(ours) > 1 else (ours[0] if ours else "de eigen regio")
        note = "ander-land" if c.elsewhere in COUNTRIES else "andere-regio"
        parts.append(fill(prompt(prompts_dir, note), plaats=c.elsewhere, gebied=area))
        c.notices.append("andere-regio")
    if in_another_language(c.asked):
        parts.append(prompt(prompts_dir, "andere-taal"))
        c.notices.append("andere-taal")
    c.lead = "\n\n".join(parts) + "\n\n" if parts else ""


def judge(answerer: Answerer, c: Context) -> None:
    """Refuse when no passage supports an answer well enough."""
    c.question_stems = answerer.evidence.stems(c.asked)
    c.evidence = answerer.evidence.best(c.question_stems, c.hits)
    c.support = answerer.evidence.support(c.asked, c.question_stems, c.hits)
    c.refused = not c.hits or not answerer.evidence.supported(c.question_stems, c.hits, c.evidence, c.support)
    if not c.crisis and (kind := opener(c.asked)):  # "hallo", "bedankt", "help me": a reply of its own
        c.refused, c.refusal_reason, c.hits = True, kind, []
    if not c.refused and asks_opinion(c.asked):  # "denk jij dat hij havo haalt?": no source can say
        c.refused, c.refusal_reason = True, "mening"
    elif not c.refused and only_outside(c.asked, c.hits, c.support, answerer.settings.prompts_dir):
        c.refused = True  # "kan ik de bijles aftrekken?": the Belastingdienst, not a passage that shares "kosten"
    elif not c.refused and not answerer.extractor.holds_asked_amount(c.asked, c.hits):
        c.refused, c.refusal_reason = True, "aantal"  # "hoeveel uur …?" and no source names a number of hours
    if c.refused and not c.refusal_reason and c.crisis:
        # "mijn dochter is verkracht, wat moeten we nu doen?": no passage fits, but the national service retrieved
        # (Centrum Seksueel Geweld, 113) is the answer: its card alone, only from the signed-off landelijk.yaml.
        national = [h for h in c.hits[:3] if h.metadata.get("doc") == LANDELIJK]
        if national:  # the sources that did not support an answer stay out of it
            c.refused, c.hits = False, national[:1]
        else:
            c.refusal_reason = "crisis"  # the help above is the answer: no "niet in de bronnen" and list of desks
    if c.refused and not c.refusal_reason and (card := line_card_answers(c.asked, c.hits)):
        c.refused, c.hits = False, card  # "… vraagt of de Kindertelefoon echt bestaat, wat is dat nummer?"


def compose(answerer: Answerer, c: Context) -> None:
    """The answer text: extractive, or the LLM's verified sentences with the extractive answer as fallback."""
    sources = [source_of(h, answerer.index.manifest.reviewed) for h in c.hits]
    generator = answerer.generator

    def reader(text: str) -> str:  # our own words in English for an English question (answering/english.py)
        return for_english_reader(text, answerer.settings.prompts_dir) if in_another_language(c.asked) else text

    def finish(text: str, refused: bool, **extra: Any) -> Answer:
        done = time.perf_counter()
        return Answer(
            id=c.id,
            question=c.question,
            answer=reader(c.lead + text),
            refused=refused,
            crisis=list(c.crisis.kinds) if c.crisis else [],
            notices=c.notices,
            sources=sources,
            evidence=round(c.evidence, 4),
            support=None if c.support is None else round(c.support, 4),
            read_as=c.read_as,
            timings_ms={
                "retrieve": round((c.retrieved_at - c.started) * 1000, 1),
                "answer": round((done - c.retrieved_at) * 1000, 1),
                "total": round((done - c.started) * 1000, 1),
            },
            **extra,
        )

    if c.refused or generator is None:
        text = (
            answerer.refusal(c.filters, c.question_stems, c.refusal_reason, c.asked)
            if c.refused
            else answerer.extract(c.asked, c.question_stems, c.hits, c.audience)
        )
        answer = finish(text, c.refused)
        c.stream = AnswerStream(iter([answer.answer]), lambda _streamed: answer, sources, c.question, c.read_as)
        return
    stream = generator.stream(c.asked, c.hits, c.audience)
    state: dict[str, Any] = {}

    def pieces() -> Iterator[str]:
        shown = False
        if c.lead:
            yield reader(c.lead)
        for piece in stream:
            shown = True
            yield piece
        result = stream.result
        assert result is not None
        stats = result.stats()
        if c.condensed is not None:
            stats["standalone_question"] = c.condensed
        state["stats"] = stats
        if result.refused or result.fell_back:
            text = (
                answerer.refusal(c.filters, c.question_stems, question=c.asked)
                if result.refused
                else answerer.extract(c.asked, c.question_stems, c.hits, c.audience)
            )
            state["final"] = (text, result.refused, "extractief")
            if not shown:  # nothing to withdraw: the replacement streams like any answer
                yield reader(text)
        else:
            text = result.text
            if result.coverage == "gedeeltelijk":
                note = "\n\n" + prompt(answerer.settings.prompts_dir, "dekking-gedeeltelijk")
                text += note
                yield note
            state["final"] = (text, False, "generatief")

    def finish_stream(_streamed: str) -> Answer:
        text, refused, mode = state["final"]
        return finish(text, refused, mode=mode, verification=state["stats"])

    c.stream = AnswerStream(pieces(), finish_stream, sources, c.question, c.read_as)
