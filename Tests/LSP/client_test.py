#!/usr/bin/env python3
"""`bus-docs lsp` driven by a real LSP client: pygls' LanguageClient (PyPI `pygls`, types from `lsprotocol`).

1. Every agreement file given is opened; the findings the server publishes are compared with
   `bus-docs check --format json` on the same file: rule, line, column (converted from the client's
   position encoding back to Unicode scalars, as check counts) and severity. Once with a client that
   counts UTF-16 code units (the LSP default), once with one that offers UTF-8.
2. On broken.md (åäö and emoji before the findings): the quick fixes are asked for, applied as an editor
   would, and sent back with didChange; the findings must then be those `check` makes of the mended text.
3. Hover, completion and go to definition answer at known places; initialize's `locale` chooses Swedish.

Usage: client_test.py BUS_DOCS_BINARY BROKEN_FILE FILE...
Exit status 0 when every comparison holds; otherwise each difference is printed and the status is 1.
"""
import asyncio
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile

from lsprotocol import types
from pygls.lsp.client import LanguageClient

BINARY = os.path.abspath(sys.argv[1])
BROKEN = pathlib.Path(sys.argv[2])
FILES = [pathlib.Path(p) for p in sys.argv[3:]]
TIMEOUT = 30
failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def lines_of(text):
    return re.split(r"\r\n|\r|\n", text)


def width(char, encoding):
    if encoding == types.PositionEncodingKind.Utf8:
        return len(char.encode("utf-8"))
    if encoding == types.PositionEncodingKind.Utf16:
        return len(char.encode("utf-16-le")) // 2
    return 1


def scalar_column(text, position, encoding):
    """1-based column in Unicode scalars of an LSP position, as bus-docs counts (a byte-order mark is not counted)."""
    line = lines_of(text)[position.line] if position.line < len(lines_of(text)) else ""
    used, column = 0, 1
    for index, char in enumerate(line):
        if used >= position.character:
            break
        used += width(char, encoding)
        if not (position.line == 0 and index == 0 and char == "\ufeff"):
            column += 1
    return column


def units(text, line, column, encoding):
    """An LSP position of a 1-based line and scalar column."""
    content = lines_of(text)[line - 1]
    bom = 1 if line == 1 and content.startswith("\ufeff") else 0
    return types.Position(line=line - 1, character=sum(width(c, encoding) for c in content[: column - 1 + bom]))


def check(path, environment=None):
    result = subprocess.run([BINARY, "check", "--format", "json", str(path)], capture_output=True,
                            env=environment or {"LANG": "C", "PATH": os.environ.get("PATH", "")})
    report = json.loads(result.stdout)
    return sorted((d["rule"], d["line"], d["column"], d["severity"]) for d in report["diagnostics"]), report


class Session:
    """One `bus-docs lsp` process and the client talking to it."""

    def __init__(self, encodings, locale=None, related_information=None):
        self.encodings = encodings
        self.locale = locale
        self.related_information = related_information
        self.client = LanguageClient("bus-docs-test", "1")
        self.published = {}
        self.arrived = asyncio.Condition()

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        async def diagnostics(params):
            async with self.arrived:
                self.published.setdefault(params.uri, []).append(params.diagnostics)
                self.arrived.notify_all()

    async def __aenter__(self):
        await self.client.start_io(BINARY, "lsp", env={"LANG": "C", "PATH": os.environ.get("PATH", "")})
        result = await asyncio.wait_for(self.client.initialize_async(types.InitializeParams(
            capabilities=types.ClientCapabilities(
                general=types.GeneralClientCapabilities(position_encodings=self.encodings),
                text_document=types.TextDocumentClientCapabilities(publish_diagnostics=types.PublishDiagnosticsClientCapabilities(
                    related_information=self.related_information))),
            locale=self.locale, process_id=os.getpid(), root_uri=None)), TIMEOUT)
        self.encoding = result.capabilities.position_encoding
        self.client.initialized(types.InitializedParams())
        return self

    async def __aexit__(self, *exc):
        await asyncio.wait_for(self.client.shutdown_async(None), TIMEOUT)
        self.client.exit(None)
        await asyncio.wait_for(self.client.stop(), TIMEOUT)
        if self.client._server.returncode != 0:
            fail(f"bus-docs lsp exited with status {self.client._server.returncode} after shutdown and exit")

    async def after(self, uri, send):
        """The findings published for a document in answer to what `send` sends."""
        count = len(self.published.get(uri, [])) + 1
        send()
        async with self.arrived:
            await asyncio.wait_for(self.arrived.wait_for(lambda: len(self.published.get(uri, [])) >= count), TIMEOUT)
        return self.published[uri][count - 1]

    async def open(self, uri, text):
        return await self.after(uri, lambda: self.client.text_document_did_open(types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text))))

    async def change(self, uri, text, version):
        return await self.after(uri, lambda: self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)])))


