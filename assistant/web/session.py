"""Who is in the chat: everyone a guest, a coordinator after signing in at /beheer."""

from __future__ import annotations

import asyncio
from typing import Any

import chainlit as cl
from starlette.datastructures import Headers

from assistant.web.auth import verify_password
from assistant.web.state import web

GUEST_USER = "gast"
COORDINATOR = "coordinator"
GUEST = "gast"


def coordinator_credentials() -> tuple[str, str] | None:
    user = (web().settings.coordinator_user or "").strip()
    stored = (web().settings.coordinator_password_hash or "").strip()
    return (user, stored) if user and stored else None


@cl.header_auth_callback
async def guest_callback(headers: Headers) -> cl.User:
    """Everyone enters as a guest, with no account and no login screen; coordinators sign in at /beheer."""
    return cl.User(identifier=GUEST_USER, display_name="Gast", metadata={"role": GUEST})


async def coordinator_login(username: str, password: str) -> cl.User | None:
    creds = coordinator_credentials()
    if (
        creds
        and (username or "").strip() == creds[0]
        and await asyncio.to_thread(verify_password, password or "", creds[1])
    ):
        return cl.User(identifier=creds[0], display_name="Coördinator", metadata={"role": COORDINATOR})
    return None


def is_coordinator(user: Any = None) -> bool:
    user = user if user is not None else cl.user_session.get("user")
    return bool(user and (user.metadata or {}).get("role") == COORDINATOR)


def actor() -> str:
    """Who changes the corpus, for the audit log: the coordinator's user name."""
    user = cl.user_session.get("user")
    return f"chat:{getattr(user, 'identifier', 'onbekend')}"
