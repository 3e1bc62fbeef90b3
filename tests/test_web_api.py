"""The HTTP API of ``wgec-parse serve``, through the ASGI test client.

Answers are compared with what the library and the command line give for the same
bytes, and validated against the schemas the server publishes.
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install -e '.[web]'")

import docx
import jsonschema
from fastapi.testclient import TestClient
from fpdf import FPDF

import wgec_parse
from wgec_parse.cli import main
from wgec_parse.web.app import create_app
from wgec_parse.web.worker import Failure, ParsePool, Task

from .conftest import SEED_BODY

Q1 = "What are the high level characteristics of enhanced cooperation?"
Q2 = (
    "Taking into consideration the work of the previous WGEC and the Tunis Agenda, "
    "particularly paragraphs 69-71, what kind of recommendations should we consider?"
)
SECURITY = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


def make_docx() -> bytes:
    """A small Word submission: a memo field, two questions, clauses and bullets."""
    document = docx.Document()
    document.add_paragraph("Submitted by: Republic of Testland")
    document.add_paragraph(f"1) {Q1}")
    document.add_paragraph("1.1 Governments should act together:")
    document.add_paragraph("on equal footing", style="List Bullet")
    document.add_paragraph("with all stakeholders", style="List Bullet")
    document.add_paragraph("1.2 Cooperation should be open.")
    document.add_paragraph(f"2) {Q2}")
    document.add_paragraph("2.1 Map the existing mechanisms.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_pdf() -> bytes:
    """A two-page PDF submission: question 1 on the first page, question 2 on the second."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for text in ("Submitted by: Republic of Testland", f"1) {Q1}", "1.1 Act together."):
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.multi_cell(0, 6, f"2) {Q2}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "2.1 Map the existing mechanisms.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app()) as c:
        yield c


@pytest.fixture(scope="module")
def seed() -> bytes:
    return SEED_BODY.read_bytes()


def published(client: TestClient, name: str) -> dict[str, Any]:
    response = client.get(f"/api/schemas/{name}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/schema+json")
    schema: dict[str, Any] = response.json()
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def check(client: TestClient, name: str, data: Any) -> None:
    jsonschema.Draft202012Validator(published(client, name)).validate(data)


def cli_error(tmp_path: Path, name: str, data: bytes, capsys: pytest.CaptureFixture[str]) -> str:
    """The message ``wgec-parse validate`` prints for a file of these bytes."""
    (tmp_path / name).write_bytes(data)
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(tmp_path)
        capsys.readouterr()
        assert main(["validate", name]) == 2
    err = capsys.readouterr().err.splitlines()[0]
    assert err.startswith("wgec-parse: ")
    return err.removeprefix("wgec-parse: ")


def still_serving(client: TestClient, seed: bytes) -> None:
    assert client.get("/api/health").json()["status"] == "ok"
    response = client.post("/api/outline", files={"file": ("000.txt", seed)})
    assert response.status_code == 200
    assert [q["number"] for q in response.json()["questions"]] == ["1", "2"]


