"""Coordinator login for the web chat: salted PBKDF2 password hashes, no plain passwords anywhere.

Hash format (one line, safe in an environment variable)::

    pbkdf2_sha256$<iterations>$<salt, base64>$<hash, base64>

Make one with ``python -m assistant.web.auth`` (asks for the password twice) and put it in
``ASSISTANT_COORDINATOR_PASSWORD_HASH``; the user name goes in ``ASSISTANT_COORDINATOR_USER``.
"""

from __future__ import annotations

import base64
import getpass
import hashlib
import hmac
import os
import sys

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000


def hash_password(password: str, *, iterations: int = ITERATIONS, salt: bytes | None = None) -> str:
    """A new salted hash of ``password`` in the format above."""
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return "$".join(
        [ALGORITHM, str(iterations), base64.b64encode(salt).decode("ascii"), base64.b64encode(digest).decode("ascii")]
    )


def verify_password(password: str, stored: str) -> bool:
    """True when ``password`` matches ``stored``; a malformed hash never matches."""
    try:
        algorithm, iterations, salt_b64, hash_b64 = stored.strip().split("$")
        if algorithm != ALGORITHM:
            return False
        salt = base64.b64decode(salt_b64, validate=True)
        expected = base64.b64decode(hash_b64, validate=True)
        rounds = int(iterations)
    except ValueError:
        return False
    if rounds < 1 or not salt or not expected:
        return False
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, rounds)
    return hmac.compare_digest(digest, expected)


def main() -> None:
    first = getpass.getpass("Wachtwoord voor de coördinator: ")
    second = getpass.getpass("Nog een keer: ")
    if not first or first != second:
        print("De wachtwoorden zijn leeg of niet gelijk; probeer het opnieuw.", file=sys.stderr)
        sys.exit(2)
    print(hash_password(first))


if __name__ == "__main__":
    main()
