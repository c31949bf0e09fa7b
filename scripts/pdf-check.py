"""Checks one PDF that bus-docs wrote, with pypdf and poppler, against the HTML it was made from and the
agreement it was made for. Prints one line per finding and exits 1 when there is one.

  pdf-check.py PDF --html HTML [--archival] [--max-pages N] [--agreement MD --names parties|group:ID]
               [--comparison]

  fields      (not --archival) the PDF's form fields are the HTML form's controls: same names, same count
              (radio buttons sharing a name are one field), each named for screen readers (/TU) by the
              words of its label in the HTML (a check box in a fieldset by its question and its label:
              "Rapporteras av, part: BUP Järfälla", the legends around it, outermost first), a radio group by its question (the legend of the fieldset
              around its buttons) and each of its buttons by the button's label, its "on" state named
              by the button's value (the register's value, which pypdf's get_fields gives for a filled
              form); --archival: no form fields at all
  tags        the catalogue marks the PDF as tagged and holds a structure tree
  metadata    the XMP declares PDF/UA-1; --archival: PDF/A-3u as well; the document's title (what a reader's
              window, an archive and a screen reader show) begins with the page's heading (h1)
  fonts       every font is embedded (pdffonts), and every one is Liberation Sans, from fonts-liberation
  pages       at least 1 and at most --max-pages, each A4 (portrait, or landscape with --comparison)
  names       every party name (parties), or every member's role, party and substitute of a group
              (group:ID), from the agreement's front matter, is in the text of the PDF (pdftotext)
  signatures  (--signatures) every signatory's role is in the text, each with lines for place and date,
              signature and the printed name (Namnförtydligande); the signature blocks, in the order the
              agreement lists them, are set row by row (left, right, next row) on every page
  comparison  every heading and cell of the index's comparison table is in the text of the PDF
  links       no link points into the machine that made the PDF (a file: URI or an absolute path): a PDF
              travels without the folder it was made in
  clipping    every word of a pre-filled text field is drawn inside the field's box (pdftotext -bbox), so a
              value cut off at its field's edge is found even though its text is still in the page
  buttons     (not --archival) every check box and radio button (/Btn widget) is at least 5 x 5 pt, so it can
              be ticked, and ticked it draws a mark inside its box: the PDF drawn with every button ticked
              (pdftoppm) has dark pixels inside each box that the unticked PDF has not. Ticked twice: as
              the PDF standard says (/AS and /V set to the button's "on" state), and as pypdf fills a form
              by default (update_page_form_field_values, which sets NeedAppearances, so the reader draws
              each tick itself from the button's /DA and /MK /CA); a radio group, one of whose buttons can
              be on at a time, is ticked button by button, one drawing for each
"""
import argparse
import html.parser
import os
import re
import subprocess
import sys
import tempfile

import pypdf
import yaml


