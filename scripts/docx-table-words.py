#!/usr/bin/env python3
"""Checks that a Word document printed to PDF (LibreOffice) breaks no word of its tables inside the word:
a line may break between words or after a hyphen ("Rinkeby-" "Kista"), never as "individfor" "um".

  docx-table-words.py FILE.docx FILE.pdf

pdftotext -raw gives the text in the order it is drawn, a cell's lines one after the other: a word of a
table (head or cell) broken inside is the last token of one line and the first of the next. Prints the
broken words, one a line, and exits 1 when there are any.
"""
import subprocess
import sys

import docx


def table_words(path):
    """Every word of every table cell that has a letter and four characters or more, each part of a
    hyphenated word on its own ("Rinkeby-Kista" is "Rinkeby-" and "Kista")."""
    words = set()
    for table in docx.Document(path).tables:
        for row in table.rows:
            for cell in row.cells:
                for word in cell.text.split():
                    parts = word.split("-")
                    for index, part in enumerate(parts):
                        part = part + ("-" if index < len(parts) - 1 else "")
                        if len(part) >= 4 and any(c.isalpha() for c in part):
                            words.add(part)
    return words


def broken(words, text):
    """The words found split across two lines of the PDF's text."""
    lines = [line.split() for line in text.splitlines()]
    found = []
    for first, second in zip(lines, lines[1:]):
        if not first or not second or first[-1].endswith("-"):
            continue
        joined = first[-1] + second[0]
        if joined in words:
            found.append(f"{first[-1]}|{second[0]}")
    return found


def main():
    docx_path, pdf_path = sys.argv[1], sys.argv[2]
    text = subprocess.run(["pdftotext", "-raw", pdf_path, "-"], capture_output=True, text=True, check=True).stdout
    found = broken(table_words(docx_path), text)
    for word in found:
        print(word)
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
