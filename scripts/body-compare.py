#!/usr/bin/env python3
"""Compares the body of two agreements (Markdown after the front matter) block by block: headings with
their level, paragraphs, list items with their kind and depth, each block's text with its line breaks,
Markdown escapes and emphasis marks taken out (what a reader sees). Prints each differing block and exits
1 when the bodies differ. `--printed`: DRAFT was read from a PDF, which carries neither a heading's
`{#id}` nor headings below `##` (set in the text's size): those are left out of the comparison.
Usage: body-compare.py [--printed] SOURCE.md DRAFT.md"""
import re
import sys


def body(path):
    text = open(path, encoding="utf-8").read()
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        text = text[text.find("\n", end + 1) + 1:] if end >= 0 else text
    return text


def plain(text):
    text = re.sub(r"\\(.)", lambda m: "\x00" + m.group(1), text)         # escaped characters kept as written
    text = re.sub(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1", r"\2", text)   # emphasis marks
    text = re.sub(r"\[([^\]]*)\]\(([^)]*)\)", r"\1", text)               # a link's text
    return re.sub(r"\s+", " ", text.replace("\x00", "")).strip()


def blocks(text, printed=False):
    out, current, fence = [], None, False
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("```"):
            fence = not fence
            current = None
            continue
        if not stripped:
            current = None
            continue
        heading = re.match(r"^(#{1,6})\s+(.*?)\s*#*$", stripped)
        item = re.match(r"^([-*+]|\d+[.)])\s+(.*)$", stripped)
        if heading and not fence:
            title = re.sub(r"\s*\{#[^}\s]+\}$", "", heading.group(2)) if printed else heading.group(2)
            out.append(["h%d" % len(heading.group(1)) if not printed or len(heading.group(1)) <= 2 else "p", title])
            current = None
        elif item and not fence and not (current is not None and current[0] == "p" and item.group(1)[0].isdigit()
                                         and item.group(1)[:-1] != "1"):
            # (CommonMark: an ordered list interrupts a paragraph only when it starts at 1, so a line
            # "2018. Sedan dess …" inside a paragraph continues it.)
            indent = len(line) - len(line.lstrip())
            kind = "ol" if item.group(1)[0].isdigit() else "ul"
            out.append(["%s%d" % (kind, indent // 2 and 1 + (indent > 4)), item.group(2)])
            current = out[-1]
        elif current is not None:
            current[1] += " " + stripped
        else:
            out.append(["q" if stripped.startswith(">") else "p", stripped.lstrip("> ")])
            current = out[-1]
    return [(kind, plain(text)) for kind, text in out]


def main():
    arguments = [a for a in sys.argv[1:] if a != "--printed"]
    printed = "--printed" in sys.argv
    source, draft = blocks(body(arguments[0]), printed), blocks(body(arguments[1]), printed)
    # A `#` heading opening the text that names the document is not printed again under the document's
    # own title, so it cannot come back; any other opening heading must.
    if source and source[0][0] == "h1" and (not draft or draft[0] != source[0]) and re.search(
            r"(?i)överenskommelse|handlingsplan|\bbus\b|samverkan", source[0][1]):
        source = source[1:]
    if source == draft:
        print(f"bodies equal: {len(source)} blocks")
        return 0
    import difflib
    for line in difflib.unified_diff([f"{k}: {t}" for k, t in source], [f"{k}: {t}" for k, t in draft], "source", "draft", n=0, lineterm=""):
        print(line)
    return 1


if __name__ == "__main__":
    sys.exit(main())