class FormControls(html.parser.HTMLParser):
    """The names of an HTML page's form controls and the texts of its comparison table."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.names = []
        self.ids = {}
        # Free-text answers: a textarea's name → its rows.
        self.textareas = {}
        self.labels = {}
        self._label = None
        self.comparison = []
        self._in_comparison = 0
        self._hidden = False
        self._cell = None
        self.heading = None
        self._heading = None
        # Radio groups: name → the question (the legend of the nearest fieldset around the buttons), and
        # the ids of its buttons in order.
        self.questions = {}
        self.radios = {}
        # Radio groups: name → the values of its buttons in order (the register's values).
        self.radio_values = {}
        # Check boxes in a fieldset: name → the question they answer (the legends around them, outermost
        # first, as one: "Rapporteras av, part"; an outer legend the inner one starts with said once).
        self.boxes = {}
        self._fieldsets = []
        self._legend = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "fieldset":
            self._fieldsets.append(None)
        if tag == "legend" and self._fieldsets:
            self._legend = []
        if tag == "input" and attrs.get("type") == "radio" and attrs.get("name"):
            self.radios.setdefault(attrs["name"], []).append(attrs.get("id"))
            self.radio_values.setdefault(attrs["name"], []).append(attrs.get("value"))
            question = next((legend for legend in reversed(self._fieldsets) if legend), None)
            if question:
                self.questions.setdefault(attrs["name"], question)
        if tag == "input" and attrs.get("type") == "checkbox" and attrs.get("name"):
            legends = [legend for legend in self._fieldsets if legend]
            if legends:
                said = legends[-1]
                for outer in reversed(legends[:-1]):
                    if not said.startswith(outer):
                        said = outer + ", " + said[:1].lower() + said[1:]
                self.boxes[attrs["name"]] = said
        if tag in ("input", "textarea", "select") and attrs.get("type") not in ("submit", "button", "reset"):
            name = attrs.get("name")
            if name and not (attrs.get("type") == "radio" and name in self.names):
                self.names.append(name)
                self.ids[name] = attrs.get("id")
                if tag == "textarea":
                    self.textareas[name] = int(attrs.get("rows") or 2)
        if tag == "h1" and self.heading is None:
            self._heading = []
        if tag == "label" and attrs.get("for"):
            self._label = (attrs["for"], [])
        if tag == "table" and "jamforelse" in (attrs.get("class") or "").split():
            self._in_comparison += 1
        if self._in_comparison and tag in ("th", "td"):
            self._cell = []
        # Text for screen readers only ("(avviker)"), which the print stylesheet leaves off paper.
        if tag == "span" and "dold" in (attrs.get("class") or "").split():
            self._hidden = True

    def handle_endtag(self, tag):
        if tag == "span":
            self._hidden = False
        if tag == "legend" and self._legend is not None:
            self._fieldsets[-1] = " ".join("".join(self._legend).split())
            self._legend = None
        if tag == "fieldset" and self._fieldsets:
            self._fieldsets.pop()
        if tag == "h1" and self._heading is not None:
            self.heading = " ".join("".join(self._heading).split())
            self._heading = None
        if tag == "label" and self._label:
            self.labels[self._label[0]] = " ".join("".join(self._label[1]).split())
            self._label = None
        if tag == "table" and self._in_comparison:
            self._in_comparison -= 1
        if self._in_comparison and tag in ("th", "td") and self._cell is not None:
            text = "".join(self._cell).strip()
            if text:
                self.comparison.append(text)
            self._cell = None

    def handle_data(self, data):
        if self._legend is not None:
            self._legend.append(data)
        if self._heading is not None:
            self._heading.append(data)
        if self._label:
            self._label[1].append(data)
        if self._cell is not None and not self._hidden:
            self._cell.append(data)


def squeeze(text):
    """Text without white space and soft line-break hyphens, so a name wrapped over two lines still matches."""
    return re.sub(r"\s+", "", text.replace("\u00ad", ""))


def front_matter(path):
    text = open(path, encoding="utf-8").read()
    match = re.match(r"---\n(.*?)\n---", text, re.S)
    return yaml.safe_load(match.group(1)) if match else {}


def expected_names(agreement, which):
    parties = {p.get("id"): p.get("namn") or p.get("id") for p in agreement.get("parter") or [] if isinstance(p, dict)}
    if which == "parties":
        return [str(n) for n in parties.values() if n]
    group_id = which.split(":", 1)[1]
    group = next((g for g in agreement.get("grupper") or [] if isinstance(g, dict) and g.get("id") == group_id), None)
    if group is None:
        return []
    names = []
    for member in group.get("ledamöter") or []:
        if not isinstance(member, dict):
            continue
        for value in (member.get("roll"), parties.get(member.get("part")), member.get("ersättare")):
            if value:
                names.append(str(value))
    return names


def clipped_values(reader, path):
    """Words of pre-filled text fields drawn outside their field's rectangle: cut off on paper."""
    problems = []
    boxes = subprocess.run(["pdftotext", "-bbox", path, "-"], capture_output=True, text=True, check=True).stdout
    word = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
    for number, (page, text) in enumerate(zip(reader.pages, boxes.split("<page ")[1:]), 1):
        height = float(page.mediabox.height)
        # pdftotext measures from the top, PDF from the bottom.
        words = [(float(a), height - float(d), float(c), height - float(b), html.unescape(w)) for a, b, c, d, w in word.findall(text)]
        for annotation in page.get("/Annots") or []:
            field = annotation.get_object()
            value = str(field.get("/V") or "")
            if field.get("/FT") != "/Tx" or not value.strip():
                continue
            rect = [float(v) for v in field["/Rect"]]
            x0, x1 = sorted((rect[0], rect[2]))
            y0, y1 = sorted((rect[1], rect[3]))
            for token in value.split():
                drawn = [w for w in words if w[4] == token and x0 <= (w[0] + w[2]) / 2 <= x1 and y0 - 2 <= (w[1] + w[3]) / 2 <= y1 + 2]
                if not drawn:
                    problems.append(f"cut off: page {number}, field {field.get('/T')}: {token!r} is not drawn inside the field")
                elif drawn[0][0] < x0 - 1.5 or drawn[0][2] > x1 + 1.5 or drawn[0][1] < y0 - 1.5 or drawn[0][3] > y1 + 1.5:
                    problems.append(f"cut off: page {number}, field {field.get('/T')}: {token!r} runs over the field's edge")
    return problems


