"""What an answer is made of: its sources, the answer itself, and the stream it is written in."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Literal

from pydantic import BaseModel, Field

Audience = Literal["ouder", "professional"]


class Source(BaseModel):
    doc: str
    title: str
    kind: str
    text: str
    score: float
    heading: str = ""
    date: str = ""
    region: str = ""
    municipality: str = ""
    service_id: str = ""
    example: bool = False
    checked: str = ""  # privacy guidance and plans: when the text was last checked against the law (gecontroleerd)
    # A social-map service's contact facts (phone, website, opening_hours, access, cost, email, address, audience),
    # kept as metadata at ingest and rendered by the UI: never parsed back from the card's text.
    service: dict[str, str] = Field(default_factory=dict)


class Answer(BaseModel):
    id: Any = None
    question: str
    answer: str
    refused: bool
    sources: list[Source] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict)
    evidence: float = 0.0
    support: float | None = None  # the refusal model's probability (answering/refusal.py); None: cosine decided
    # With an LLM configured: "generatief" when the verified LLM text is shown, plus what the verifier did.
    mode: Literal["extractief", "generatief"] = "extractief"
    verification: dict[str, Any] | None = None
    # Screening (assistant/safety): crisis kinds whose help opens the answer; "persoonsgegevens" when personal
    # data was taken out of the question, "instructie" when it held instructions to the assistant.
    crisis: list[str] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list)
    # The standalone question a follow-up was read as (None when the question stood on its own).
    read_as: str | None = None

    def to_json_dict(self) -> dict[str, Any]:
        data = self.model_dump(exclude={"evidence", "support"})
        if self.id is None:
            data.pop("id")
        if self.verification is None:  # no LLM involved: the documented shape, unchanged
            data.pop("mode")
            data.pop("verification")
        for key in ("crisis", "notices", "read_as"):
            if not data[key]:
                data.pop(key)
        for source in data["sources"]:
            for key in ("service", "checked"):
                if not source[key]:
                    source.pop(key)
        return data


class AnswerStream:
    """An answer as it is written: iterate for verified text pieces, then read `answer` (final).

    When `replaced` is true after the loop, the streamed text was withdrawn (too little of it verified, the LLM
    judged the sources insufficient, or it failed): show `answer.answer` instead of what was streamed.
    """

    def __init__(
        self,
        pieces: Iterator[str],
        finish: Callable[[str], Answer],
        sources: list[Source],
        question: str = "",
        read_as: str | None = None,
    ) -> None:
        self._pieces = pieces
        self._finish = finish
        self.sources = sources  # known before the first piece: the chat can show them right away
        self.question = question  # as screened: personal data already out
        self.read_as = read_as  # a follow-up's standalone question, else None
        self.streamed = ""
        self._answer: Answer | None = None

    def __iter__(self) -> Iterator[str]:
        if self._answer is not None:
            return
        for piece in self._pieces:
            self.streamed += piece
            yield piece
        self._answer = self._finish(self.streamed)

    @property
    def answer(self) -> Answer:
        if self._answer is None:
            for _ in self:
                pass
        assert self._answer is not None
        return self._answer

    @property
    def replaced(self) -> bool:
        return self.answer.answer != self.streamed
