/// A Word document (`.docx`, Office Open XML) as blocks: the main part found through the package's
/// relationships (not assumed to be `word/document.xml`), its styles for heading levels and bold, its
/// numbering for lists, its footnotes and endnotes. Tracked insertions are kept and deletions dropped,
/// moves kept at their new place; comments, field codes, headers and footers are left out.
struct WordReader {
    private var archive: DocumentArchive
    private var document = ImportedDocument()
    private var styles: [String: Style] = [:]
    private var numbering: [String: [Int: Bool]] = [:]  // numId → level → ordered
    private var notes: [String: [String]] = [:]          // "f3" / "e2" → paragraphs
    private var pending = ""                             // a paragraph whose mark was deleted runs on
    private var raw: [RawParagraph] = []
    private var tableBlocks: [(index: Int, block: ImportedDocument.Block)] = []
    private var placeholders: [String: String] = [:]     // glossary building block name → its text
    private var defaultSize = 20                          // the document default's `w:sz`, Word's 10 pt when none

    struct Style {
        var name = ""
        var basedOn: String?
        var outlineLevel: Int?
        var bold: Bool?
        /// Font size in half-points (`w:sz`).
        var size: Int?
        var isDefault = false
        var list: (numId: String, level: Int)?
    }

    static func read(path: String, bytes: [UInt8]) throws -> ImportedDocument {
        var reader = WordReader(archive: try DocumentArchive(path: path, bytes: bytes, kind: ".docx"))
        return try reader.read()
    }

    private init(archive: DocumentArchive) {
        self.archive = archive
    }

    private mutating func read() throws -> ImportedDocument {
        let main = try mainPart()
        guard let root = try archive.xml(main) else {
            throw ImportProblem(sv: "Word-dokumentet saknar sin huvuddel (\(main))", en: "the Word document has no main part (\(main))")
        }
        let relations = try relationships(of: main)
        func target(_ suffix: String, _ fallback: String) -> String {
            relations.first { $0.type.hasSuffix("/" + suffix) }?.target ?? fallback
        }
        let folder = main.contains("/") ? String(main[...main.lastIndex(of: "/")!]) : ""
        if let styles = try archive.xml(target("styles", folder + "styles.xml")) { readStyles(styles) }
        if let numbering = try archive.xml(target("numbering", folder + "numbering.xml")) { readNumbering(numbering) }
        if let glossary = (try? archive.xml(target("glossaryDocument", folder + "glossary/document.xml"))) ?? nil { readPlaceholders(glossary) }
        for (kind, prefix) in [("footnotes", "f"), ("endnotes", "e")] {
            if let part = try archive.xml(target(kind, folder + kind + ".xml")) {
                for note in part.elements where note.name == kind.dropLast() && note.attributes["type"] == nil {
                    let saved = raw
                    raw = []
                    blocks(note.elements)
                    notes[prefix + (note.attributes["id"] ?? "")] = raw.map { Whitespace.collapsed($0.text) }.filter { !$0.isEmpty }
                    raw = saved
                }
            }
        }
        document.generator = generator()
        if let comments = try archive.xml(target("comments", folder + "comments.xml")) {
            document.note(.commentsDropped, comments.elements.filter { $0.name == "comment" }.count)
        }
        if relations.contains(where: { $0.type.hasSuffix("/header") || $0.type.hasSuffix("/footer") }) {
            document.note(.headersFootersDropped)
        }
        guard let body = root.child("body") else { return document }
        blocks(body.elements)
        flushPending()
        var pendingParagraphs: [RawParagraph] = []
        var index = 0
        for paragraph in raw {
            while let table = tableBlocks.first, table.index <= index {
                document.blocks += BlockClassifier.blocks(pendingParagraphs, after: document.blocks)
                pendingParagraphs = []
                document.blocks.append(table.block)
                tableBlocks.removeFirst()
            }
            pendingParagraphs.append(paragraph)
            index += 1
        }
        document.blocks += BlockClassifier.blocks(pendingParagraphs, after: document.blocks)
        document.blocks += tableBlocks.map(\.block)
        return document
    }

    // MARK: Package

    struct Relation {
        var type: String
        var target: String
    }

