#!/usr/bin/env python3
"""Writes the hostile reproducers kept in tests/fuzz/regressions.

Each is a few KB (the danger is in what the reader would make of it) and is
replayed by seed_replay in every build, which also states what each must
give. Run once from the repository root after changing this script:
    python3 tests/fuzz/make_regressions.py ../shared/corpus/003_1ba3202efab2ed16.txt
"""
import html
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "regressions"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>")
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>')


def docx(name, document_xml):
    with zipfile.ZipFile(OUT / name, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", document_xml)


def document(body, doctype=""):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + doctype +
            f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')


def paragraphs(lines):
    return "".join(f'<w:p><w:r><w:t xml:space="preserve">{html.escape(l)}</w:t></w:r></w:p>' for l in lines)


def main():
    report = Path(sys.argv[1]).read_text(encoding="utf-8").split("\n")
    OUT.mkdir(exist_ok=True)

    # Billion laughs: refused at the DTD, before any entity is expanded.
    docx("docx-dtd-entities.docx",
         document("<w:p><w:r><w:t>" + "&e;" * 2000 + "</w:t></w:r></w:p>",
                  f'<!DOCTYPE w:document [<!ENTITY e "{"a" * 1024}">]>'))

    # A report with a row of cells claiming 1000 grid columns above 50 short rows.
    wide = "".join(f'<w:tc><w:tcPr><w:gridSpan w:val="1000"/></w:tcPr><w:p><w:r><w:t>格{c}</w:t></w:r></w:p></w:tc>'
                   for c in range(20))
    short = '<w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr>' * 50
    docx("docx-gridspan-1000.docx", document(paragraphs(report) + f"<w:tbl><w:tr>{wide}</w:tr>{short}</w:tbl>"))

    # 500,000 U+FDFA, 18 characters each after NFKC: past the character budget.
    docx("docx-nfkc-expansion.docx",
         document(paragraphs(report) + ("<w:p><w:r><w:t>" + "\ufdfa" * 1000 + "</w:t></w:r></w:p>") * 500))

    # The report's short lines (headings, table labels) 250 elements deep,
    # followed by a row of 100 cells of colspan 1000.
    body = "".join(f"<p>{html.escape(l)}</p>" for l in report if len(l) <= 20)
    page = ('<html><head><meta charset="utf-8"></head><body>' + "<div>" * 250 + body + "</div>" * 250 +
            "<table><tr>" + "<td colspan=1000></td>" * 100 + "</tr>" + "<tr><td>x</td></tr>" * 50 +
            "</table></body></html>")
    (OUT / "html-deep-wide.html").write_text(page, encoding="utf-8")


if __name__ == "__main__":
    main()
