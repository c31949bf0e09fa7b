#!/usr/bin/env python3
"""Checks Word documents written by bus-docs with clients it did not write: python-docx opens each one,
lxml parses every XML part, and the content controls are counted by kind and tag.

  docx_check.py KIND FILE.docx [FILE.docx ...]     KIND: protocol, agenda, deviation, agreement, report

Prints one line per file, 'ok FILE: …' or 'FAIL FILE: …', and exits 1 when any file fails.
"""
import sys
import zipfile
from collections import Counter

import docx
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NS = {"w": W, "w14": W14}


def q(name):
    prefix, local = name.split(":")
    return "{%s}%s" % ({"w": W, "w14": W14}[prefix], local)


def controls(document):
    """(kind, tag, sdtPr) of every content control in document.xml."""
    found = []
    for sdt in document.iter(q("w:sdt")):
        pr = sdt.find(q("w:sdtPr"))
        tag = pr.find(q("w:tag"))
        tag = tag.get(q("w:val")) if tag is not None else None
        if pr.find(q("w14:checkbox")) is not None:
            kind = "checkbox"
        elif pr.find(q("w:date")) is not None:
            kind = "date"
        elif pr.find(q("w:dropDownList")) is not None:
            kind = "dropdown"
        elif pr.find(q("w:text")) is not None:
            kind = "text"
        else:
            kind = "other"
        found.append((kind, tag, pr))
    return found


# Per kind of document: tags that must be there, each with its control's kind; a tag ending in '*' is a
# prefix that must occur at least once, and every control whose tag has it is of that kind.
REQUIRED = {
    "protocol": {"datum": "date", "plats": "text", "uppmarksammat": "date", "senast": "date", "narvarande-*": "checkbox",
                 "franvarande-*": "checkbox", "ersattare-*": "text", "anledning": "text", "samtycke": "checkbox", "arendet": "text",
                 "atgard-*": "text", "ansvarig-*": "checkbox", "senast-*": "date", "uppfoljning": "date", "eskalering": "checkbox",
                 "protokollforare": "text", "justerare": "text"},
    "agenda": {"datum": "date", "plats": "text", "narvarande-*": "checkbox", "anteckning-*": "text", "protokollforare": "text",
               "justerare": "text"},
    "deviation": {"rapporterande-part-*": "checkbox", "namn": "text", "roll": "text", "telefon": "text", "epost": "text", "datum": "date", "berord-part-*": "checkbox", "beskrivning": "text",
                  "principiell": "dropdown", "amne": "dropdown", "status": "dropdown",
                  "vem-tar-emot": "text", "vem-foljer-upp": "text",
                  "resultat": "text"},
    "agreement": {"ort-*": "text", "datum-*": "date", "namn-*": "text"},
    "report": {},
}

# Per kind of document: questions with one answer among fixed values (the register's `ämne` and `status`
# columns; `principiell`, ja or nej, as the PDF's radio field), each one drop-down whose items record those
# values in order: no other control's tag begins with the question's (no box per answer, which would let
# two be ticked).
ONE_OF = {
    "deviation": {"principiell": ["ja", "nej"],
                  "amne": ["sip", "remiss", "informationsöverföring", "samtycke", "ansvar", "annat"],
                  "status": ["löst-lokalt", "skickad-vidare", "öppen"]},
}


# Per kind of document: the longer free-text answers, each a box to write in by hand on paper: the control
# in a paragraph with a border on all four sides that is not split over two pages, its placeholder (while
# empty) at least this many lines tall; a tag ending in '*' is a prefix.
BOXES = {
    "protocol": {"anledning": 4, "arendet": 7},
    "deviation": {"beskrivning": 7, "vem-tar-emot": 1, "resultat": 1},
    "agenda": {"anteckning-*": 2},
}

# Per kind of document: tables (by the start of their caption) kept on one page: no row splits, the head
# row repeats, and every paragraph of every row but the last keeps with the next.
KEPT_TOGETHER = {
    "protocol": ["Beslutade åtgärder", "Ansvarig part"],
}