def as_check(text, diagnostics, encoding):
    return sorted((d.code, d.range.start.line + 1, scalar_column(text, d.range.start, encoding),
                   "error" if d.severity == types.DiagnosticSeverity.Error else "warning") for d in diagnostics)


async def same_as_check(session, path):
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return  # an editor cannot hold it as text; `check` reports BUS000 for it
    uri = path.resolve().as_uri()
    diagnostics = await session.open(uri, text)
    expected, _ = check(path)
    got = as_check(text, diagnostics, session.encoding)
    if got != expected:
        fail(f"{path} ({session.encoding}): lsp {got} != check {expected}")
    for d in diagnostics:
        if d.code_description is None or not d.code_description.href.startswith("http"):
            fail(f"{path}: {d.code} has no documentation link")
    return len(diagnostics)


def apply(text, edit, encoding):
    lines = lines_of(text)
    def offset(position):
        start = sum(len(l) + 1 for l in lines[: position.line])
        line, used, index = lines[position.line], 0, 0
        while index < len(line) and used < position.character:
            used += width(line[index], encoding)
            index += 1
        return start + index
    return text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end):]


async def quick_fixes(session):
    text = BROKEN.read_text(encoding="utf-8")
    uri = "file:///tmp/quick-fixes/agreement.md"
    diagnostics = await session.open(uri, text)
    # The misspelt `samtyke:` is BUS008's finding (the consent it stands for is missing), with BUS020's fix.
    fixable = [d for d in diagnostics if d.code in ("BUS008", "BUS014", "BUS019", "BUS020")]
    version = 1
    wanted = {"samtycke", "region", "hab-nacka"}
    applied = set()
    for d in fixable:
        actions = await asyncio.wait_for(session.client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=d.range,
            context=types.CodeActionContext(diagnostics=[d]))), TIMEOUT)
        edits = [e for a in actions or [] if a.kind == types.CodeActionKind.QuickFix for e in a.edit.changes[uri]]
        if len(edits) != 1:
            fail(f"{d.code} at {d.range.start}: {len(edits)} quick fixes, expected 1")
            continue
        replaced = lines_of(text)[edits[0].range.start.line]
        before = apply(text, edits[0], session.encoding)
        applied.add(edits[0].new_text)
        # The edit's range must cover exactly the misspelt word, in the client's encoding.
        if before == text or edits[0].new_text not in lines_of(before)[edits[0].range.start.line]:
            fail(f"quick fix {edits[0].new_text} did not land on its line: {replaced!r}")
        text = before
        version += 1
        diagnostics = await session.change(uri, text, version)
    if applied != wanted:
        fail(f"quick fixes {sorted(applied)} != {sorted(wanted)}")
    with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False, encoding="utf-8") as mended:
        mended.write(text)
    expected, _ = check(mended.name)
    os.unlink(mended.name)
    got = as_check(text, diagnostics, session.encoding)
    if got != expected:
        fail(f"after the quick fixes: lsp {got} != check {expected}")
    print(f"quick fixes applied: {sorted(applied)}; findings left: {len(got)}")


def position_of(text, needle, occurrence=0, offset=0, encoding=types.PositionEncodingKind.Utf16):
    """The position of the `occurrence`th `needle` (plus `offset` scalars) in the text."""
    for number, line in enumerate(lines_of(text), start=1):
        start = 0
        while (found := line.find(needle, start)) >= 0:
            if occurrence == 0:
                return units(text, number, found + 1 + offset, encoding)
            occurrence -= 1
            start = found + 1
    raise AssertionError(f"{needle} not in the text")


