import BUSDocsKit

/// A Word document's body, written block by block in reading order: headings, paragraphs, fields with
/// content controls, tables and lists. Styles are Word's built-in ones, named by their ids.
struct WordBody {
    private(set) var xml = ""
    var controls = WordControls()
    /// Numbered lists: numbering instance id → the number it starts at (instance 1 is the bullets).
    private(set) var numberedLists: [Int: Int] = [:]
    /// Bookmarks written, each with an id unique in the document.
    private var bookmarks = 0

    static let bulletsNumbering = 1

    /// One block, on a line of its own so `document.xml` reads (and diffs) block by block.
    mutating func append(_ block: String) { xml += block + "\n" }

    mutating func title(_ text: String) {
        append(WordXML.paragraph(WordXML.run(text), .init(style: "Title")))
    }

    mutating func heading(_ text: String, level: Int = 1, pageBreakBefore: Bool = false) {
        append(WordXML.paragraph(WordXML.run(text), .init(style: "Heading\(min(6, max(1, level)))", keepNext: true, pageBreakBefore: pageBreakBefore)))
    }

    mutating func paragraph(_ text: String, style: String? = nil, bold: Bool = false, keepNext: Bool = false) {
        append(WordXML.paragraph(WordXML.run(text, bold: bold), .init(style: style, keepNext: keepNext)))
    }

    /// A warning at a document's top, as the HTML's `<p class="varning" role="alert">`: "Varning: …" in bold.
    mutating func warning(_ text: String) {
        paragraph("Varning: \(text)", bold: true)
    }

    /// "Label: [control]" on one line.
    mutating func field(_ label: String, _ control: String, keepNext: Bool = false) {
        append(WordXML.paragraph(WordXML.run(label + ": ") + control, .init(keepNext: keepNext)))
    }

    /// Two fields on one line, the second from the middle of the line (a tab stop there).
    mutating func fields(_ first: (label: String, control: String), _ second: (label: String, control: String)) {
        append(WordXML.paragraph(WordXML.run(first.label + ": ") + first.control + WordXML.run("\t") + WordXML.run(second.label + ": ") + second.control,
                                 .init(tabStop: WordXML.textWidth / 2)))
    }

    /// A label on its own line, and under it a box (a paragraph with a border all round, not split over
    /// two pages) holding the control for a longer text (`WordControls.boxedText`), as tall as its lines:
    /// room to write by hand on paper, as the PDF's box gives. `keepNext`: the box stays on the page of
    /// what follows it. A paragraph's border, not a table's: Word and LibreOffice keep it with the next.
    /// `smallLabel`: the label in small type on the box's first line (an agenda item's notes, under the
    /// item's heading), one paragraph less in a chain kept together, which LibreOffice keeps more surely.
    mutating func area(_ label: String, _ control: String, keepNext: Bool = false, smallLabel: Bool = false) {
        let layout = WordXML.Layout(keepNext: keepNext, keepLines: true, box: true, spaceAfter: 200)
        if smallLabel {
            append(WordXML.paragraph(WordXML.run(label, breakAfter: true, points: 9) + control, layout))
        } else {
            append(WordXML.paragraph(WordXML.run(label), .init(keepNext: true, spaceAfter: 80)))
            append(WordXML.paragraph(control, layout))
        }
    }

    /// The boxes' heights in lines, as the PDF's (`style.css`, print): 2 cm for an answer of a few lines,
    /// 3.6 cm for a description (a line is about 0.5 cm); an agenda item's notes, two lines in a box of
    /// about 1.3 cm, so that an agenda of eight items and the signing fits on three pages with its
    /// attendance table.
    static let boxLines = 4
    static let tallBoxLines = 7
    static let notesBoxLines = 2

    /// A control, then its text: a check box and what it says.
    mutating func choice(_ control: String, _ text: String) {
        append(WordXML.paragraph(control + WordXML.run(" " + text)))
    }