def small_text_boxes(reader, textareas):
    """Free-text answers (an HTML textarea) that are not multi-line fields, or too low to write a few
    lines in: a box of three rows or more is at least 0.45 cm a row."""
    problems = []
    for number, page in enumerate(reader.pages, 1):
        for annotation in page.get("/Annots") or []:
            field = annotation.get_object()
            name = str(field.get("/T") or "")
            if field.get("/FT") != "/Tx" or name not in textareas:
                continue
            if not int(field.get("/Ff", 0)) & (1 << 12):
                problems.append(f"text box: page {number}, field {name} is a textarea in the HTML but a one-line field")
            rect = [float(v) for v in field["/Rect"]]
            height = abs(rect[3] - rect[1]) / 72 * 2.54
            rows = textareas[name]
            if rows >= 3 and height < 0.45 * rows:
                problems.append(f"text box: page {number}, field {name} is {height:.2f} cm high, too low for {rows} rows ({0.45 * rows:.2f} cm)")
    return problems


BUTTON_MINIMUM = 5.0  # points, each side
BUTTON_DPI = 144


def button_widgets(reader):
    """(page index, widget) for every check box and radio button: /FT /Btn on the widget or its field."""
    found = []
    for index, page in enumerate(reader.pages):
        for annotation in page.get("/Annots") or []:
            widget = annotation.get_object()
            if widget.get("/Subtype") != "/Widget":
                continue
            kind = widget.get("/FT") or ("/Parent" in widget and widget["/Parent"].get_object().get("/FT"))
            if kind == "/Btn":
                found.append((index, widget))
    return found


def gray_pages(pdf, folder, stem, complaints=None):
    """The pages drawn by poppler as 8-bit gray (PGM): a list of (width, height, bytes). What poppler
    complains of while drawing them is added to `complaints`."""
    drawn = subprocess.run(["pdftoppm", "-r", str(BUTTON_DPI), "-gray", pdf, os.path.join(folder, stem)], check=True, capture_output=True, text=True)
    if complaints is not None:
        complaints.update(drawn.stderr.splitlines())
    pages = []
    for name in sorted(n for n in os.listdir(folder) if n.startswith(stem + "-") and n.endswith(".pgm")):
        data = open(os.path.join(folder, name), "rb").read()
        # "P5 width height 255" and one byte of white space, then the pixels.
        header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
        width, height = int(header.group(1)), int(header.group(2))
        pages.append((width, height, data[header.end():]))
    return pages


def dark_inside(page, rect, page_height):
    """Dark pixels strictly inside a widget's rectangle (the box's own border, around it, is left out)."""
    width, height, pixels = page
    scale = BUTTON_DPI / 72
    left, right = sorted((rect[0], rect[2]))
    bottom, top = sorted((rect[1], rect[3]))
    x0, x1 = int((left + 0.5) * scale), int((right - 0.5) * scale)
    y0, y1 = int((page_height - top + 0.5) * scale), int((page_height - bottom - 0.5) * scale)
    return sum(1 for y in range(max(y0, 0), min(y1, height)) for x in range(max(x0, 0), min(x1, width)) if pixels[y * width + x] < 128)


def on_state(widget):
    """The name of a button's "on" state: the key of its appearance other than /Off."""
    states = [k for k in (widget.get("/AP") or {}).get("/N", {}) if k != "/Off"] if "/AP" in widget else []
    return states[0] if states else None


def radio_group(widget):
    """The field of a radio button that is only a widget of its group (no name of its own), or None."""
    return widget["/Parent"].get_object() if "/Parent" in widget and "/T" not in widget else None


