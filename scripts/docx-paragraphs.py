#!/usr/bin/env python3
"""Prints, one per line, the text of every paragraph python-docx reads from a .docx: the body's paragraphs
and every table cell's, nested tables too. Table-of-contents entries (styles "toc 1"…) are left out, as
`bus-docs import` leaves them out. `bus-docs import` is compared against it: a reader written by
others for the same files."""
import sys

import docx


def cells(table):
    for row in table.rows:
        for cell in row.cells:
            yield from cell.paragraphs
            for inner in cell.tables:
                yield from cells(inner)


def main(path):
    document = docx.Document(path)
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        paragraphs.extend(cells(table))
    for paragraph in paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "").lower()
        if style.startswith("toc ") or style.startswith("innehåll "):
            continue
        text = " ".join(paragraph.text.split())
        if text:
            print(text)


if __name__ == "__main__":
    main(sys.argv[1])
