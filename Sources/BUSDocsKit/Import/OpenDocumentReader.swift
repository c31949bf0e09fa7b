/// An OpenDocument text (`.odt`) as blocks, from `content.xml` with the styles of `styles.xml` and the
/// automatic styles: headings (`text:h` and its outline level), paragraphs, lists (bulleted or numbered by
/// their list style), tables, notes. Tracked deletions (kept aside in `text:tracked-changes`) are dropped,
/// insertions kept; annotations (comments) are left out, as are page headers and footers.
struct OpenDocumentReader {
    private var document = ImportedDocument()
    private var raw: [Item] = []
    private var boldStyles: Set<String> = []
    private var parents: [String: String] = [:]
    private var orderedLists: [String: [Int: Bool]] = [:]  // list style → level → numbered

    enum Item {
        case paragraph(RawParagraph)
        case table([[String]], header: Bool)
    }

    static func read(path: String, bytes: [UInt8]) throws -> ImportedDocument {
        var archive = try DocumentArchive(path: path, bytes: bytes, kind: ".odt")
        guard let content = try archive.xml("content.xml") else {
            throw ImportProblem(sv: "OpenDocument-filen saknar content.xml", en: "the OpenDocument file has no content.xml")
        }
        var reader = OpenDocumentReader()
        if let styles = try archive.xml("styles.xml") {
            reader.readStyles(styles)
            if !styles.descendants("header").isEmpty || !styles.descendants("footer").isEmpty { reader.document.note(.headersFootersDropped) }
        }
        reader.readStyles(content)
        guard let text = content.child("body")?.child("text") else { return reader.document }
        reader.blocks(text.elements, listLevel: nil, listStyle: nil)
        var paragraphs: [RawParagraph] = []
        for item in reader.raw {
            switch item {
            case .paragraph(let paragraph):
                paragraphs.append(paragraph)
            case .table(let rows, let header):
                reader.document.blocks += BlockClassifier.blocks(paragraphs, after: reader.document.blocks)
                paragraphs = []
                reader.document.blocks.append(.table(rows: rows, header: header))
            }
        }
        reader.document.blocks += BlockClassifier.blocks(paragraphs, after: reader.document.blocks)
        return reader.document
    }

    private mutating func readStyles(_ root: XMLElement) {
        for style in root.descendants("style") {
            guard let name = style.attributes["name"] else { continue }
            if let parent = style.attributes["parent-style-name"] { parents[name] = parent }
            if let weight = style.child("text-properties")?.attributes["font-weight"], weight == "bold" || (Int(weight) ?? 0) >= 600 {
                boldStyles.insert(name)
            }
        }
        for list in root.descendants("list-style") {
            guard let name = list.attributes["name"] else { continue }
            var levels: [Int: Bool] = [:]
            for level in list.elements {
                let number = (Int(level.attributes["level"] ?? "1") ?? 1) - 1
                levels[number] = level.name == "list-level-style-number" && !(level.attributes["num-format"] ?? "1").isEmpty
            }
            orderedLists[name] = levels
        }
    }

    /// Whether a paragraph style is the document's title: LibreOffice's "Title" or one based on it.
    private func isTitle(_ style: String?) -> Bool {
        var current = style
        for _ in 0..<6 {
            guard let name = current else { return false }
            if name == "Title" { return true }
            current = parents[name]
        }
        return false
    }

    /// Whether a paragraph style is LibreOffice's "Table Heading" (`Table_20_Heading`) or one based on it.
    private func isTableHeading(_ style: String?) -> Bool {
        var current = style
        for _ in 0..<6 {
            guard let name = current else { return false }
            if name == "Table_20_Heading" { return true }
            current = parents[name]
        }
        return false
    }

    private func isBold(_ style: String?) -> Bool {
        var current = style
        for _ in 0..<6 {
            guard let name = current else { return false }
            if boldStyles.contains(name) { return true }
            current = parents[name]
        }
        return false
    }

    private mutating func blocks(_ elements: [XMLElement], listLevel: Int?, listStyle: String?) {
        for element in elements {
            switch element.name {
            case "h":
                var inline = Inline(styleBold: true)
                collect(element.children, into: &inline)
                let level = Int(element.attributes["outline-level"] ?? "1") ?? 1
                raw.append(.paragraph(RawParagraph(text: inline.text, headingLevel: level)))
            case "p":
                var inline = Inline(styleBold: isBold(element.attributes["style-name"]))
                collect(element.children, into: &inline)
                var paragraph = RawParagraph(text: inline.text, bold: inline.allBold)
                paragraph.title = listLevel == nil && isTitle(element.attributes["style-name"])
                if let listLevel {
                    let ordered = listStyle.flatMap { orderedLists[$0]?[listLevel] } ?? false
                    paragraph.list = (ordered, listLevel)
                }
                raw.append(.paragraph(paragraph))
                // Text boxes (an image's caption) are paragraphs of their own, after the one that holds them.
                for box in inline.boxes { blocks(box, listLevel: nil, listStyle: nil) }
            case "list":
                let style = element.attributes["style-name"] ?? listStyle
                for item in element.elements where item.name == "list-item" || item.name == "list-header" {
                    blocks(item.elements, listLevel: (listLevel ?? -1) + 1, listStyle: style)
                }
            case "table":
                table(element)
            case "section", "index-body", "index-title", "table-of-content", "alphabetical-index", "illustration-index", "user-index", "bibliography":
                blocks(element.elements, listLevel: listLevel, listStyle: listStyle)
            case "tracked-changes":
                document.note(.deletionsDropped, element.descendants("deletion").count)
                document.note(.insertionsKept, element.descendants("insertion").count)
            default:
                break  // sequence-decls, forms, soft-page-break …
            }
        }
    }