    /// `keepNext`: the list stays on the page of what follows it (an agenda item's details and its notes).
    mutating func bullets(_ items: [String], keepNext: Bool = false) {
        for item in items { append(WordXML.paragraph(WordXML.run(item), .init(style: "ListParagraph", keepNext: keepNext, numbering: (Self.bulletsNumbering, 0)))) }
    }

    mutating func numbered(_ items: [String]) {
        let id = numbering(startingAt: 1)
        for item in items { append(WordXML.paragraph(WordXML.run(item), .init(style: "ListParagraph", numbering: (id, 0)))) }
    }

    /// A numbering instance of its own for a numbered list, so each list counts from its start.
    mutating func numbering(startingAt start: Int) -> Int {
        let id = numberedLists.count + 2
        numberedLists[id] = start
        return id
    }

    /// A table whose cells are plain texts or paragraphs with controls (`cell`); `headPoints`: a smaller
    /// head, for narrow columns whose names must not break inside a word; `rightAligned`: the columns of
    /// figures (their heads set right; their cells' paragraphs are the caller's).
    /// `keepTogether`: a short table on one page (`WordXML.table`).
    mutating func table(caption: String, head: [String], rows: [[String]], widths: [Int], headPoints: Int? = nil, rightAligned: Set<Int> = [],
                        keepTogether: Bool = false) {
        append(WordXML.paragraph(WordXML.run(caption), .init(style: "Caption", keepNext: true)))
        append(WordXML.table(caption: caption, head: head, rows: rows, widths: widths, headPoints: headPoints, rightAligned: rightAligned,
                             keepTogether: keepTogether))
        append(WordXML.paragraph(""))
    }

    /// A cell's content: one paragraph of text; `points`: a table's smaller size; `compact`: no room
    /// under the paragraph (a form's table, its rows as low as their lines).
    static func cell(_ text: String, points: Int? = nil, compact: Bool = false) -> String {
        WordXML.paragraph(text.isEmpty ? "" : WordXML.run(text, points: points), .init(spaceAfter: compact ? 0 : nil))
    }

    /// A cell's content: one paragraph holding a control.
    static func cell(control: String, compact: Bool = false) -> String { WordXML.paragraph(control, .init(spaceAfter: compact ? 0 : nil)) }

    /// A line to sign on, with what it is for under it.
    mutating func signatureLine(_ caption: String, keepNext: Bool = false) {
        append(WordXML.paragraph(WordXML.run(caption), .init(keepNext: keepNext, lineAbove: true, spaceBefore: 720)))
    }

    /// A Markdown body, each block as a paragraph in the style for its kind.
    mutating func markdown(_ blocks: [MarkdownBlock]) {
        var listNumbering: [Int: Int] = [:]
        for block in blocks {
            var layout = WordXML.Layout()
            switch block.kind {
            case .heading(let level):
                layout.style = "Heading\(level)"
                layout.keepNext = true
            case .paragraph:
                if block.quoteDepth > 0 { layout.style = "Quote" }
            case .code:
                layout.style = "NoSpacing"
            case .rule:
                append(WordXML.paragraph("", .init(lineAbove: true)))
                continue
            }
            if let place = block.list {
                layout.style = layout.style ?? "ListParagraph"
                if place.opensItem {
                    let id = place.ordered
                        ? listNumbering[place.list] ?? numbering(startingAt: place.start)
                        : Self.bulletsNumbering
                    listNumbering[place.list] = id
                    layout.numbering = (id, min(8, place.level))
                } else {
                    layout.indent = 720 * (place.level + 1)
                }
            }
            var runs = block.spans.map { WordXML.run($0.text, bold: $0.strong, italic: $0.emphasis, code: $0.code, breakAfter: $0.breakAfter) }.joined()
            if let id = block.id, let name = OwnDocument.bookmark(forID: id) {
                bookmarks += 1
                runs = "<w:bookmarkStart w:id=\"\(bookmarks)\" w:name=\"\(WordXML.escape(name))\"/><w:bookmarkEnd w:id=\"\(bookmarks)\"/>" + runs
            }
            append(WordXML.paragraph(runs, layout))
        }
    }
}