def boxes(kind, found):
    problems = []
    for tag, least in BOXES.get(kind, {}).items():
        matching = [(t, sdt) for t, sdt in found if t and (t == tag or tag.endswith("*") and t.startswith(tag[:-1]))]
        if not matching:
            problems.append("no control tagged %s" % tag)
        for name, sdt in matching:
            paragraph = sdt.getparent()
            border = paragraph.find("w:pPr/w:pBdr", NS) if paragraph.tag == q("w:p") else None
            if border is None or any(border.find("w:" + side, NS) is None for side in ("top", "left", "bottom", "right")):
                problems.append("%s is not in a box (a paragraph with a border all round)" % name)
                continue
            if paragraph.find("w:pPr/w:keepLines", NS) is None:
                problems.append("%s's box may split over two pages" % name)
            # The words that introduce the box, back to its heading or the field before it, stay on its page:
            # otherwise a heading may end a page whose box begins the next.
            for before in (paragraph.itersiblings(preceding=True) if paragraph.tag == q("w:p") else []):
                if before.tag != q("w:p") or before.find(".//w:sdt", NS) is not None:
                    break
                if before.find("w:pPr/w:keepNext", NS) is None:
                    problems.append("%s's box may begin a page after the words that introduce it ('%s')"
                                    % (name, "".join(before.itertext())[:40]))
                    break
                style = before.find("w:pPr/w:pStyle", NS)
                if style is not None and style.get(q("w:val")).startswith("Heading"):
                    break
            empty = sdt.find("w:sdtPr/w:showingPlcHdr", NS) is not None
            lines = len(sdt.findall("w:sdtContent//w:br", NS)) + 1
            if empty and lines < least:
                problems.append("%s's box is %d lines tall, not %d" % (name, lines, least))
    return problems


def kept_together(kind, document):
    problems = []
    for start in KEPT_TOGETHER.get(kind, []):
        tables = [t for t in document.iter(q("w:tbl")) if (t.find("w:tblPr/w:tblCaption", NS) is not None
                                                          and t.find("w:tblPr/w:tblCaption", NS).get(q("w:val")).startswith(start))]
        if len(tables) != 1:
            problems.append("%d tables captioned '%s…'" % (len(tables), start))
            continue
        rows = tables[0].findall("w:tr", NS)
        if any(row.find("w:trPr/w:cantSplit", NS) is None for row in rows) or rows[0].find("w:trPr/w:tblHeader", NS) is None:
            problems.append("'%s…': a row may split or the head does not repeat" % start)
        loose = [i + 1 for i, row in enumerate(rows[:-1]) if any(p.find("w:pPr/w:keepNext", NS) is None for p in row.iter(q("w:p")))]
        if loose:
            problems.append("'%s…': rows %s do not keep with the next" % (start, loose))
    return problems


def responsibility_grid(by_tag):
    """The protocol's responsible parties: a check box `ansvarig-ACTION-PARTY` for every action (`atgard-ACTION`)
    and every party, the same parties for each action, so that an action may have several responsible parties."""
    actions = sorted(t.split("-", 1)[1] for t in by_tag if t and t.startswith("atgard-"))
    cells = {tuple(t.split("-")[1:]) for t, kinds in by_tag.items() if t and t.startswith("ansvarig-") and kinds == {"checkbox"}}
    if any(len(cell) != 2 for cell in cells):
        return ["a responsible party's check box is not tagged ansvarig-ACTION-PARTY"]
    parties = {party for _, party in cells}
    missing = sorted("ansvarig-%s-%s" % (a, p) for a in actions for p in parties if (a, p) not in cells)
    problems = ["no responsible party check boxes"] if not parties else []
    return problems + (["responsible party check boxes missing: " + ", ".join(missing)] if missing else [])