    private mutating func table(_ element: XMLElement) {
        var rows: [[String]] = []
        let headerRows = element.descendants("table-header-rows").flatMap { $0.elements.filter { $0.name == "table-row" } }
        let bodyRows = element.elements.flatMap { child -> [XMLElement] in
            switch child.name {
            case "table-row": return [child]
            case "table-rows", "table-row-group": return child.elements.filter { $0.name == "table-row" }
            default: return []
            }
        }
        for row in headerRows + bodyRows {
            var cells: [String] = []
            for cell in row.elements where cell.name == "table-cell" {
                let saved = raw
                raw = []
                blocks(cell.elements, listLevel: nil, listStyle: nil)
                cells.append(raw.compactMap { item -> String? in
                    if case .paragraph(let paragraph) = item { return Whitespace.collapsed(paragraph.text) }
                    if case .table(let rows, _) = item { return rows.map { $0.joined(separator: " ") }.joined(separator: " ") }
                    return nil
                }.filter { !$0.isEmpty }.joined(separator: " "))
                raw = saved
            }
            if cells.contains(where: { !$0.isEmpty }) { rows.append(cells) }
        }
        // LibreOffice's "Table Heading" paragraph style in every cell of the first row (an HTML `<th>` row):
        // that row labels the columns too.
        let styled = headerRows.isEmpty && bodyRows.first.map { row in
            let paragraphs = row.descendants("p").filter { !Whitespace.collapsed($0.text).isEmpty }
            return !paragraphs.isEmpty && paragraphs.allSatisfy { isTableHeading($0.attributes["style-name"]) }
        } == true
        if !rows.isEmpty { raw.append(.table(rows, header: !headerRows.isEmpty || styled)) }
    }

    struct Inline {
        var text = ""
        var styleBold: Bool
        var boldCharacters = 0
        var plainCharacters = 0
        var boxes: [[XMLElement]] = []

        var allBold: Bool { boldCharacters > 0 && plainCharacters == 0 }

        mutating func append(_ piece: String, bold: Bool) {
            text += piece
            let count = piece.filter { !$0.isWhitespace }.count
            if bold { boldCharacters += count } else { plainCharacters += count }
        }
    }

    private mutating func collect(_ children: [XMLElement.Child], into inline: inout Inline) {
        for child in children {
            switch child {
            case .text(let text):
                inline.append(text, bold: inline.styleBold)
            case .element(let element):
                switch element.name {
                case "s":
                    inline.append(String(repeating: " ", count: min(Int(element.attributes["c"] ?? "1") ?? 1, 100)), bold: inline.styleBold)
                case "tab", "line-break":
                    inline.append(" ", bold: inline.styleBold)
                case "span", "a", "ruby", "ruby-base", "meta", "text-input":
                    let saved = inline.styleBold
                    if isBold(element.attributes["style-name"]) { inline.styleBold = true }
                    collect(element.children, into: &inline)
                    inline.styleBold = saved
                case "note":
                    let body = element.child("note-body")
                    var note = OpenDocumentReader()
                    note.boldStyles = boldStyles
                    note.blocks(body?.elements ?? [], listLevel: nil, listStyle: nil)
                    let text = note.raw.compactMap { item -> String? in
                        if case .paragraph(let paragraph) = item { return Whitespace.collapsed(paragraph.text) }
                        return nil
                    }.filter { !$0.isEmpty }.joined(separator: " ")
                    document.footnotes.append(text)
                    inline.append(" [\(document.footnotes.count)]", bold: false)
                case "annotation":
                    document.note(.commentsDropped)
                case "annotation-end", "bookmark", "bookmark-start", "bookmark-end", "reference-mark-start", "reference-mark-end",
                     "change-start", "change-end", "change", "soft-page-break":
                    break
                case "frame":
                    let boxes = element.descendants("text-box")
                    if boxes.isEmpty { document.note(.imagesDropped) }
                    inline.boxes += boxes.map(\.elements)
                default:
                    // Fields (page numbers, dates, references) show their current text.
                    collect(element.children, into: &inline)
                }
            }
        }
    }
}