def ticked_as_the_standard_says(reader):
    """Every button ticked: /AS and the field's /V set to its "on" state. Returns the PDF and the ticked
    widgets' places ((page index, index among the page's annotations))."""
    writer = pypdf.PdfWriter(clone_from=reader)
    ticked = []
    for index, page in enumerate(writer.pages):
        for place, annotation in enumerate(page.get("/Annots") or []):
            widget = annotation.get_object()
            on = on_state(widget)
            if widget.get("/Subtype") != "/Widget" or not on or "/AS" not in widget:
                continue
            widget[pypdf.generic.NameObject("/AS")] = pypdf.generic.NameObject(on)
            (radio_group(widget) or widget)[pypdf.generic.NameObject("/V")] = pypdf.generic.NameObject(on)
            ticked.append((index, place))
    return [(writer, ticked)]


def filled_with_pypdf_defaults(reader):
    """The form filled as pypdf fills it when told nothing more (update_page_form_field_values, which sets
    NeedAppearances: the reader draws every button itself): every check box ticked, and one button of each
    radio group, round by round, so that every radio button is on in one of the PDFs. pypdf writes a radio
    group's value (/V) as a text string where the PDF standard wants a name, and poppler then finds no
    button of the group on: that value is written again as the name it stands for, as a reader that reads
    the standard's way would take it. Returns (PDF, ticked widgets' places) for each round."""
    rounds = max([len(radio_group(w)["/Kids"]) for _, w in button_widgets(reader) if radio_group(w)] + [1])
    filled = []
    for round in range(rounds):
        writer = pypdf.PdfWriter(clone_from=reader)
        values, ticked, groups = {}, [], []
        for index, page in enumerate(writer.pages):
            for place, annotation in enumerate(page.get("/Annots") or []):
                widget = annotation.get_object()
                on = on_state(widget)
                if widget.get("/Subtype") != "/Widget" or not on:
                    continue
                group = radio_group(widget)
                if group is None and round == 0:
                    values[str(widget["/T"])] = on
                    ticked.append((index, place))
                elif group is not None and [k.idnum for k in group["/Kids"]].index(annotation.idnum) == round:
                    values[str(group["/T"])] = on
                    ticked.append((index, place))
                    groups.append(group)
        for page in writer.pages:
            writer.update_page_form_field_values(page, values)
        for group in groups:
            group[pypdf.generic.NameObject("/V")] = pypdf.generic.NameObject(str(group["/V"]))
        filled.append((writer, ticked))
    return filled


def button_problems(reader, path):
    """Check boxes too small to tick, or that draw nothing when ticked."""
    buttons = button_widgets(reader)
    problems = []
    for index, widget in buttons:
        rect = [float(v) for v in widget["/Rect"]]
        width, height = abs(rect[2] - rect[0]), abs(rect[3] - rect[1])
        name = widget.get("/T") or widget["/Parent"].get_object().get("/T")
        if width < BUTTON_MINIMUM or height < BUTTON_MINIMUM:
            problems.append(f"buttons: page {index + 1}, {name}: {width:.1f} x {height:.1f} pt, too small to tick (at least {BUTTON_MINIMUM:.0f} x {BUTTON_MINIMUM:.0f} pt)")
    if not buttons or problems:
        return problems
    with tempfile.TemporaryDirectory() as folder:
        before = gray_pages(path, folder, "unticked")
        for how, tickings in (("ticked", ticked_as_the_standard_says(reader)), ("filled by pypdf's defaults", filled_with_pypdf_defaults(reader))):
            for round, (writer, ticked) in enumerate(tickings):
                stem = f"{'pypdf' if how != 'ticked' else 'ticked'}-{round}"
                pdf = os.path.join(folder, stem + ".pdf")
                with open(pdf, "wb") as out:
                    writer.write(out)
                complaints = set()
                after = gray_pages(pdf, folder, stem, complaints)
                problems += [f"buttons: {how}, poppler says: {line}" for line in sorted(complaints)]
                for index, place in ticked:
                    widget = reader.pages[index]["/Annots"][place].get_object()
                    rect = [float(v) for v in widget["/Rect"]]
                    page_height = float(reader.pages[index].mediabox.height)
                    name = widget.get("/T") or widget["/Parent"].get_object().get("/T")
                    added = dark_inside(after[index], rect, page_height) - dark_inside(before[index], rect, page_height)
                    inner = (abs(rect[2] - rect[0]) - 1) * (abs(rect[3] - rect[1]) - 1) * (BUTTON_DPI / 72) ** 2
                    if added < inner / 10:
                        problems.append(f"buttons: page {index + 1}, {name}: {how}, it draws {added} dark pixels in its box at {BUTTON_DPI} dpi: no mark shows")
    return problems


