/// A document read by `import` — Word, OpenDocument, PDF, plain text or Markdown — as the blocks its body
/// is made of, in order, with what the reader dropped or resolved on the way.
public struct ImportedDocument: Sendable {
    public enum Block: Equatable, Sendable {
        /// The document's title (Word's style "Title", LibreOffice's "Title", a short bold first line):
        /// the body's `#`, whatever heading levels the sections use.
        case title(String)
        case heading(level: Int, text: String)
        case paragraph(String)
        case listItem(ordered: Bool, level: Int, text: String)
        /// Rows of cells; the first row is the header when `header` is set.
        case table(rows: [[String]], header: Bool)

        /// The block's text, cells joined by spaces: what the front matter is inferred from.
        public var text: String {
            switch self {
            case .title(let text), .heading(_, let text), .paragraph(let text), .listItem(_, _, let text): return text
            case .table(let rows, _): return rows.map { $0.joined(separator: " ") }.joined(separator: "\n")
            }
        }
    }

    /// Something the reader changed or left out, said in the import report.
    public enum Note: String, CaseIterable, Sendable {
        case insertionsKept, deletionsDropped, movesResolved, commentsDropped, headersFootersDropped, fieldCodesDropped
        case imagesDropped, tableOfContentsDropped, pageNumbersDropped, hyphenationJoined, placeholdersDropped, ownPartsRead, signatureBlockRead

        public var text: LocalizedText {
            switch self {
            case .insertionsKept: return LocalizedText(sv: "spårade infogningar behölls", en: "tracked insertions kept")
            case .deletionsDropped: return LocalizedText(sv: "spårade borttagningar togs bort", en: "tracked deletions dropped")
            case .movesResolved: return LocalizedText(sv: "spårade flyttar lades in på sin nya plats", en: "tracked moves placed at their new place")
            case .commentsDropped: return LocalizedText(sv: "kommentarer togs bort", en: "comments dropped")
            case .headersFootersDropped: return LocalizedText(sv: "sidhuvuden och sidfötter togs bort", en: "page headers and footers dropped")
            case .fieldCodesDropped: return LocalizedText(sv: "fältkoder togs bort (fältens resultat behölls)", en: "field codes dropped (their results kept)")
            case .imagesDropped: return LocalizedText(sv: "bilder togs bort", en: "images dropped")
            case .tableOfContentsDropped: return LocalizedText(sv: "innehållsförteckningen togs bort", en: "the table of contents was dropped")
            case .pageNumbersDropped: return LocalizedText(sv: "sidnummer och upprepade sidhuvuden togs bort", en: "page numbers and repeated page headers dropped")
            case .hyphenationJoined: return LocalizedText(sv: "avstavade ord vid radslut sattes ihop", en: "words hyphenated at line ends joined")
            case .placeholdersDropped: return LocalizedText(sv: "tomma innehållskontroller (platshållartext som ”Skriv ort”) togs bort", en: "empty content controls (placeholder text such as \"Skriv ort\") dropped")
            case .ownPartsRead: return LocalizedText(sv: "dokumentet är gjort av bus-docs: bara överenskommelsens text blev brödtext; parter, organisation, rutiner, bilagor och underskrifter lästes in som uppgifter i huvudet",
                                                     en: "the document was made by bus-docs: only the agreement's text became the body; parties, organisation, routines, attachments and signatures were read into the front matter")
            case .signatureBlockRead: return LocalizedText(sv: "underskriftsblockets rader lästes in under undertecknare och blev inte brödtext",
                                                           en: "the signature block's lines were read into undertecknare, not kept as body text")
            }
        }
    }

    public var blocks: [Block]
    public var footnotes: [String]
    /// The program that made the document, as its properties say (Word's custom property `Generator` or
    /// author, a PDF's Creator): `OwnDocument.generator` for bus-docs' own.
    public var generator: String?
    /// Each note with how many times it applied.
    public var notes: [Note: Int]

    public init(blocks: [Block] = [], footnotes: [String] = [], notes: [Note: Int] = [:]) {
        self.blocks = blocks
        self.footnotes = footnotes
        self.notes = notes
    }

    mutating func note(_ note: Note, _ count: Int = 1) {
        guard count > 0 else { return }
        notes[note, default: 0] += count
    }
}

/// A paragraph as a reader found it, before it is decided whether it is a heading, a list item or text.
struct RawParagraph {
    var text: String
    /// A heading level from the paragraph's style or outline level.
    var headingLevel: Int? = nil
    /// The paragraph's style is the document's title ("Title", "Rubrik").
    var title = false
    /// Every run with text is bold.
    var bold = false
    /// Every run with text is set larger than the document's body text.
    var larger = false
    var list: (ordered: Bool, level: Int)? = nil
    /// A table's rows of cells, read from a PDF's layout.
    var rows: [[String]]? = nil
    /// A heading's explicit id (bus-docs' own Word documents keep it as a bookmark), written back as `{#id}`.
    var id: String? = nil
}

