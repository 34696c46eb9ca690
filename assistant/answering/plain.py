"""An answer as plain text for the terminal (`assistant ask` without --json)."""

from __future__ import annotations

from typing import Any


def render_answer(data: dict[str, Any]) -> str:
    """The answer, then its numbered sources with title, section and file; a batch line's error as it is."""
    if "error" in data:
        return f"{data.get('id', '')}: {data['error']}"
    lines = [data["answer"], ""]
    if data["sources"]:
        lines.append("Bronnen:")
    for n, src in enumerate(data["sources"], start=1):
        where = f" — {src['heading']}" if src.get("heading") and src["heading"] != src["title"] else ""
        lines.append(f"[{n}] {src['title']}{where} ({src['doc']})")
    return "\n".join(lines)
