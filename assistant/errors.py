"""One exception tree: every error a user may see carries a Dutch message that says what to do.

The command line turns a ``WegwijsError`` into exit code 2 with its message (cli.py); the chat and the API show the
message as it is. Anything else is a bug, logged without the user's text.
"""

from __future__ import annotations


class WegwijsError(Exception):
    """Base of every expected problem; ``str(error)`` is the Dutch message for the user."""


class CorpusError(WegwijsError):
    """A corpus file or upload that cannot be read or accepted."""


class SkippedFile(WegwijsError):
    """A file that cannot be indexed; the message names the reason."""


class IndexError_(WegwijsError):
    """The index cannot be used or built right now (none yet, another ingest running, unreadable)."""


class QuestionError(WegwijsError, ValueError):
    """A question we cannot take as it is (empty, far too long)."""