async def editing(session):
    text = BROKEN.read_text(encoding="utf-8")
    uri = "file:///tmp/editing/agreement.md"
    await session.open(uri, text)
    enc = session.encoding
    client = session.client
    doc = types.TextDocumentIdentifier(uri=uri)

    hover = await client.text_document_hover_async(types.HoverParams(text_document=doc, position=position_of(text, "huvudman:", encoding=enc)))
    if hover is None or "principal" not in hover.contents.value or "BUS002" not in hover.contents.value:
        fail(f"hover on huvudman: {hover}")
    hover = await client.text_document_hover_async(types.HoverParams(text_document=doc, position=position_of(text, "part: soc-nacka", offset=8, encoding=enc)))
    if hover is None or "socialtjänsten" not in hover.contents.value:
        fail(f"hover on a party reference: {hover}")
    hover = await client.text_document_hover_async(types.HoverParams(text_document=doc, position=position_of(text, "bumm]", encoding=enc)))
    if hover is None or "BUMM" not in hover.contents.value:
        fail(f"hover on a service: {hover}")

    # Go to definition: from the member `part: utb-nacka` to the party's `id: utb-nacka`.
    target = await client.text_document_definition_async(types.DefinitionParams(text_document=doc, position=position_of(text, "part: utb-nacka", offset=8, encoding=enc)))
    expected = position_of(text, "id: utb-nacka", offset=4, encoding=enc)
    location = target[0] if isinstance(target, list) else target
    if location is None or location.range.start != expected:
        fail(f"definition of utb-nacka: {location} (expected {expected})")

    # Completion of a value: the principal after `huvudman: `, and a party id after `part: `.
    completion = await client.text_document_completion_async(types.CompletionParams(text_document=doc, position=position_of(text, "huvudman: kommun", offset=10, encoding=enc)))
    labels = [item.label for item in (completion.items if completion else [])]
    if not {"kommun", "region", "kommunalförbund"} <= set(labels):
        fail(f"completion of huvudman: {labels}")
    completion = await client.text_document_completion_async(types.CompletionParams(text_document=doc, position=position_of(text, "part: soc-nacka", offset=6, encoding=enc)))
    labels = [item.label for item in (completion.items if completion else [])]
    if "bup-nacka" not in labels or "utb-nacka" not in labels:
        fail(f"completion of a party reference: {labels}")
    # Completion of a key at the top level: `samt` offers `samtycke`.
    typed = text.replace("\nsamtyke: skriftligt", "\nsamt\nsamtyke: skriftligt", 1)
    await session.change(uri, typed, 2)
    line = lines_of(typed).index("samt") + 1
    completion = await client.text_document_completion_async(types.CompletionParams(text_document=doc, position=units(typed, line, 5, enc)))
    labels = [item.label for item in (completion.items if completion else [])]
    if labels != ["samtycke"]:
        fail(f"completion of a top-level key after `samt`: {labels}")
    print(f"hover, definition and completion answered ({enc})")


async def swedish():
    async with Session([types.PositionEncodingKind.Utf16], locale="sv") as session:
        diagnostics = await session.open(BROKEN.resolve().as_uri(), BROKEN.read_text(encoding="utf-8"))
        _, report = check(BROKEN, {"LANG": "sv_SE.UTF-8", "PATH": os.environ.get("PATH", "")})
        expected = sorted(d["message"] for d in report["diagnostics"])
        got = sorted(d.message.split("\n")[0] for d in diagnostics)
        if got != expected:
            fail(f"Swedish messages: {got} != {expected}")


async def notes():
    """A finding's note (the first use of a duplicated id) is relatedInformation at its own place when the
    client takes it, else the end of the message; as `check --format json` has it either way."""
    path = pathlib.Path(__file__).resolve().parents[2] / "Tests/CLITests/Hostile/fuzz-duplicate-group.md"
    _, report = check(path)
    noted = [d for d in report["diagnostics"] if d.get("notes")]
    if len(noted) != 1:
        fail(f"check: {len(noted)} findings with notes in {path.name}, expected 1")
        return
    note = noted[0]["notes"][0]
    for related in (True, None):
        async with Session([types.PositionEncodingKind.Utf16], related_information=related) as session:
            uri = path.resolve().as_uri()
            diagnostics = await session.open(uri, path.read_text(encoding="utf-8"))
            found = [d for d in diagnostics if d.range.start.line + 1 == noted[0]["line"] and d.code == noted[0]["rule"]]
            if len(found) != 1:
                fail(f"notes: no {noted[0]['rule']} at line {noted[0]['line']}: {diagnostics}")
                continue
            if related:
                info = found[0].related_information or []
                if [(i.location.uri, i.location.range.start.line + 1, i.location.range.start.character + 1, i.message) for i in info] \
                        != [(uri, note["line"], note["column"], note["message"])]:
                    fail(f"relatedInformation {info} != the note {note}")
            elif found[0].related_information or not found[0].message.endswith(f"\n{note['line']}:{note['column']}: {note['message']}"):
                fail(f"without relatedInformation the note must end the message: {found[0].message!r}")
    print(f"the note at {note['line']}:{note['column']} as relatedInformation and in the message")


async def main():
    for encodings in ([types.PositionEncodingKind.Utf16], [types.PositionEncodingKind.Utf8, types.PositionEncodingKind.Utf16]):
        async with Session(encodings) as session:
            wanted = types.PositionEncodingKind.Utf8 if types.PositionEncodingKind.Utf8 in encodings else types.PositionEncodingKind.Utf16
            if session.encoding != wanted:
                fail(f"server chose {session.encoding} when offered {encodings}")
            findings = 0
            for path in FILES:
                findings += await same_as_check(session, path) or 0
            print(f"{len(FILES)} files, {findings} findings: the same as check ({session.encoding})")
            await quick_fixes(session)
            await editing(session)
    await swedish()
    await notes()


asyncio.run(main())
if failures:
    print(f"{len(failures)} failure(s)")
    sys.exit(1)
print("ok")