/// Headings as Word documents are really written: by style or outline level, and also as a short bold
/// paragraph or a numbered one ("3.2 Samverkan", "4. Avvikelser") without a sentence's end.
enum BlockClassifier {
    /// Every paragraph of a document; the first, when it is short and bold (or from plain text, where
    /// nothing is bold) and no heading precedes it, is the document's title. `after`: the blocks read
    /// before these (a reader classifies the paragraphs between tables one run at a time): a run after a
    /// heading has no title of its own.
    static func blocks(_ raws: [RawParagraph], plainText: Bool = false, after: [ImportedDocument.Block] = []) -> [ImportedDocument.Block] {
        var raws = raws
        let titled = after.contains {
            switch $0 {
            case .title, .heading: return true
            default: return false
            }
        } || raws.contains(where: \.title)
        if !titled, let first = raws.firstIndex(where: { !Whitespace.collapsed($0.text).isEmpty }), raws[first].headingLevel == nil, raws[first].list == nil,
           raws[first].bold || plainText {
            let text = Whitespace.collapsed(raws[first].text)
            if text.split(separator: " ").count <= 18, text.count <= 160, let last = text.last, !".,;!?".contains(last) {
                raws[first].title = true
            }
        }
        return raws.compactMap(block)
    }

    static func block(_ raw: RawParagraph) -> ImportedDocument.Block? {
        if let rows = raw.rows {
            // The first row labels the columns when each of its cells is a short label of its own
            // ("Ort och datum" twice is a signature page's line, no header).
            let header = rows.count > 1 && Set(rows[0]).count == rows[0].count && rows[0].allSatisfy { looksLikeHeading($0) && $0.split(separator: " ").count <= 3 && !$0.contains(where: \.isNumber) }
            return .table(rows: rows, header: header)
        }
        let text = Whitespace.collapsed(raw.text)
        guard !text.isEmpty else { return nil }
        if raw.title { return .title(text) }
        if let level = raw.headingLevel { return .heading(level: min(max(level, 1), 6), text: raw.id.map { "\(text) {#\($0)}" } ?? text) }
        if let list = raw.list { return .listItem(ordered: list.ordered, level: list.level, text: text) }
        if let (level, _) = numberedHeading(text) { return .heading(level: level, text: text) }
        // A heading made by direct formatting, as many municipal Word files are: a short line of its own,
        // bold or set larger than the body text, without a sentence's end.
        // Set larger alone, it is not a drop cap's letter, a line leading into what follows ("… below:") or a
        // sentence before its note's marker ("… amet. [1]").
        if raw.bold || raw.larger, looksLikeHeading(text),
           raw.bold || (text.filter(\.isLetter).count >= 2 && !endsAsALeadIn(text)) {
            return .heading(level: 2, text: text)
        }
        return .paragraph(text)
    }

    /// A text ending with a colon, or with a sentence's end before a note's marker.
    static func endsAsALeadIn(_ text: String) -> Bool {
        let bare = text.replacingOccurrences(of: #"\s*\[\d+\]$"#, with: "", options: .regularExpression)
        return bare.last.map { ".,;!?:".contains($0) } ?? false
    }

    /// A short line that does not end as a sentence does.
    static func looksLikeHeading(_ text: String) -> Bool {
        let words = text.split(separator: " ").count
        guard words <= 10, text.count <= 90, let last = text.last else { return false }
        return !".,;!?".contains(last)
    }

    /// "3.2 Samverkan" is a heading of level 3 (2 + 1: the document's title is level 1); "3. Syfte" of level 2.
    static func numberedHeading(_ text: String) -> (Int, String)? {
        var rest = Substring(text)
        var parts = 0
        while let first = rest.first, first.isASCII, first.isNumber {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard digits.count <= 2 else { return nil }
            rest = rest.dropFirst(digits.count)
            parts += 1
            if rest.first == "." { rest = rest.dropFirst() } else { break }
        }
        guard parts > 0, parts <= 4, rest.first == " " || rest.first == "\t" else { return nil }
        let title = rest.trimmingWhitespace()
        guard let first = title.first, first.isLetter, first.isUppercase, looksLikeHeading(title) else { return nil }
        // "2 kap." and "14 dagar" are not headings: a number alone is a count unless a title follows.
        guard title.split(separator: " ").count <= 8 else { return nil }
        return (min(parts + 1, 6), title)
    }
}

enum Whitespace {
    /// Runs of spaces, tabs and line breaks as one space; non-breaking spaces as spaces; trimmed.
    static func collapsed(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var space = false
        for character in text {
            if character == "\u{00AD}" { continue }  // a soft hyphen is no character of the text
            if character.isWhitespace || character == "\u{00A0}" || character == "\u{200B}"
                || character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                space = true
                continue
            }
            if space, !out.isEmpty { out.append(" ") }
            space = false
            out.append(character)
        }
        return out
    }
}

import Foundation
