/// An agreement bus-docs itself wrote as Word or PDF, known by what bus-docs writes into it: its
/// generator in the document's properties (Word's custom property `Generator` or, in earlier versions,
/// the author `bus-docs`; a PDF's Creator, from the page's `<meta name="generator">`). Such a document is
/// the agreement's front matter laid out as text (title, status, validity, parties, organisation,
/// routines), then the agreement's own text under one heading, then the attachments and the page to sign.
/// Only the text under that heading is the body; the rest is read for the front matter, never kept as text.
public enum OwnDocument {
    /// The generator bus-docs names in what it writes.
    public static let generator = "bus-docs"
    /// The heading the agreement's own text stands under (the Word writer and `agreement.mustache`).
    public static let textHeading = "Överenskommelsens text"
    /// The headings of the parts after the text: the attachments, then the page to sign.
    public static let attachmentsHeading = "Bilagor"
    public static let signaturesHeading = "Underskrifter"

    /// The blocks of the agreement's own text, their headings raised so the text's sections are level 2
    /// (and a title of the text's own, above them, level 1); nil when the document is not one
    /// bus-docs made or its text heading cannot be found (then it is imported as any other document).
    static func text(of document: ImportedDocument) -> [ImportedDocument.Block]? {
        guard document.generator == generator else { return nil }
        let blocks = document.blocks
        guard let start = blocks.firstIndex(where: { heading($0, textHeading) != nil }),
              let startLevel = heading(blocks[start], textHeading) else { return nil }
        // The page to sign is the last part; the attachments' list, when there is one, stands just before
        // it. Found from the end: the text may have sections of those names of its own.
        var end = blocks.endIndex
        if let signatures = blocks.lastIndex(where: { (heading($0, signaturesHeading) ?? .max) <= startLevel }), signatures > start {
            end = signatures
            if let previous = blocks[start + 1..<signatures].lastIndex(where: { if case .heading = $0 { return true } else { return false } }),
               (heading(blocks[previous], attachmentsHeading) ?? .max) <= startLevel {
                end = previous
            }
        }
        let text = Array(blocks[start + 1..<end])
        // Word writes the text's `#` one level under the text heading and its `##` two under. A PDF sets
        // the text's `#` in the text heading's size, and its levels are the sizes' ranks (the print style
        // may set a smaller heading larger): there a heading of the text heading's level is `#`.
        let levels = text.compactMap { block -> Int? in if case .heading(let level, _) = block { return level } else { return nil } }
        let sections = levels.filter { $0 != startLevel }
        let titled: (Int) -> Bool
        var shift = 0
        if levels.contains(startLevel) {
            titled = { $0 == startLevel }
            shift = 2 - (sections.min() ?? 2)
        } else if let top = levels.min() {
            // The text's shallowest level is `#` when it is the text's first heading and stands once.
            let once = levels.first == top && levels.filter { $0 == top }.count == 1
            titled = { once && $0 == top }
            shift = (once ? 1 : 2) - top
        } else {
            return text
        }
        return text.map { block in
            guard case .heading(let level, let heading) = block else { return block }
            return .heading(level: titled(level) ? 1 : min(6, max(2, level + shift)), text: heading)
        }
    }

    /// A heading's explicit `{#id}` as the name of a hidden Word bookmark on the heading (`_bus_` and
    /// the id, its hyphens as underscores: Word's names are letters, digits and underscores, at most 40);
    /// nil for an id no bookmark can name.
    public static func bookmark(forID id: String) -> String? {
        let name = "_bus_" + id.replacingOccurrences(of: "-", with: "_")
        guard name.count <= 40, name.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return name
    }

    /// The id a bookmark `bookmark(forID:)` made names, else nil.
    static func id(forBookmark name: String) -> String? {
        guard name.hasPrefix("_bus_"), name.count > 5 else { return nil }
        return name.dropFirst(5).replacingOccurrences(of: "_", with: "-")
    }

    /// The level of a heading that reads `text`, else nil.
    private static func heading(_ block: ImportedDocument.Block, _ text: String) -> Int? {
        if case .heading(let level, let heading) = block, heading == text { return level }
        return nil
    }
}
