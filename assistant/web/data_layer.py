"""The chat's chainlit data layer: thumbs up/down with a comment go to records/feedback.py's SQLite store.

A minimal layer: it keeps the chat's steps (so feedback can be read next to the answer it is about) and the feedback
itself; users get no chat history (no thread list)."""

from __future__ import annotations

import datetime
import uuid
from pathlib import Path
from typing import Any

from chainlit.data.base import BaseDataLayer
from chainlit.types import Feedback, PageInfo, PaginatedResponse, Pagination, ThreadDict, ThreadFilter
from chainlit.user import PersistedUser, User

from assistant.records.feedback import FeedbackDB


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


class FeedbackStore(BaseDataLayer):
    """Feedback and messages in one SQLite file; everything else chainlit could persist is ignored."""

    def __init__(self, path: Path, store_transcripts: bool = False) -> None:
        self.db = FeedbackDB(path, store_transcripts=store_transcripts)
        self.path = path

    def purge(self, retention_days: int) -> int:
        return self.db.purge(retention_days)

    async def upsert_feedback(self, feedback: Feedback) -> str:
        feedback_id = feedback.id or str(uuid.uuid4())
        self.db.add_feedback(feedback_id, feedback.forId, feedback.threadId, int(feedback.value), feedback.comment)
        return feedback_id

    async def delete_feedback(self, feedback_id: str) -> bool:
        self.db.run("delete from feedback where id = ?", (feedback_id,))
        return True

    async def create_step(self, step_dict: Any) -> None:
        self.db.add_step(step_dict)

    async def update_step(self, step_dict: Any) -> None:
        await self.create_step(step_dict)

    # -- users: accepted, not stored ---------------------------------------------------------------------------------
    async def get_user(self, identifier: str) -> PersistedUser | None:
        return None

    async def create_user(self, user: User) -> PersistedUser | None:
        return PersistedUser(
            id=user.identifier,
            identifier=user.identifier,
            display_name=user.display_name,
            metadata=user.metadata,
            createdAt=_now(),
        )

    # -- no chat history -----------------------------------------------------------------------------------------
    async def create_element(self, element: Any) -> None:
        return None

    async def get_element(self, thread_id: str, element_id: str) -> Any:
        return None

    async def delete_element(self, element_id: str, thread_id: str | None = None) -> None:
        return None

    async def delete_step(self, step_id: str) -> None:
        return None

    async def get_thread_author(self, thread_id: str) -> str:
        return ""

    async def delete_thread(self, thread_id: str) -> None:
        return None

    async def list_threads(self, pagination: Pagination, filters: ThreadFilter) -> PaginatedResponse[ThreadDict]:
        return PaginatedResponse(pageInfo=PageInfo(hasNextPage=False, startCursor=None, endCursor=None), data=[])

    async def get_thread(self, thread_id: str) -> ThreadDict | None:
        return None

    async def update_thread(
        self,
        thread_id: str,
        name: str | None = None,
        user_id: str | None = None,
        metadata: dict[str, Any] | None = None,
        tags: list[str] | None = None,
    ) -> None:
        return None

    async def build_debug_url(self) -> str:
        return ""

    async def close(self) -> None:
        return None

    async def get_favorite_steps(self, user_id: str) -> list[Any]:
        return []