    /// The main document part the package's `_rels/.rels` names.
    private mutating func mainPart() throws -> String {
        if let rels = try archive.xml("_rels/.rels"),
           let main = rels.elements.first(where: { ($0.attributes["Type"] ?? "").hasSuffix("/officeDocument") }),
           let target = main.attributes["Target"] {
            return Self.normalised(target.hasPrefix("/") ? String(target.dropFirst()) : target)
        }
        return "word/document.xml"
    }

    private mutating func relationships(of part: String) throws -> [Relation] {
        let slash = part.lastIndex(of: "/")
        let folder = slash.map { String(part[...$0]) } ?? ""
        let name = slash.map { String(part[part.index(after: $0)...]) } ?? part
        guard let rels = try archive.xml(folder + "_rels/" + name + ".rels") else { return [] }
        return rels.elements.compactMap { relation in
            guard let type = relation.attributes["Type"], let target = relation.attributes["Target"],
                  relation.attributes["TargetMode"] != "External" else { return nil }
            return Relation(type: type, target: Self.normalised(target.hasPrefix("/") ? String(target.dropFirst()) : folder + target))
        }
    }

    /// "word/../word/styles.xml" → "word/styles.xml".
    static func normalised(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == ".." { if !parts.isEmpty { parts.removeLast() } } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    // MARK: Properties and placeholders

    /// The program that made the document: the custom property `Generator` bus-docs writes, else an
    /// author `bus-docs` (what earlier versions wrote), else the application the properties name.
    /// Properties that cannot be read are no reason to refuse the document.
    private mutating func generator() -> String? {
        func part(_ name: String) -> XMLElement? { (try? archive.xml(name)) ?? nil }
        if let custom = part("docProps/custom.xml"),
           let property = custom.elements.first(where: { $0.name == "property" && $0.attributes["name"] == "Generator" }) {
            return Whitespace.collapsed(property.text)
        }
        if let creator = part("docProps/core.xml")?.child("creator"), Whitespace.collapsed(creator.text) == OwnDocument.generator {
            return OwnDocument.generator
        }
        return part("docProps/app.xml")?.child("Application").map { Whitespace.collapsed($0.text) }
    }

    /// The texts of the glossary's building blocks, by name: what a content control shows as its
    /// placeholder ("Klicka eller tryck här för att ange text.", "Skriv ort").
    private mutating func readPlaceholders(_ root: XMLElement) {
        for part in root.descendants("docPart") {
            guard let name = part.child("docPartPr")?.child("name")?.attributes["val"], let body = part.child("docPartBody") else { continue }
            placeholders[name] = Whitespace.collapsed(body.descendants("t").map(\.text).joined())
        }
    }

    /// A content control showing its placeholder (`w:showingPlcHdr`, or text equal to the building block
    /// it names as placeholder) holds a prompt, not text: it is left out wherever it stands.
    private mutating func showsPlaceholder(_ control: XMLElement) -> Bool {
        guard let properties = control.child("sdtPr") else { return false }
        var prompt = properties.child("showingPlcHdr").map(Self.isOn) ?? false
        if !prompt, let name = properties.child("placeholder")?.child("docPart")?.attributes["val"], let text = placeholders[name], !text.isEmpty {
            prompt = Whitespace.collapsed(control.child("sdtContent")?.descendants("t").map(\.text).joined() ?? "") == text
        }
        if prompt { document.note(.placeholdersDropped) }
        return prompt
    }

    // MARK: Styles and numbering

    private mutating func readStyles(_ root: XMLElement) {
        for style in root.elements where style.name == "style" {
            guard let id = style.attributes["styleId"] else { continue }
            var value = Style()
            value.name = style.child("name")?.attributes["val"] ?? id
            value.basedOn = style.child("basedOn")?.attributes["val"]
            let properties = style.child("pPr")
            value.outlineLevel = properties?.child("outlineLvl")?.attributes["val"].flatMap { Int($0) }
            if let numPr = properties?.child("numPr"), let numId = numPr.child("numId")?.attributes["val"] {
                value.list = (numId, Int(numPr.child("ilvl")?.attributes["val"] ?? "0") ?? 0)
            }
            value.bold = style.child("rPr")?.child("b").map(Self.isOn)
            value.size = style.child("rPr")?.child("sz")?.attributes["val"].flatMap { Int($0) }
            value.isDefault = style.attributes["type"] == "paragraph" && ["1", "true", "on"].contains(style.attributes["default"] ?? "0")
            styles[id] = value
        }
        if let size = root.child("docDefaults")?.child("rPrDefault")?.child("rPr")?.child("sz")?.attributes["val"].flatMap({ Int($0) }) {
            defaultSize = size
        }
        // The body text's size: the default paragraph style's (Normal), else the document default.
        if let normal = styles.values.first(where: \.isDefault)?.size { defaultSize = normal }
    }

    private mutating func readNumbering(_ root: XMLElement) {
        var abstract: [String: [Int: Bool]] = [:]
        for definition in root.elements where definition.name == "abstractNum" {
            guard let id = definition.attributes["abstractNumId"] else { continue }
            var levels: [Int: Bool] = [:]
            for level in definition.elements where level.name == "lvl" {
                let format = level.child("numFmt")?.attributes["val"] ?? "decimal"
                if format != "none" { levels[Int(level.attributes["ilvl"] ?? "0") ?? 0] = format != "bullet" }
            }
            abstract[id] = levels
        }
        for number in root.elements where number.name == "num" {
            guard let id = number.attributes["numId"], let base = number.child("abstractNumId")?.attributes["val"] else { continue }
            numbering[id] = abstract[base] ?? [:]
        }
    }

    /// A style's value, or its base's (as far as five steps up).
    private func inherited<T>(_ id: String?, _ value: (Style) -> T?) -> T? {
        var current = id
        for _ in 0..<6 {
            guard let key = current, let style = styles[key] else { return nil }
            if let found = value(style) { return found }
            current = style.basedOn
        }
        return nil
    }

    static func isOn(_ element: XMLElement) -> Bool {
        !["0", "false", "off", "none"].contains(element.attributes["val"] ?? "true")
    }

    /// Whether a style is the document's title: Word's "Title" (Swedish Word's "Rubrik"), or one based on it.
    private func isTitle(style id: String?) -> Bool {
        var current = id
        for _ in 0..<6 {
            guard let key = current, let style = styles[key] else { return false }
            if ["title", "rubrik"].contains(style.name.lowercased()) { return true }
            if style.outlineLevel != nil { return false }
            current = style.basedOn
        }
        return false
    }

    /// A heading level from a style: its outline level, or a name such as "heading 2", "Rubrik 2".
    private func headingLevel(style id: String?) -> Int? {
        if let outline = inherited(id, \.outlineLevel), outline < 9 { return outline + 1 }
        guard let id, let name = styles[id]?.name.lowercased() else { return nil }
        for prefix in ["heading ", "rubrik "] where name.hasPrefix(prefix) {
            if let level = Int(name.dropFirst(prefix.count)) { return level }
        }
        return nil
    }

    // MARK: Body

    private mutating func blocks(_ elements: [XMLElement]) {
        for element in elements {
            switch element.name {
            case "p": paragraph(element)
            case "tbl": table(element)
            case "sdt":
                // A table of contents repeats the headings: left out.
                if element.child("sdtPr")?.descendants("docPartGallery").contains(where: { ($0.attributes["val"] ?? "").hasPrefix("Table of Contents") }) == true {
                    document.note(.tableOfContentsDropped)
                    continue
                }
                if showsPlaceholder(element) { continue }
                blocks(element.child("sdtContent")?.elements ?? [])
            case "customXml", "ins", "moveTo", "smartTag": blocks(element.elements)
            case "del", "moveFrom": document.note(.deletionsDropped)
            default: break
            }
        }
    }

    private mutating func paragraph(_ element: XMLElement) {
        let properties = element.child("pPr")
        let style = properties?.child("pStyle")?.attributes["val"]
        if let name = style.flatMap({ styles[$0]?.name.lowercased() }), name.hasPrefix("toc ") || name.hasPrefix("innehåll ") || name.hasPrefix("förteckn") {
            document.note(.tableOfContentsDropped)
            return
        }
        var inline = Inline()
        inline.styleBold = inherited(style, \.bold) ?? false
        inline.styleSize = inherited(style, \.size) ?? defaultSize
        collect(element.elements, into: &inline)
        var text = pending + inline.text
        pending = ""
        // A deleted paragraph mark joins this paragraph to the next.
        if properties?.child("rPr")?.child("del") != nil {
            document.note(.deletionsDropped)
            pending = text
            if !text.isEmpty, !text.hasSuffix(" ") { pending += " " }
            return
        }
        if properties?.child("rPr")?.child("ins") != nil { document.note(.insertionsKept) }
        var paragraph = RawParagraph(text: text)
        let outline = properties?.child("outlineLvl")?.attributes["val"].flatMap(Int.init)
        paragraph.headingLevel = outline.flatMap { $0 < 9 ? $0 + 1 : nil } ?? headingLevel(style: style)
        paragraph.title = outline == nil && isTitle(style: style)
        paragraph.bold = inline.allBold
        // Set larger than the body text, every character of it: a heading written by direct formatting.
        paragraph.larger = inline.smallestSize.map { $0 > defaultSize } ?? false
        paragraph.id = element.elements.lazy.filter { $0.name == "bookmarkStart" }.compactMap { $0.attributes["name"].flatMap(OwnDocument.id(forBookmark:)) }.first
        var list: (numId: String, level: Int)?
        if let numPr = properties?.child("numPr") {
            if let numId = numPr.child("numId")?.attributes["val"] {
                list = (numId, Int(numPr.child("ilvl")?.attributes["val"] ?? "0") ?? 0)
            }
        } else {
            list = inherited(style) { $0.list }
        }
        if let list, list.numId != "0", paragraph.headingLevel == nil, let ordered = numbering[list.numId]?[list.level] {
            paragraph.list = (ordered, list.level)
        }
        text = ""
        raw.append(paragraph)
        for box in inline.textBoxes { blocks(box) }
    }

    private mutating func flushPending() {
        if !pending.isEmpty { raw.append(RawParagraph(text: pending)) }
        pending = ""
    }

    private mutating func table(_ element: XMLElement) {
        var rows: [[String]] = []
        // Per row read, whether every cell with text is bold throughout.
        var boldRows: [Bool] = []
        // The table's style sets its first row apart (`tblLook` firstRow): that row is its header.
        let look = element.child("tblPr")?.child("tblLook")
        var header = look?.attributes["firstRow"] == "1" || (look?.attributes["val"]).flatMap { Int($0, radix: 16) }.map { $0 & 0x20 != 0 } == true
        for row in element.elements where row.name == "tr" || row.name == "sdt" || row.name == "customXml" {
            for row in row.name == "tr" ? [row] : row.descendants("tr") {
                if rows.isEmpty, row.child("trPr")?.child("tblHeader") != nil || isHeadingRow(row) { header = true }
                var cells: [String] = []
                var bold = true
                for cell in row.elements where cell.name == "tc" || cell.name == "sdt" {
                    for cell in cell.name == "tc" ? [cell] : cell.descendants("tc") {
                        let saved = raw
                        raw = []
                        blocks(cell.elements)
                        flushPending()
                        let written = raw.filter { !Whitespace.collapsed($0.text).isEmpty }
                        cells.append(written.map { Whitespace.collapsed($0.text) }.joined(separator: " "))
                        if !written.allSatisfy(\.bold) { bold = false }
                        raw = saved
                    }
                }
                if cells.contains(where: { !$0.isEmpty }) {
                    rows.append(cells)
                    boldRows.append(bold)
                }
            }
        }
        guard !rows.isEmpty else { return }
        // A first row set in bold by hand, over rows that are not: the labels of a header row.
        if boldRows.count > 1, boldRows[0], !boldRows[1...].contains(true) { header = true }
        tableBlocks.append((raw.count, .table(rows: rows, header: header)))
    }

    /// A row whose paragraphs are all in the paragraph style for a table's header row: LibreOffice's
    /// "Table Heading" ("Tabellrubrik"), which it gives the cells of an HTML `<th>` row and a header row.
    private func isHeadingRow(_ row: XMLElement) -> Bool {
        let paragraphs = row.descendants("p").filter { !$0.descendants("t").isEmpty }
        return !paragraphs.isEmpty && paragraphs.allSatisfy { paragraph in
            let id = paragraph.child("pPr")?.child("pStyle")?.attributes["val"]
            return id.flatMap { styles[$0]?.name.lowercased() }.map(Self.headingRowStyles.contains) == true
        }
    }

    static let headingRowStyles: Set<String> = ["table heading", "tabellrubrik"]

    /// A paragraph's text as it reads now, with what its runs say about bold.
    struct Inline {
        var text = ""
        var styleBold = false
        var styleSize = 20
        /// The smallest size of the characters read (half-points), nil before the first.
        var smallestSize: Int?
        var boldCharacters = 0
        var plainCharacters = 0
        /// Fields open: true while in a field's instruction (its code), false in its result.
        var fields: [Bool] = []
        var textBoxes: [[XMLElement]] = []

        var allBold: Bool { boldCharacters > 0 && plainCharacters == 0 }
        var inInstruction: Bool { fields.contains(true) }

        mutating func append(_ piece: String, bold: Bool) {
            guard !inInstruction else { return }
            text += piece
            let count = piece.filter { !$0.isWhitespace }.count
            if bold { boldCharacters += count } else { plainCharacters += count }
        }
    }

    private mutating func collect(_ elements: [XMLElement], into inline: inout Inline) {
        for element in elements {
            switch element.name {
            case "r":
                run(element, into: &inline)
            case "ins", "moveTo":
                document.note(element.name == "ins" ? .insertionsKept : .movesResolved)
                collect(element.elements, into: &inline)
            case "del", "moveFrom":
                if element.name == "del" { document.note(.deletionsDropped) }
            case "hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo", "sdtContent":
                if element.name == "fldSimple" { document.note(.fieldCodesDropped) }
                collect(element.elements, into: &inline)
            case "sdt":
                if showsPlaceholder(element) { continue }
                collect(element.child("sdtContent")?.elements ?? [], into: &inline)
            case "AlternateContent":
                // Word writes the same content twice, as a choice and a fallback: one is read.
                if let choice = element.elements.first(where: { $0.name == "Choice" }) ?? element.child("Fallback") {
                    collect(choice.elements, into: &inline)
                }
            case "commentRangeStart", "commentRangeEnd", "bookmarkStart", "bookmarkEnd", "proofErr", "pPr", "permStart", "permEnd":
                break
            default:
                collect(element.elements, into: &inline)
            }
        }
    }

    private mutating func run(_ element: XMLElement, into inline: inout Inline) {
        let properties = element.child("rPr")
        let runStyle = properties?.child("rStyle")?.attributes["val"]
        let bold = properties?.child("b").map(Self.isOn) ?? inherited(runStyle, \.bold) ?? inline.styleBold
        let size = properties?.child("sz")?.attributes["val"].flatMap { Int($0) } ?? inherited(runStyle, \.size) ?? inline.styleSize
        if element.elements.contains(where: { $0.name == "t" && $0.text.contains(where: { !$0.isWhitespace }) }) {
            inline.smallestSize = min(inline.smallestSize ?? size, size)
        }
        for child in element.elements {
            switch child.name {
            case "t": inline.append(child.text, bold: bold)
            case "tab", "ptab": inline.append(" ", bold: bold)
            case "br", "cr": inline.append(" ", bold: bold)
            case "noBreakHyphen": inline.append("-", bold: bold)
            case "sym": break
            case "fldChar":
                switch child.attributes["fldCharType"] {
                case "begin": inline.fields.append(true); document.note(.fieldCodesDropped)
                case "separate": if !inline.fields.isEmpty { inline.fields[inline.fields.count - 1] = false }
                case "end": if !inline.fields.isEmpty { inline.fields.removeLast() }
                default: break
                }
            case "footnoteReference", "endnoteReference":
                let key = (child.name == "footnoteReference" ? "f" : "e") + (child.attributes["id"] ?? "")
                if let note = notes[key], !inline.inInstruction {
                    document.footnotes.append(note.joined(separator: " "))
                    inline.append(" [\(document.footnotes.count)]", bold: false)
                }
            case "commentReference":
                if notes["c"] == nil { notes["c"] = [] }
            case "drawing", "pict", "object":
                let boxes = child.descendants("txbxContent")
                if boxes.isEmpty { document.note(.imagesDropped) }
                // The first text box's paragraphs (a shape's choice and fallback hold the same one).
                if let box = boxes.first { inline.textBoxes.append(box.elements) }
            case "AlternateContent":
                if let choice = child.elements.first(where: { $0.name == "Choice" }) ?? child.child("Fallback") {
                    run(XMLElement(name: "r", namespace: "", attributes: [:], children: [.element(properties ?? XMLElement(name: "rPr", namespace: "", attributes: [:], children: []))] + choice.children), into: &inline)
                }
            default: break  // delText, instrText, rPr, lastRenderedPageBreak …
            }
        }
    }
}
