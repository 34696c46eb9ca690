"""The help that opens an answer in a crisis: the full block for explicit danger, one calm line for a possible
concern, worded for the writer (a child, a parent, a professional), numbers as tap links."""

from __future__ import annotations

from pathlib import Path

from assistant.safety.crisis_plain import EATING
from assistant.safety.crisis_words import (
    ACUTE,
    CHILD,
    MAYBE_YOUNG,
    MEANING,
    SIGNS,
    SUICIDE,
    VIOLENCE,
    Crisis,
)
from assistant.text import prompt

# Which prompt file speaks to which kind, in the order the help is offered.
CRISIS_PROMPTS = {
    ACUTE: "crisis-acuut.md",
    CHILD: "crisis-kind.md",
    SUICIDE: "crisis-zelfdoding.md",
    VIOLENCE: "crisis-geweld.md",
}


# One calm sentence per kind, for a possible concern: one number, no alarm.
CALM_PROMPTS = {
    CHILD: "crisis-rustig-kind.md",
    SUICIDE: "crisis-rustig-zelfdoding.md",
    VIOLENCE: "crisis-rustig-geweld.md",
}


CALM_NOW = "crisis-rustig-nu.md"  # a concern with words of danger now: 112 in one sentence, after the fitting number


CRISIS_OPENING = "crisis.md"


CRISIS_MAYBE = "crisis-misschien.md"  # a possible concern: the calm line, {hulp} is the one fitting number


# Signals that only say "this may be about a crisis": a topic word, signs (of neglect, grooming), the net by meaning.
TENTATIVE = {MEANING, "onderwerp", "kind", "nu", MAYBE_YOUNG, SIGNS, EATING}


def is_concern(crisis: Crisis) -> bool:
    """A possible concern rather than explicit danger: found by meaning alone, or only by a topic word."""
    return not crisis.acute and bool(crisis.signals) and not set(crisis.signals) - TENTATIVE


def _kinds_for(crisis: Crisis, audience: str) -> tuple[str, ...]:
    """The kinds to offer help for; a professional is never addressed as a child."""
    return tuple(k for k in crisis.kinds if not (k == CHILD and audience == "professional"))


def _maybe_young(crisis: Crisis, audience: str) -> bool:
    """A writer who may be young, in a profile where a child may ask: the Kindertelefoon after the fitting line."""
    return MAYBE_YOUNG in crisis.signals and CHILD not in crisis.kinds and audience != "professional"


def crisis_message(crisis: Crisis, prompts_dir: Path, audience: str = "ouder") -> str:
    """The Dutch text that goes before the answer.

    Explicit danger gets the full block: every fitting line, 112 first when there is danger now, then the
    Kindertelefoon for a child writer, then 113 or Veilig Thuis, with one warm line. A possible concern (the net by
    meaning, or a topic word alone) gets one calm line with the one fitting number; the net never raises the block.
    """
    kinds = _kinds_for(crisis, audience)
    if is_concern(crisis):
        # A child gets the Kindertelefoon first, then the number for what the message is about (113, Veilig Thuis or
        # both); words of danger now add 112 as a question after them. Calm sentences, never the full block.
        chosen = [k for k in CALM_PROMPTS if k in kinds] or [VIOLENCE]
        if chosen == [CHILD] and EATING not in crisis.signals:  # a child's eating: the Kindertelefoon
            chosen.append(VIOLENCE)
        if _maybe_young(crisis, audience):
            chosen.append(CHILD)
        sentences = [prompt(prompts_dir, CALM_PROMPTS[k]) for k in chosen]
        line = " ".join(sentences + ([prompt(prompts_dir, CALM_NOW)] if "nu" in crisis.signals else []))
        return prompt(prompts_dir, CRISIS_MAYBE).replace("{hulp}", line)
    helps = [prompt(prompts_dir, CRISIS_PROMPTS[kind]) for kind in CRISIS_PROMPTS if kind in kinds]
    helps = helps or [prompt(prompts_dir, CRISIS_PROMPTS[VIOLENCE])]
    if _maybe_young(crisis, audience):
        helps.append(prompt(prompts_dir, CRISIS_PROMPTS[CHILD]))
    opening = prompt(prompts_dir, CRISIS_OPENING)
    parts = [helps[0], opening, *helps[1:]] if crisis.acute else [opening, *helps]
    return "\n\n".join(parts)