def local_links(reader):
    """Links that point into the machine the PDF was made on."""
    problems = []
    for number, page in enumerate(reader.pages, 1):
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            action = annotation.get("/A")
            uri = str(action.get_object().get("/URI") or "") if action is not None else ""
            if uri.lower().startswith("file:") or uri.startswith("/"):
                problems.append(f"links: page {number} links to a local file: {uri}")
    return problems


def signature_places(reader):
    """Where each "Namnförtydligande" line is drawn, in the order the PDF draws them (WeasyPrint draws in
    the HTML's order): (page, top, left) in points from the page's top left."""
    places = []
    for number, page in enumerate(reader.pages):
        height = float(page.mediabox.height)

        def visit(text, cm, tm, font, size, number=number, height=height):
            if "Namnförtydligande" in text:
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                places.append((number + 1, height - y, x))

        page.extract_text(visitor_text=visit)
    return places


def row_by_row(places):
    """The places that break reading order: each must be right of the one before on its row, or on a
    lower row, or on a later page."""
    wrong = []
    for before, after in zip(places, places[1:]):
        same_row = before[0] == after[0] and abs(before[1] - after[1]) < 3
        later = after[0] > before[0] or (after[0] == before[0] and after[1] > before[1] + 3)
        if not (later or (same_row and after[2] > before[2])):
            wrong.append((before, after))
    return wrong


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pdf")
    parser.add_argument("--html", required=True)
    parser.add_argument("--archival", action="store_true")
    parser.add_argument("--max-pages", type=int, default=10)
    parser.add_argument("--agreement")
    parser.add_argument("--names", default="parties")
    parser.add_argument("--comparison", action="store_true")
    parser.add_argument("--signatures", action="store_true")
    args = parser.parse_args()

    problems = []
    reader = pypdf.PdfReader(args.pdf)
    catalog = reader.trailer["/Root"]
    page = FormControls()
    page.feed(open(args.html, encoding="utf-8").read())

    # Form fields, named as the HTML form's controls.
    fields = reader.get_fields() or {}
    if args.archival:
        if fields or "/AcroForm" in catalog:
            problems.append(f"fields: archival PDF holds {len(fields)} form fields")
    else:
        if sorted(fields) != sorted(page.names):
            missing = sorted(set(page.names) - set(fields))[:5]
            extra = sorted(set(fields) - set(page.names))[:5]
            problems.append(f"fields: {len(fields)} in the PDF, {len(page.names)} in the HTML form; missing {missing}, extra {extra}")
        for name, field in fields.items():
            label = page.questions.get(name) or page.labels.get(page.ids.get(name))
            if label and name in page.boxes:
                label = f"{page.boxes[name]}: {label}"
            spoken = " ".join(str(field.get("/TU") or "").split())
            if label and spoken != label:
                problems.append(f"fields: {name} is named {spoken!r} for screen readers, its {'question' if name in page.questions else 'label'} says {label!r}")
            for index, kid in enumerate(field.get("/Kids") or [] if name in page.radios else []):
                ids = page.radios[name]
                label = page.labels.get(ids[index]) if index < len(ids) else None
                spoken = " ".join(str(kid.get_object().get("/TU") or "").split())
                if spoken != label:
                    problems.append(f"fields: button {index + 1} of {name} is named {spoken!r} for screen readers, its label says {label!r}")
                # The button's "on" state is its value, as the register writes it: a filled form read with
                # pypdf (get_fields' /V) gives the register's value, not the button's place.
                values = page.radio_values.get(name) or []
                state = on_state(kid.get_object())
                if index < len(values) and values[index] and (state is None or str(state)[1:] != values[index]):
                    problems.append(f"fields: button {index + 1} of {name} is the state {state!r}, its value is {values[index]!r}")
        problems += small_text_boxes(reader, page.textareas)

    # Tags.
    mark_info = catalog["/MarkInfo"].get_object() if "/MarkInfo" in catalog else {}
    if not bool(mark_info.get("/Marked")) or "/StructTreeRoot" not in catalog:
        problems.append("tags: not a tagged PDF (no /MarkInfo /Marked true with a /StructTreeRoot)")
    if not str(catalog.get("/Lang", "")).startswith("sv"):
        problems.append(f"tags: document language is {catalog.get('/Lang')!r}, not Swedish")

    # XMP metadata.
    xmp = catalog["/Metadata"].get_object().get_data().decode("utf-8") if "/Metadata" in catalog else ""
    if not re.search(r"pdfuaid:part(?:>|=\")1", xmp):
        problems.append("metadata: the XMP does not declare PDF/UA-1 (pdfuaid:part 1)")
    if args.archival:
        if not re.search(r"pdfaid:part(?:>|=\")3", xmp) or not re.search(r"pdfaid:conformance(?:>|=\")U", xmp):
            problems.append("metadata: the XMP does not declare PDF/A-3u (pdfaid:part 3, conformance U)")
    elif "pdfaid:" in xmp:
        problems.append("metadata: a PDF with form fields declares PDF/A")

    # The title a reader's window, an archive and a screen reader show: what the page's heading says.
    title = " ".join(str((reader.metadata or {}).get("/Title") or "").split())
    if page.heading and not title.startswith(page.heading):
        problems.append(f"metadata: the title is {title!r}, the heading says {page.heading!r}")

    # Fonts, as poppler sees them.
    fonts = subprocess.run(["pdffonts", args.pdf], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    if not fonts:
        problems.append("fonts: pdffonts lists no font")
    for line in fonts:
        columns = line.split()
        # name type... encoding emb sub uni object ID: emb is the fifth column from the end.
        if len(columns) < 6 or columns[-5] != "yes":
            problems.append(f"fonts: not embedded: {line.strip()}")
        elif "Liberation" not in columns[0]:
            problems.append(f"fonts: {columns[0]} is not Liberation Sans (fonts-liberation)")

    # Pages.
    pages = len(reader.pages)
    if not 1 <= pages <= args.max_pages:
        problems.append(f"pages: {pages}, expected 1 to {args.max_pages}")
    for number, each in enumerate(reader.pages, 1):
        width, height = sorted((float(each.mediabox.width), float(each.mediabox.height)))
        landscape = float(each.mediabox.width) > float(each.mediabox.height)
        if abs(width - 595.3) > 2 or abs(height - 841.9) > 2 or (landscape and not args.comparison):
            problems.append(f"pages: page {number} is {each.mediabox.width:.0f} x {each.mediabox.height:.0f} points, not A4")

    # Nothing cut off.
    # Read in the order the page was written (-raw), so that a cell or a column of a list is read whole.
    text = squeeze(subprocess.run(["pdftotext", "-raw", args.pdf, "-"], capture_output=True, text=True, check=True).stdout)
    plain = squeeze(subprocess.run(["pdftotext", args.pdf, "-"], capture_output=True, text=True, check=True).stdout)
    expected = []
    if args.agreement:
        expected += expected_names(front_matter(args.agreement), args.names)
    if args.comparison:
        if not page.comparison:
            problems.append("comparison: the HTML has no comparison table")
        expected += page.comparison
    if args.signatures:
        signatories = [s for s in front_matter(args.agreement).get("undertecknare") or [] if isinstance(s, dict)]
        expected += [str(s["roll"]) for s in signatories if s.get("roll")]
        for label in ("Ortochdatum", "Underskrift", "Namnförtydligande"):
            if plain.count(label) < len(signatories):
                problems.append(f"signatures: {label!r} {plain.count(label)} times for {len(signatories)} signatories")
        places = signature_places(reader)
        if len(places) != len(signatories):
            problems.append(f"signatures: {len(places)} signature blocks found by position for {len(signatories)} signatories")
        for before, after in row_by_row(places):
            problems.append(f"signatures: the block after the one at page {before[0]}, {before[1]:.0f}/{before[2]:.0f} pt is at "
                            f"page {after[0]}, {after[1]:.0f}/{after[2]:.0f} pt: not read row by row in the agreement's order")
    for name in dict.fromkeys(expected):
        if squeeze(name) not in text and squeeze(name) not in plain:
            problems.append(f"cut off: {name!r} is not in the text of the PDF")

    if not args.archival:
        problems += clipped_values(reader, args.pdf)
        problems += button_problems(reader, args.pdf)
    problems += local_links(reader)

    for problem in problems:
        print(f"{args.pdf}: {problem}")
    print(f"{args.pdf}: {pages} pages, {len(fields)} fields, {len(dict.fromkeys(expected))} names checked, "
          f"{'ok' if not problems else str(len(problems)) + ' problems'}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
