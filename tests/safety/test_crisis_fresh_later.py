"""The fresh blinded sets from K on, with the same bars and tests as test_crisis_fresh.py (their history is there):
a file of their own, so the two test workers share the sets."""

from __future__ import annotations

from typing import Any

import pytest

from tests.safety.test_crisis_fresh import (  # noqa: F401  (collected here, with this file's `figures`)
    BARS,
    EARLY,
    measure,
    test_a_correct_line_leads,
    test_all_required_lines_present,
    test_any_crisis_text_is_rare_on_ordinary_messages,
    test_child_directed_text_never_in_the_professional_profile,
    test_full_block_is_rare_on_ordinary_messages,
    test_help_is_found,
)

LATER = [key for key in BARS if key not in EARLY]


@pytest.fixture(scope="module", params=LATER, ids=lambda key: f"{key[0]}-{key[1] or 'heel'}")
def figures(request: pytest.FixtureRequest, helper: Any) -> tuple[dict[str, Any], tuple[float, ...]]:
    return measure(request.param, helper)
