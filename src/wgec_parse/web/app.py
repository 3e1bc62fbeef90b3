"""The web application of ``wgec-parse serve``: the validator page and the HTTP API.

Uploads are read into memory, never written to disk: the body is read as it arrives
and refused (413) as soon as it passes the size limit.  Each parse runs in a worker
process with a time limit (:mod:`wgec_parse.web.worker`).  No path from a request is
ever opened: an upload's file name only names it in messages.  Errors are JSON,
``{"error": message}``, with the message the command line prints.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from importlib import metadata
from pathlib import Path
from typing import Any, Final, Literal

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from wgec_parse.errors import InputTooLarge
from wgec_parse.limits import MAX_FILE_BYTES
from wgec_parse.questions import WGEC2, QuestionSet, question_set
from wgec_parse.web.schemas import SCHEMAS, schema
from wgec_parse.web.worker import (
    Failure,
    ParsePool,
    Product,
    Task,
    TimeLimitExceeded,
    WorkerDied,
)

__all__ = ["DEFAULT_TIME_LIMIT", "create_app"]

#: Default time one request's parse may take, in seconds.
DEFAULT_TIME_LIMIT: Final = 60.0
#: Room for the multipart envelope (boundaries, part headers) beyond the file itself.
_ENVELOPE: Final = 64 * 1024
_STATIC: Final = Path(__file__).with_name("static")
_NAME_MAX: Final = 200
_UNSAFE_NAME: Final = re.compile(r"[\x00-\x1f\x7f]")

#: The page's policy: nothing but the server itself, no inline script or style.
PAGE_CSP: Final = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
_SECURITY_HEADERS: Final = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
)
_SWAGGER_CDN: Final = "https://cdn.jsdelivr.net"

_FILE_BODY: Final[dict[str, Any]] = {
    "requestBody": {
        "required": True,
        "description": "A .txt, .docx or .pdf file as the multipart field `file`, or the "
        "text itself as a text/plain body (name it with `?name=`).",
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {"file": {"type": "string", "format": "binary"}},
                    "required": ["file"],
                }
            },
            "text/plain": {"schema": {"type": "string"}},
        },
    }
}


def _json_response(schema_name: str, description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"/api/schemas/{schema_name}"}}},
    }


_ERRORS: Final[dict[int | str, dict[str, Any]]] = {
    code: _json_response("error", text)
    for code, text in (
        (413, "The upload is larger than the server's limit."),
        (415, "Not a kind of file this reads (binary data, a legacy .doc, JSON)."),
        (422, "A damaged .docx or PDF, or a parse past the time limit."),
    )
}


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _name(raw: str | None, default: str) -> str:
    """What messages call an upload: the last part of its name, without control
    characters; never opened."""
    if not raw:
        return default
    name = _UNSAFE_NAME.sub("?", raw.replace("\\", "/").rsplit("/", 1)[-1])[:_NAME_MAX]
    return name or default


async def _read_body(request: Request, limit: int, name: str) -> bytes:
    """The request body, read as it arrives; refused once it holds more than ``limit``."""

    def too_large(size: int) -> _Refused:
        return _Refused(413, str(InputTooLarge(size, limit, f"{name}: input", "bytes or more")))

    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large(int(declared))
    chunks: list[bytes] = []
    total = 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > limit:
            raise too_large(total)
        chunks.append(chunk)
    return b"".join(chunks)


def _multipart(body: bytes, content_type: str) -> tuple[bytes, str | None]:
    """The ``file`` field of a multipart/form-data body, and its file name."""
    from python_multipart.multipart import MultipartParser, parse_options_header

    _, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if not boundary:
        raise _Refused(400, "a multipart upload without a boundary")
    parts: list[tuple[dict[bytes, bytes], list[bytes]]] = []
    field = bytearray()
    value = bytearray()

    def header_end() -> None:
        parts[-1][0][bytes(field).lower()] = bytes(value)
        field.clear()
        value.clear()

    callbacks: Any = {
        "on_part_begin": lambda: parts.append(({}, [])),
        "on_header_field": lambda d, s, e: field.extend(d[s:e]),
        "on_header_value": lambda d, s, e: value.extend(d[s:e]),
        "on_header_end": header_end,
        "on_part_data": lambda d, s, e: parts[-1][1].append(bytes(d[s:e])),
    }
    try:
        parser = MultipartParser(boundary, callbacks)
        parser.write(body)
        parser.finalize()
    except Exception as err:  # python-multipart's MultipartParseError and the like
        raise _Refused(400, f"a damaged multipart upload ({err})") from None
    for headers, data in parts:
        _, disposition = parse_options_header(headers.get(b"content-disposition", b""))
        if disposition.get(b"name") == b"file":
            filename = disposition.get(b"filename")
            return b"".join(data), filename.decode("utf-8", "replace") if filename else None
    raise _Refused(422, "the multipart upload has no field named file")


async def _upload(request: Request, max_size: int) -> tuple[bytes, str]:
    """The uploaded bytes and the name messages give them."""
    content_type = request.headers.get("content-type", "")
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind == "multipart/form-data":
        body = await _read_body(request, max_size + _ENVELOPE, "upload")
        data, filename = _multipart(body, content_type)
        name = _name(filename, "upload")
        if len(data) > max_size:
            message = str(InputTooLarge(len(data), max_size, f"{name}: input", "bytes or more"))
            raise _Refused(413, message)
        return data, name
    if kind in ("text/plain", "application/octet-stream", ""):
        name = _name(request.query_params.get("name"), "<text>")
        return await _read_body(request, max_size, name), name
    raise _Refused(
        415, "expected a multipart/form-data upload with a field named file, or a text/plain body"
    )


class _SecurityHeaders:
    """Adds the security headers to every response, and the page's policy to every
    response that does not set its own."""

    def __init__(self, app: Callable[..., Awaitable[None]]) -> None:
        self.app = app

    async def __call__(
        self,
        scope: MutableMapping[str, Any],
        receive: Callable[[], Awaitable[Any]],
        send: Callable[[MutableMapping[str, Any]], Awaitable[None]],
    ) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in _SECURITY_HEADERS if k not in present]
                if b"content-security-policy" not in present:
                    headers.append((b"content-security-policy", PAGE_CSP.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _version() -> str:
    try:
        return metadata.version("wgec-parse")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare tree
        return "0"


def _docs_page(openapi_url: str) -> HTMLResponse:
    """FastAPI's Swagger UI, which loads its script and style from a CDN, with a policy
    that allows that CDN and the page's one inline script (by its hash) and nothing else."""
    page = get_swagger_ui_html(openapi_url=openapi_url, title="wgec-parse API")
    html = bytes(page.body).decode()
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
        for s in re.findall(r"<script>(.*?)</script>", html, flags=re.S)
    )
    policy = (
        f"default-src 'self'; script-src 'self' {_SWAGGER_CDN} {hashes}; "
        f"style-src 'self' {_SWAGGER_CDN}; img-src 'self' data: https://fastapi.tiangolo.com; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    )
    return HTMLResponse(html, headers={"Content-Security-Policy": policy})


class _Service:
    """What the routes share: the settings and the pool of workers."""

    def __init__(
        self,
        questions: QuestionSet | None,
        max_size: int,
        time_limit: float | None,
        workers: int | None,
    ) -> None:
        self.questions = questions
        self.max_size = max_size
        self.time_limit = time_limit
        self.pool = ParsePool(workers, time_limit)

    async def run(
        self, request: Request, products: tuple[Product, ...]
    ) -> dict[str, Any] | Response:
        """The products of the request's upload, or the error response."""
        name = "upload"
        try:
            data, name = await _upload(request, self.max_size)
            task = Task(data, name, products, self.questions)
            result = await run_in_threadpool(self.pool.run, task)
        except _Refused as err:
            return _error(err.status, err.message)
        except TimeLimitExceeded:
            limit = self.time_limit or 0.0
            return _error(422, f"{name}: stopped: took longer than the time limit of {limit:g} s")
        except WorkerDied:
            return _error(500, f"{name}: the worker reading this file stopped unexpectedly")
        if isinstance(result, Failure):
            return _error(result.status, result.message)
        result["name"] = name
        return result


def _service(request: Request) -> _Service:
    service: _Service = request.app.state.service
    return service


_router = APIRouter()

_Endpoint = Callable[..., Awaitable[Response]]


def _upload_route(
    path: str, summary: str, schema_name: str, description: str
) -> Callable[[_Endpoint], _Endpoint]:
    """Declare a POST route that reads one submission (``_FILE_BODY``) and answers the
    JSON of ``schema_name`` (``description``), or one of the upload's errors."""
    return _router.post(
        path,
        summary=summary,
        openapi_extra=_FILE_BODY,
        responses={200: _json_response(schema_name, description), **_ERRORS},
    )


def _view_route(view: Literal["full", "clean"], path: str, summary: str, doc: str) -> _Endpoint:
    """Declare the POST route ``path`` that answers the JSON view ``view`` of the upload,
    as ``to_json`` writes it; the endpoint is named after the path's last part and
    described by ``doc``."""

    async def endpoint(request: Request) -> Response:
        result = await _service(request).run(request, (view,))
        if isinstance(result, Response):
            return result
        return Response(result[view], media_type="application/json")

    endpoint.__name__ = endpoint.__qualname__ = path.rsplit("/", 1)[-1]
    endpoint.__doc__ = doc
    return _upload_route(path, summary, view, f"The {view} JSON view.")(endpoint)


@_router.get("/", include_in_schema=False)
async def page() -> FileResponse:
    """The validator page."""
    return FileResponse(_STATIC / "index.html", media_type="text/html; charset=utf-8")


@_router.get("/docs", include_in_schema=False)
async def docs(request: Request) -> HTMLResponse:
    """The OpenAPI documentation (Swagger UI)."""
    return _docs_page(request.app.openapi_url or "/openapi.json")


@_router.get("/api/health", summary="Whether the server is up, and its settings")
async def health(request: Request) -> dict[str, Any]:
    """Status, version and limits."""
    service = _service(request)
    return {
        "status": "ok",
        "version": _version(),
        "questions": service.questions.name if service.questions is not None else None,
        "max_size": service.max_size,
        "time_limit": service.time_limit,
    }


@_router.get("/api/schemas", summary="The names of the published JSON Schemas")
async def schema_names() -> dict[str, list[str]]:
    """The names :func:`get_schema` knows."""
    return {"schemas": sorted(SCHEMAS)}


@_router.get(
    "/api/schemas/{name}",
    summary="A JSON Schema: full, clean (or outline), validate, report or error",
    responses={404: _json_response("error", "No schema of that name.")},
)
async def get_schema(name: str) -> Response:
    """One published schema."""
    found = schema(name)
    if found is None:
        return _error(404, f"no schema named {name!r} (known: {', '.join(sorted(SCHEMAS))})")
    return Response(json.dumps(found, indent=2), media_type="application/schema+json")


parse = _view_route(
    "full",
    "/api/parse",
    "The full (lossless) JSON of a submission, as `wgec-parse parse` writes it",
    "``to_json(load(upload))``.",
)
outline = _view_route(
    "clean",
    "/api/outline",
    "The clean (outline) JSON of a submission, as `wgec-parse parse --view clean` writes it",
    """``to_json(load(upload), view="clean")``.""",
)


@_upload_route(
    "/api/validate",
    "The findings on a submission, as `wgec-parse validate --format json` "
    "(or `?format=sarif`) writes them",
    "validate",
    "The findings.",
)
async def validate(request: Request, format: str = "json") -> Response:
    """``validate(load(upload))`` as the command line's JSON or SARIF."""
    if format not in ("json", "sarif"):
        return _error(422, f"format must be json or sarif, not {format!r}")
    product: Product = "sarif" if format == "sarif" else "diagnostics"
    result = await _service(request).run(request, (product,))
    if isinstance(result, Response):
        return result
    if format == "sarif":
        return Response(result["sarif"], media_type="application/sarif+json")
    files = [{"path": result["name"], "diagnostics": result["diagnostics"]}]
    return JSONResponse({"files": files})


@_upload_route(
    "/api/report",
    "Everything the page shows of a submission, in one answer",
    "report",
    "The page's report.",
)
async def report(request: Request) -> Response:
    """Source, tree, findings, and every download of the page."""
    products: tuple[Product, ...] = (
        "source",
        "tree",
        "diagnostics",
        "full",
        "clean",
        "sarif",
        "markdown",
        "text",
    )
    result = await _service(request).run(request, products)
    if isinstance(result, Response):
        return result
    downloads = {k: result.pop(k) for k in ("full", "clean", "sarif", "markdown", "text")}
    return JSONResponse({**result, "downloads": downloads})


async def _http_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    return _error(exc.status_code, str(exc.detail))


async def _request_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(p) for p in first.get("loc", ()))
    return _error(422, f"{where}: {first.get('msg', 'invalid request')}")