def test_health(client: TestClient) -> None:
    response = client.get("/api/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["questions"] == "wgec2"
    assert body["max_size"] == wgec_parse.limits.MAX_FILE_BYTES


def test_parse_upload_is_the_library_json_and_renders_back(client: TestClient, seed: bytes) -> None:
    response = client.post("/api/parse", files={"file": ("000.txt", seed, "text/plain")})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.text == wgec_parse.to_json(wgec_parse.load(seed, name="000.txt"))
    check(client, "full", response.json())
    back = wgec_parse.from_json(response.content)
    assert wgec_parse.render(back).encode("utf-8") == seed


def test_parse_text_body(client: TestClient, seed: bytes) -> None:
    response = client.post(
        "/api/parse?name=pasted.txt",
        content=seed,
        headers={"content-type": "text/plain; charset=utf-8"},
    )
    assert response.status_code == 200
    assert response.json() == json.loads(wgec_parse.to_json(wgec_parse.load(seed)))


def test_outline_is_the_clean_view(client: TestClient, seed: bytes) -> None:
    response = client.post("/api/outline", files={"file": ("000.txt", seed)})
    assert response.status_code == 200
    body = response.json()
    check(client, "clean", body)
    check(client, "outline", body)
    assert body["schema"] == "wgec-parse/outline"
    # The seed numbers its recommendations 2.1 to 2.5, and 2.5 twice.
    assert [q["number"] for q in body["questions"]] == ["1", "2"]
    assert [c["number"] for c in body["questions"][1]["body"] if c["type"] == "clause"] == [
        "2.1",
        "2.2",
        "2.3",
        "2.4",
        "2.5",
        "2.5",
    ]
    assert body == wgec_parse.to_dict(wgec_parse.load(seed), view="clean")


def test_validate_is_the_cli_json(
    client: TestClient, seed: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    response = client.post("/api/validate", files={"file": ("000.txt", seed)})
    assert response.status_code == 200
    body = response.json()
    check(client, "validate", body)
    found = body["files"][0]["diagnostics"]
    assert body["files"][0]["path"] == "000.txt"
    # The second 2.5 of the seed is on line 126; the pasted Outlook link on line 67.
    assert {(d["code"], d["line"]) for d in found} >= {("duplicate-clause", 126), ("stray-url", 67)}
    (tmp_path / "000.txt").write_bytes(seed)
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(tmp_path)
        capsys.readouterr()
        main(["validate", "--format", "json", "000.txt"])
    assert body == json.loads(capsys.readouterr().out)


def test_validate_sarif(
    client: TestClient, seed: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    response = client.post("/api/validate?format=sarif", files={"file": ("000.txt", seed)})
    assert response.status_code == 200
    log = response.json()
    assert log["version"] == "2.1.0"
    results = log["runs"][0]["results"]
    lines = {
        (r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results
    }
    assert ("duplicate-clause", 126) in lines
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert uris == {"000.txt"}
    (tmp_path / "000.txt").write_bytes(seed)
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(tmp_path)
        capsys.readouterr()
        main(["validate", "--format", "sarif", "000.txt"])
    assert response.text == capsys.readouterr().out


def test_validate_unknown_format(client: TestClient, seed: bytes) -> None:
    response = client.post("/api/validate?format=xml", files={"file": ("000.txt", seed)})
    assert response.status_code == 422
    assert "json or sarif" in response.json()["error"]


def test_report_holds_everything_the_page_shows(client: TestClient, seed: bytes) -> None:
    response = client.post("/api/report", files={"file": ("000.txt", seed)})
    assert response.status_code == 200
    body = response.json()
    check(client, "report", body)
    document = wgec_parse.load(seed)
    assert body["source"] == seed.decode("utf-8")
    downloads = body["downloads"]
    assert downloads["full"] == wgec_parse.to_json(document)
    check(client, "full", json.loads(downloads["full"]))
    assert downloads["clean"] == wgec_parse.to_json(document, view="clean")
    check(client, "clean", json.loads(downloads["clean"]))
    assert downloads["markdown"] == wgec_parse.to_markdown(document)
    assert downloads["text"] == wgec_parse.render_clean(document)
    sarif = client.post("/api/validate?format=sarif", files={"file": ("000.txt", seed)})
    assert downloads["sarif"] == sarif.text
    questions = [e for e in body["tree"] if e["kind"] == "question"]
    assert [(q["number"], q["id"], q["line"]) for q in questions] == [
        ("1", "wgec2-q1", 1),
        ("2", "wgec2-q2", 56),
    ]
    clause_21 = questions[1]["children"][0]
    assert (clause_21["kind"], clause_21["number"]) == ("clause", "2.1")
    # The Outlook link pasted into clause 2.1 is noise on line 67.
    noise = [c for c in clause_21["children"] if c["kind"] == "noise"]
    assert [n["line"] for n in noise] == [67]


def test_docx_upload(client: TestClient) -> None:
    data = make_docx()
    response = client.post("/api/report", files={"file": ("testland.docx", data)})
    assert response.status_code == 200
    body = response.json()
    assert json.loads(body["downloads"]["full"])["source"] == "docx"
    clean = json.loads(body["downloads"]["clean"])
    assert clean["fields"][0]["value"] == "Republic of Testland"
    assert [q["number"] for q in clean["questions"]] == ["1", "2"]
    clauses = [c for c in clean["questions"][0]["body"] if c["type"] == "clause"]
    assert [c["number"] for c in clauses] == ["1.1", "1.2"]
    assert body["source"] == wgec_parse.render(wgec_parse.load(data))


def test_pdf_upload(client: TestClient) -> None:
    data = make_pdf()
    response = client.post("/api/report", files={"file": ("testland.pdf", data)})
    assert response.status_code == 200
    body = response.json()
    assert json.loads(body["downloads"]["full"])["source"] == "pdf"
    assert body["source"] == wgec_parse.render(wgec_parse.load(data))
    # The pages are joined by a line holding a form feed, read as noise.
    assert "\n\f\n" in body["source"]
    questions = [e for e in body["tree"] if e["kind"] == "question"]
    assert [q["id"] for q in questions] == ["wgec2-q1", "wgec2-q2"]


def test_uploads_are_never_written_to_disk(
    client: TestClient, seed: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("an upload was spooled to a temporary file")

    for name in ("SpooledTemporaryFile", "TemporaryFile", "NamedTemporaryFile", "mkstemp"):
        monkeypatch.setattr(tempfile, name, refuse)
    big = seed * 500  # about 2 MB: Starlette's own form parser would spool it to disk
    response = client.post("/api/validate", files={"file": ("big.txt", big)})
    assert response.status_code == 200
    assert response.json()["files"][0]["path"] == "big.txt"


def test_schemas(client: TestClient) -> None:
    names = client.get("/api/schemas").json()["schemas"]
    assert set(names) >= {"full", "clean", "outline", "validate", "report", "error"}
    assert published(client, "full") == wgec_parse.json_schema("full")
    assert published(client, "clean") == wgec_parse.json_schema("clean")
    for name in names:
        published(client, name)
    missing = client.get("/api/schemas/nothing")
    assert missing.status_code == 404
    check(client, "error", missing.json())


@pytest.mark.parametrize(
    ("name", "data", "status"),
    [
        ("binary.bin", bytes(range(256)) * 8, 415),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), 415),
        ("broken.docx", b"PK\x03\x04" + b"\x00damaged" * 40, 422),
        ("broken.pdf", b"%PDF-1.7\n" + b"garbage\n" * 40, 422),
        ("data.json", b'{"schema": "wgec-parse/document"}\n', 415),
    ],
)
def test_unreadable_uploads_get_the_cli_message(
    client: TestClient,
    seed: bytes,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    data: bytes,
    status: int,
) -> None:
    expected = cli_error(tmp_path, name, data, capsys)
    for endpoint in ("/api/parse", "/api/validate", "/api/outline", "/api/report"):
        response = client.post(endpoint, files={"file": (name, data)})
        assert response.status_code == status, response.text
        assert response.json() == {"error": expected}
        check(client, "error", response.json())
    still_serving(client, seed)


def test_corrupt_docx_made_from_a_real_one(
    client: TestClient, seed: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = make_docx()
    cut = data[: len(data) // 2]  # a download that stopped half-way
    response = client.post("/api/parse", files={"file": ("cut.docx", cut)})
    assert response.status_code == 422
    assert response.json() == {"error": cli_error(tmp_path, "cut.docx", cut, capsys)}
    still_serving(client, seed)


def test_oversized_uploads_are_refused_while_read(seed: bytes) -> None:
    limit = 1000
    with TestClient(create_app(max_size=limit)) as small:
        upload = small.post("/api/parse", files={"file": ("000.txt", seed)})
        assert upload.status_code == 413
        message = upload.json()["error"]
        assert message.startswith("000.txt: input too large: ")
        assert message.endswith("limit 1,000")
        body = small.post("/api/validate", content=seed, headers={"content-type": "text/plain"})
        assert body.status_code == 413
        assert (
            body.json()["error"]
            == f"<text>: input too large: {len(seed):,} bytes or more, limit 1,000"
        )

        fits = small.post("/api/parse", content=seed[:900], headers={"content-type": "text/plain"})
        assert fits.status_code == 200
        assert small.get("/api/health").status_code == 200


def test_reading_stops_at_the_limit() -> None:
    """A body without Content-Length is read chunk by chunk, and no further than the
    chunk that passes the limit."""
    app = create_app(max_size=1000)
    received: list[int] = []
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        received.append(len(received))
        return {"type": "http.request", "body": b"x" * 500, "more_body": len(received) < 100}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/api/parse",
        "raw_path": b"/api/parse",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"content-type", b"text/plain"), (b"host", b"testserver")],
        "client": ("127.0.0.1", 1),
        "server": ("testserver", 80),
    }
    asyncio.run(app(scope, receive, send))
    assert len(received) == 3  # 1,500 bytes: the first chunk past the limit
    assert sent[0]["status"] == 413
    body = json.loads(b"".join(m.get("body", b"") for m in sent[1:]))
    assert body == {"error": "<text>: input too large: 1,500 bytes or more, limit 1,000"}


def test_unsupported_requests(client: TestClient, seed: bytes) -> None:
    response = client.post(
        "/api/parse", content=b"{}", headers={"content-type": "application/json"}
    )
    assert response.status_code == 415
    assert "multipart/form-data" in response.json()["error"]
    no_field = client.post("/api/parse", files={"document": ("000.txt", seed)})
    assert no_field.status_code == 422
    assert no_field.json() == {"error": "the multipart upload has no field named file"}
    assert client.get("/api/parse").status_code == 405
    assert client.get("/nothing/here").json() == {"error": "Not Found"}
    still_serving(client, seed)


def test_time_limit_stops_the_parse_and_the_server_goes_on(seed: bytes) -> None:
    big = seed * 400  # about 1.7 MB: far more than 10 ms of parsing
    with TestClient(create_app(time_limit=0.01, workers=1)) as strict:
        response = strict.post("/api/validate", files={"file": ("big.txt", big)})
        assert response.status_code == 422
        assert response.json() == {
            "error": "big.txt: stopped: took longer than the time limit of 0.01 s"
        }
        assert strict.get("/api/health").status_code == 200
    with TestClient(create_app(time_limit=30, workers=1)) as relaxed:
        assert relaxed.post("/api/validate", files={"file": ("big.txt", big)}).status_code == 200


def test_a_worker_killed_between_requests_is_replaced(seed: bytes) -> None:
    pool = ParsePool(workers=1, time_limit=30)
    try:
        task = Task(seed, "000.txt", ("diagnostics",), wgec_parse.WGEC2)
        first = pool.run(task)
        assert not isinstance(first, Failure)
        (pid,) = pool.pids()
        os.kill(pid, signal.SIGKILL)
        time.sleep(0.2)  # the pipe is closed once the process is gone
        second = pool.run(task)
        assert second == first
        assert pool.pids() != [pid]
    finally:
        pool.close()
    assert pool.pids() == []


def test_upload_names_are_never_paths(client: TestClient, seed: bytes) -> None:
    response = client.post("/api/validate", files={"file": ("../../etc/passwd", seed)})
    assert response.status_code == 200
    assert response.json()["files"][0]["path"] == "passwd"
    # The name only names the upload: its bytes are what is read.
    assert response.json()["files"][0]["diagnostics"][0]["code"] == "missing-front-matter"


@pytest.mark.parametrize(
    "path", ["/", "/static/app.js", "/static/app.css", "/api/health", "/nothing"]
)
def test_security_headers(client: TestClient, path: str) -> None:
    response = client.get(path)
    for header, value in SECURITY.items():
        assert response.headers[header] == value
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self';" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy


def test_docs_page(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    assert "swagger-ui" in response.text
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    spec = client.get("/openapi.json").json()
    assert {"/api/parse", "/api/validate", "/api/outline", "/api/health"} <= set(spec["paths"])
    body = spec["paths"]["/api/parse"]["post"]["requestBody"]["content"]
    assert set(body) == {"multipart/form-data", "text/plain"}


@pytest.mark.parametrize(
    ("path", "name", "view"),
    [("/api/parse", "parse", "full"), ("/api/outline", "outline", "clean")],
)
def test_the_json_view_routes_are_documented_each_as_its_own(
    client: TestClient, path: str, name: str, view: str
) -> None:
    operation = client.get("/openapi.json").json()["paths"][path]["post"]
    assert operation["operationId"] == f"{name}_api_{name}_post"
    assert operation["summary"].startswith(f"The {view} (")
    assert "to_json(load(upload)" in operation["description"]
    answer = operation["responses"]["200"]
    assert answer["description"] == f"The {view} JSON view."
    assert answer["content"]["application/json"]["schema"] == {"$ref": f"/api/schemas/{view}"}
    assert {"413", "415", "422"} <= set(operation["responses"])


def test_page_is_self_contained() -> None:
    static = Path(wgec_parse.__file__).parent / "web" / "static"
    page = (static / "index.html").read_text("utf-8")
    assert "<script>" not in page
    assert " style=" not in page
    for name in ("index.html", "app.js", "app.css"):
        text = (static / name).read_text("utf-8")
        assert "://" not in text, name  # no third-party request, no absolute URL


def test_serve_without_the_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "fastapi" else real(name, *a)
    )
    assert main(["serve"]) == 2
    assert capsys.readouterr().err == (
        "wgec-parse: serve needs fastapi: pip install 'wgec-parse[web]'\n"
    )
