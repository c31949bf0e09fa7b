#!/usr/bin/env python3
"""A Word form filled in as Word and LibreOffice fill it, with python-docx: every content control given an
answer, so that the printed form can be compared with the blank one.

  docx-fill.py BLANK.docx FILLED.docx

A drop-down gets its first item (its text in place of the placeholder, `w:showingPlcHdr` removed), a
check box is ticked, a date gets 2026-12-01 and a text control the words "Ifylld text". Prints the
answers chosen, one per line ("amne: SIP"), so a test can look for them on paper.
"""
import sys

import docx
from docx.oxml.ns import qn

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def answer_runs(content, text):
    """The control's content replaced by one run of `text`, in the paragraph's own style (no placeholder style)."""
    paragraphs = content.findall(qn("w:p"))
    holder = paragraphs[0] if paragraphs else content
    for paragraph in paragraphs[1:]:
        content.remove(paragraph)
    for child in list(holder):
        if child.tag in (qn("w:r"), qn("w:br")):
            holder.remove(child)
    run = holder.makeelement(qn("w:r"), {})
    t = run.makeelement(qn("w:t"), {})
    t.text = text
    run.append(t)
    holder.append(run)


def fill(path, out):
    document = docx.Document(path)
    chosen = []
    for sdt in document.element.body.iter(qn("w:sdt")):
        properties = sdt.find(qn("w:sdtPr"))
        content = sdt.find(qn("w:sdtContent"))
        tag = properties.find(qn("w:tag"))
        name = tag.get(qn("w:val")) if tag is not None else "?"
        placeholder = properties.find(qn("w:showingPlcHdr"))
        if placeholder is not None:
            properties.remove(placeholder)
        box = properties.find("{%s}checkbox" % W14)
        choices = properties.find(qn("w:dropDownList"))
        date = properties.find(qn("w:date"))
        if box is not None:
            box.find("{%s}checked" % W14).set("{%s}val" % W14, "1")
            for t in content.iter(qn("w:t")):
                t.text = "\u2612"
            chosen.append("%s: ticked" % name)
        elif choices is not None:
            item = choices.find(qn("w:listItem"))
            text = item.get(qn("w:displayText"))
            answer_runs(content, text)
            chosen.append("%s: %s" % (name, text))
        elif date is not None:
            date.set(qn("w:fullDate"), "2026-12-01T00:00:00Z")
            answer_runs(content, "2026-12-01")
            chosen.append("%s: 2026-12-01" % name)
        else:
            answer_runs(content, "Ifylld text")
            chosen.append("%s: Ifylld text" % name)
    document.save(out)
    print("\n".join(chosen))


if __name__ == "__main__":
    fill(sys.argv[1], sys.argv[2])
