"""The command line's edge: settings, Dutch errors and progress, shared by every ``assistant`` command.

A WegwijsError becomes "Fout: …" on stderr and exit code 2; nothing here loads a model or chainlit."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, NoReturn

import click

from assistant.config import Settings, get_settings
from assistant.errors import WegwijsError


def settings_from(**overrides: Any) -> Settings:
    return get_settings(**overrides)


class DutchError(click.ClickException):
    """A WegwijsError at the edge: its Dutch message on stderr and exit code 2 (click's own mechanism)."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"Fout: {self.format_message()}", err=True)


def fail(message: str) -> NoReturn:
    raise DutchError(message)


class WegwijsGroup(click.Group):
    """Every command's expected problems (errors.WegwijsError) become a Dutch message, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except WegwijsError as exc:
            raise DutchError(str(exc)) from exc


def open_answerer(settings: Settings) -> Any:
    """Load index and model once; a missing index is a message, not a traceback."""
    from assistant.answering.pipeline import Answerer
    from assistant.errors import IndexError_
    from assistant.search.retrieve import LoadedIndex

    try:
        return Answerer(LoadedIndex(settings))
    except IndexError_ as exc:
        fail(str(exc))


def progress_printer() -> Callable[[Any], None]:
    """Messages on their own line; ingest progress as a bar that redraws itself on a terminal, and as a line every
    10 seconds in a log (CI, a pipe)."""
    import time

    from assistant.index.progress import Progress

    terminal = sys.stderr.isatty()
    last = [0.0]

    def show(item: Any) -> None:
        if not isinstance(item, Progress):
            click.echo(item, err=True)
            return
        finished = item.done >= item.total
        if terminal:
            click.echo("\r" + item.bar(), err=True, nl=finished)
        elif finished or item.done == 0 or time.perf_counter() - last[0] >= 10:
            last[0] = time.perf_counter()
            click.echo(item.line(), err=True)

    return show
