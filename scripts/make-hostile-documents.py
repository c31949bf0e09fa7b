#!/usr/bin/env python3
"""Writes the hostile documents `bus-docs import` is tested on into Tests/CLITests/Import/hostile/.

Each is a file someone could send a coordinator: a zip bomb, zip-slip entry names, XML entity expansion
and an external entity, a password-protected Word file (an OLE compound file holding "EncryptedPackage"),
a legacy .doc, and a .docx that is not a ZIP archive. Run again to remake them; the output is committed.
"""
import os
import sys
import zipfile

OUT = sys.argv[1] if len(sys.argv) > 1 else "Tests/CLITests/Import/hostile"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def document(body, doctype=""):
    return f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<w:document {W}><w:body>{body}</w:body></w:document>'


def paragraph(text):
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def docx(name, main, extra=()):
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        if isinstance(main, str):
            archive.writestr("word/document.xml", main)
        else:
            with archive.open("word/document.xml", "w", force_zip64=True) as part:
                main(part)
        for entry, data in extra:
            archive.writestr(entry, data)


def bomb(part):
    # 200 MB of one paragraph's spaces: a few hundred kilobytes packed, over the 64 MB cap unpacked.
    part.write(document("<w:p><w:r><w:t>").encode()[:-len("</w:body></w:document>")])
    chunk = b" " * (1 << 20)
    for _ in range(200):
        part.write(chunk)
    part.write(b"</w:t></w:r></w:p></w:body></w:document>")


def ole(marker):
    # An OLE compound file header and a directory entry name in UTF-16LE, as Word writes for an
    # encrypted document ("EncryptedPackage") or a legacy one ("WordDocument").
    header = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504)
    return header + marker.encode("utf-16-le") + bytes(512 - 2 * len(marker))


def main():
    os.makedirs(OUT, exist_ok=True)
    docx("zip-bomb.docx", bomb)
    docx("zip-slip.docx", document(paragraph("Avvikelser skickas till BUSSAM.")),
         [("../../../../tmp/bus-docs-zip-slip.txt", "skrivet utanför"), ("/etc/bus-docs-zip-slip", "absolut")])
    laughs = '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)) + "]>"
    docx("entity-expansion.docx", document(paragraph("Styrgruppen träffas en gång per termin.") + paragraph("&j;"), laughs))
    external = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    docx("external-entity.docx", document(paragraph("Samtycke inhämtas skriftligt.") + paragraph("&xxe;"), external))
    with open(os.path.join(OUT, "password.docx"), "wb") as file:
        file.write(ole("EncryptedPackage"))
    with open(os.path.join(OUT, "legacy.doc"), "wb") as file:
        file.write(ole("WordDocument"))
    with open(os.path.join(OUT, "legacy-named-docx.docx"), "wb") as file:
        file.write(ole("WordDocument"))
    with open(os.path.join(OUT, "not-a-zip.docx"), "w") as file:
        file.write("Det här är ingen Word-fil.\n")
    docx("malformed-xml.docx", f"<w:document {W}><w:body><w:p><w:r><w:t>Avbruten")


if __name__ == "__main__":
    main()