def create_app(
    *,
    questions: str | QuestionSet | None = "wgec2",
    max_size: int = MAX_FILE_BYTES,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
    workers: int | None = None,
) -> FastAPI:
    """The application: the page at ``/``, the API under ``/api``, OpenAPI at ``/docs``.

    ``questions`` is the question set findings are checked against (a built-in name, a
    TOML or JSON file read now, a :class:`QuestionSet`, or None); ``max_size`` the
    largest upload in bytes (default: the command line's limit); ``time_limit`` the
    seconds one parse may take (None: no limit); ``workers`` how many parses run at
    once (default: the number of processors, at most 4).
    """
    if max_size < 1:
        raise ValueError(f"max_size must be at least 1 byte, not {max_size!r}")
    if time_limit is not None and not time_limit > 0:
        raise ValueError(f"time_limit must be more than 0 seconds (or None), not {time_limit!r}")
    if isinstance(questions, str):
        questions = WGEC2 if questions == "wgec2" else question_set(questions)
    service = _Service(questions, max_size, time_limit, workers)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            service.pool.close()

    app = FastAPI(
        title="wgec-parse",
        version=_version(),
        description="Parse and check the text of WGEC consultation submissions "
        "(.txt, .docx, .pdf). Errors are JSON objects with one key, error.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.service = service
    app.add_middleware(_SecurityHeaders)
    app.mount("/static", StaticFiles(directory=_STATIC), name="static")
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _request_error)
    app.include_router(_router)
    return app
