#!/usr/bin/env python3
"""Imports every .docx and .odt in a folder with `bus-docs import` and compares the draft's body with the
text another reader finds in the same file — python-docx for Word (scripts/docx-paragraphs.py), Python's
own XML parser on content.xml for OpenDocument:

- the import exits 0 and writes a draft (no crash, no trap);
- the body holds no XML (`<w:`, `</`, `xmlns`);
- no paragraph lost: every paragraph python-docx reads is in the body, its words in order;
- none doubled: a paragraph of four words or more is in the body no more often than python-docx reads it.

Usage: import-corpus-check.py BUS-DOCS FOLDER. Prints one line per problem and `N passed, M failed`."""
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ElementTree
import zipfile

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

HERE = os.path.dirname(os.path.abspath(__file__))


def words(text):
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.findall(r"[^\W_]+", text)


def odt_paragraphs(path):
    """Every text:p and text:h of content.xml, without annotations (comments), tracked deletions or the
    bodies of notes (which are paragraphs of their own)."""
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("content.xml"))
    skip = {f"{{{OFFICE}}}annotation", f"{{{TEXT}}}tracked-changes", f"{{{TEXT}}}note"}

    def text(element):
        parts = [element.text or ""]
        for child in element:
            if child.tag not in skip:
                if child.tag == f"{{{TEXT}}}s":
                    parts.append(" ")
                elif child.tag in (f"{{{TEXT}}}tab", f"{{{TEXT}}}line-break"):
                    parts.append(" ")
                else:
                    parts.append(text(child))
            parts.append(child.tail or "")
        return "".join(parts)

    def walk(element, inside):
        for child in element:
            if child.tag in (f"{{{OFFICE}}}annotation", f"{{{TEXT}}}tracked-changes"):
                continue
            if child.tag in (f"{{{TEXT}}}p", f"{{{TEXT}}}h"):
                yield " ".join(text(child).split())
            yield from walk(child, inside)

    body = root.find(f"{{{OFFICE}}}body")
    return [p for p in walk(body, False) if p] if body is not None else []


def contains_in_order(haystack, needle):
    """The needle's words in order in the haystack, at most a few other words between each."""
    if not needle:
        return True
    for start, word in enumerate(haystack):
        if word != needle[0]:
            continue
        position, found = start, True
        for want in needle[1:]:
            window = haystack[position + 1:position + 12]
            if want not in window:
                found = False
                break
            position = position + 1 + window.index(want)
        if found:
            return True
    return False


def count(haystack, needle):
    n, size = 0, len(needle)
    for start in range(len(haystack) - size + 1):
        if haystack[start:start + size] == needle:
            n += 1
    return n


def main(binary, folder):
    passed = failed = 0
    with tempfile.TemporaryDirectory() as scratch:
        for name in sorted(os.listdir(folder)):
            if not (name.endswith(".docx") or name.endswith(".odt")):
                continue
            path = os.path.join(folder, name)
            out = os.path.join(scratch, name + ".md")
            run = subprocess.run([binary, "import", path, "-o", out, "--today", "2026-01-01"],
                                 capture_output=True, text=True, env={**os.environ, "LANG": "C"})
            problems = []
            if run.returncode != 0 or not os.path.exists(out):
                problems.append(f"exit {run.returncode}: {run.stderr.strip()[:300]}")
            else:
                body = open(out, encoding="utf-8").read().split("\n---\n", 1)[1]
                if re.search(r"<w:|</|xmlns", body):
                    problems.append("XML in the body")
                ours = words(body)
                if name.endswith(".odt"):
                    theirs = odt_paragraphs(path)
                else:
                    theirs = subprocess.run([sys.executable, os.path.join(HERE, "docx-paragraphs.py"), path],
                                            capture_output=True, text=True, check=True).stdout.splitlines()
                reference = words(" ".join(theirs))
                for paragraph in theirs:
                    expected = words(paragraph)
                    if not contains_in_order(ours, expected):
                        problems.append(f"lost: {paragraph[:80]!r}")
                    elif len(expected) >= 4 and count(ours, expected) > max(1, count(reference, expected)):
                        problems.append(f"doubled: {paragraph[:80]!r}")
            if problems:
                failed += 1
                for problem in problems:
                    print(f"{name}: {problem}")
            else:
                passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