def check(kind, path):
    problems = []
    # python-docx, a reader bus-docs did not write, opens it and reads its properties and text.
    opened = docx.Document(path)
    if not opened.core_properties.title:
        problems.append("no title in the document properties")
    if not any(p.text.strip() for p in opened.paragraphs):
        problems.append("python-docx finds no text")
    with zipfile.ZipFile(path) as archive:
        if archive.testzip() is not None:
            problems.append("a damaged ZIP entry")
        parts = {}
        for name in archive.namelist():
            if name.endswith(".xml") or name.endswith(".rels"):
                try:
                    parts[name] = etree.fromstring(archive.read(name))
                except etree.XMLSyntaxError as error:
                    problems.append("%s is not well-formed XML: %s" % (name, error))
    document = parts.get("word/document.xml")
    if document is None:
        return problems + ["no word/document.xml"], Counter()
    if "w14" not in (document.get("{%s}Ignorable" % MC) or "").split():
        problems.append("w14 is not in mc:Ignorable")
    size = document.find(".//w:sectPr/w:pgSz", NS)
    margins = document.find(".//w:sectPr/w:pgMar", NS)
    if size is None or (size.get(q("w:w")), size.get(q("w:h"))) != ("11906", "16838"):
        problems.append("the page is not A4")
    if margins is None or any(margins.get(q("w:" + side)) != "1417" for side in ("top", "bottom", "left", "right")):
        problems.append("the margins are not 2.5 cm")
    styles = parts.get("word/styles.xml")
    if styles is None or styles.find(".//w:docDefaults//w:lang", NS) is None and b"sv-SE" not in etree.tostring(styles):
        problems.append("the styles do not set the language sv-SE")
    found = controls(document)
    ids = [pr.find(q("w:id")).get(q("w:val")) for _, _, pr in found if pr.find(q("w:id")) is not None]
    if len(ids) != len(found) or len(set(ids)) != len(ids):
        problems.append("content control ids are missing or repeated")
    for control, tag, pr in found:
        if control == "date":
            date = pr.find(q("w:date"))
            if date.find(q("w:dateFormat")).get(q("w:val")) != "yyyy-MM-dd" or date.find(q("w:lid")).get(q("w:val")) != "sv-SE":
                problems.append("date picker %s is not sv-SE yyyy-MM-dd" % tag)
        if control == "dropdown" and len(pr.findall(".//w:listItem", NS)) == 0:
            problems.append("drop-down %s has no items" % tag)
        if control == "other":
            problems.append("control %s is of no known kind" % tag)
    kinds = Counter(control for control, _, _ in found)
    by_tag = {}
    for control, tag, _ in found:
        by_tag.setdefault(tag, set()).add(control)
    for question, values in ONE_OF.get(kind, {}).items():
        asking = [(control, pr) for control, tag, pr in found if tag and (tag == question or tag.startswith(question + "-"))]
        if len(asking) != 1 or asking[0][0] != "dropdown":
            problems.append("%s is asked by %s, not one drop-down" % (question, ", ".join(c for c, _ in asking) or "no control"))
        else:
            items = [item.get(q("w:value")) for item in asking[0][1].findall(".//w:listItem", NS)]
            if items != values:
                problems.append("drop-down %s records %s, the register's values are %s" % (question, items, values))
    for tag, control in REQUIRED[kind].items():
        if tag.endswith("*"):
            matching = [t for t in by_tag if t and t.startswith(tag[:-1]) and control in by_tag[t]]
            if not matching:
                problems.append("no %s control tagged %s" % (control, tag))
            other = sorted(t for t in by_tag if t and t.startswith(tag[:-1]) and by_tag[t] != {control})
            if other:
                problems.append("controls tagged %s that are not %s: %s" % (tag, control, ", ".join(other)))
        elif control not in by_tag.get(tag, set()):
            problems.append("no %s control tagged %s" % (control, tag))
        elif len([1 for c, t, _ in found if t == tag]) != 1:
            problems.append("more than one control tagged %s" % tag)
    if kind == "protocol":
        problems += responsibility_grid(by_tag)
    sdts = [(sdt.find("w:sdtPr/w:tag", NS).get(q("w:val")) if sdt.find("w:sdtPr/w:tag", NS) is not None else None, sdt)
            for sdt in document.iter(q("w:sdt"))]
    problems += boxes(kind, sdts)
    problems += kept_together(kind, document)
    return problems, kinds


def main():
    kind, files = sys.argv[1], sys.argv[2:]
    failed = 0
    for path in files:
        try:
            problems, kinds = check(kind, path)
        except Exception as error:  # python-docx could not open it: that is the finding
            problems, kinds = ["cannot be opened: %s: %s" % (type(error).__name__, error)], Counter()
        summary = ", ".join("%d %s" % (n, k) for k, n in sorted(kinds.items())) or "no controls"
        if problems:
            failed += 1
            print("FAIL %s: %s" % (path, "; ".join(problems)))
        else:
            print("ok %s: %s" % (path, summary))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
