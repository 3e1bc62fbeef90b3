"""``wgec-parse serve``: a validator page and an HTTP API (the optional ``web`` extra).

:func:`create_app` builds the ASGI application (FastAPI); see docs/web.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wgec_parse.web.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from wgec_parse.web.app import create_app

        return create_app
    raise AttributeError(f"module 'wgec_parse.web' has no attribute {name!r}")
