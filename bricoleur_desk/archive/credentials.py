"""The archive password in the system keyring, never in a plain file.

A facilitator's password for the team archive lives in the system's own keyring (Windows
Credential Manager, the macOS Keychain, GNOME Keyring or KWallet through the Secret Service)
through ``keyring``. Where none exists (a bare Linux session: keyring's fail or null backend,
or only a plain-text one) nothing is stored: :func:`password_for` gives None and the caller asks
each time (``getpass`` on the command line, a password field in the window). One entry per
address without its password and options: ``user@host:port/database``.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

SERVICE = "bricoleur-desk team archive"
# backends that keep nothing (fail, null) or keep it readable on disk (keyrings.alt's plain text)
_REFUSED = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt.file")


def entry(address: str) -> str:
    """The keyring entry for an address: ``user@host:port/database`` (no password, no options)."""
    from sqlalchemy.engine import make_url

    try:
        url = make_url(address)
    except Exception:
        return address.split("?", 1)[0].rsplit("@", 1)[-1]
    return f"{url.username or ''}@{url.host or ''}:{url.port or 5432}/{url.database or ''}"


def has_password(address: str) -> bool:
    """Whether the address carries a password itself (then the keyring is not asked)."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(address).password is not None
    except Exception:
        return False


def _backend() -> Any | None:
    """The system keyring, or None when there is none fit for a password."""
    try:
        import keyring
        from keyring.backends.chainer import ChainerBackend
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration: as if there were none
        return None
    # a chain that holds a plain-text backend is refused whole: the chain falls back to it when
    # the system keyring is locked or refuses, and would then write the password in the clear
    parts = list(backend.backends) if isinstance(backend, ChainerBackend) else [backend]
    if not parts or any(type(b).__module__.startswith(_REFUSED) or "Plaintext" in type(b).__name__ for b in parts):
        return None
    return backend


def keyring_available() -> bool:
    """Whether passwords can be kept in a system keyring here (else they are asked each time)."""
    return _backend() is not None


def password_for(address: str) -> str | None:
    """The password kept for this address, or None (none kept, or no keyring here)."""
    backend = _backend()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, entry(address))
    except Exception as e:  # a locked or unreachable keyring: ask instead
        log.info("keyring: no password read (%s)", type(e).__name__)
        return None


def remember(address: str, password: str) -> bool:
    """Keep the password in the system keyring; False when there is none (nothing is written then)."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, entry(address), password)
    except Exception as e:
        log.info("keyring: password not kept (%s)", type(e).__name__)
        return False
    return True


def forget(address: str) -> None:
    """Remove the kept password (a changed or refused one); nothing when none was kept."""
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, entry(address))
    except Exception:  # keyring.errors.PasswordDeleteError: none was kept
        return
