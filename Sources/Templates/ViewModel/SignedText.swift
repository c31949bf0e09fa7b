import BUSDocsKit
import Foundation

/// The agreement's text as its documents print it under "Överenskommelsens text": without a `#` heading
/// that opens the text and names the document (`# Lokal BUS-överenskommelse för Värmdö`, as `new` and
/// `import` write it), since the document's title — `titel:` — is already its first heading. Any other
/// opening `#` heading (`# Bakgrund`) is text of the agreement and is kept.
enum SignedText {
    static func markdown(of agreement: Agreement) -> String {
        let markdown = agreement.body.markdown
        // Only the first line with text is looked at; the rest of the text is not split into lines.
        let bytes = markdown.utf8
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = markdown[start..<end]
            guard line.allSatisfy(\.isWhitespace) else {
                guard let heading = levelOneHeading(line), namesDocument(heading, agreement) else { return markdown }
                // The heading goes, and the blank lines after it.
                var rest = end
                while rest < bytes.endIndex {
                    let next = bytes[bytes.index(after: rest)...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
                    guard markdown[bytes.index(after: rest)..<next].allSatisfy(\.isWhitespace) else {
                        return String(markdown[bytes.index(after: rest)...])
                    }
                    rest = next
                }
                return ""
            }
            if end == bytes.endIndex { break }
            start = bytes.index(after: end)
        }
        return markdown
    }

    /// The text of an ATX level-1 heading (`# Titel`, `# Titel #`, `# Titel {#id}`), or nil.
    static func levelOneHeading(_ line: Substring) -> String? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard rest.hasPrefix("# ") || rest.hasPrefix("#\t") else { return nil }
        var text = rest.dropFirst(2).trimmingCharacters(in: .whitespaces)
        if let open = text.range(of: "{#", options: .backwards), text.hasSuffix("}") { text = String(text[..<open.lowerBound]) }
        while text.hasSuffix("#") { text.removeLast() }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Whether a heading names the document: each of its words is one of the title's, the area's or the
    /// municipality's, or a word every agreement's title is made of ("Lokal överenskommelse om BUS i
    /// Värmdö kommun" for the title "Lokal överenskommelse om samverkan kring barn och unga … i Värmdö").
    static func namesDocument(_ heading: String, _ agreement: Agreement) -> Bool {
        let own = Set(Words.folded([agreement.title?.value, agreement.area?.value, agreement.municipality?.value].compactMap { $0 }.joined(separator: " ")))
        let words = Words.folded(heading)
        return !words.isEmpty && words.contains { $0.hasPrefix("overenskommelse") || $0.hasPrefix("handlingsplan") || own.contains($0) && !titleWords.contains($0) }
            && words.allSatisfy { own.contains($0) || titleWords.contains($0) }
    }

    /// Words of an agreement's title that say what kind of document it is, not what it is about.
    static let titleWords: Set<String> = [
        "lokal", "lokala", "bus", "overenskommelse", "overenskommelsen", "overenskommelser", "handlingsplan", "handlingsplanen",
        "om", "for", "i", "och", "kring", "mellan", "av", "med", "den", "det", "samverkan", "kommun", "kommuns", "stad", "stads",
        "stadsdelsomrade", "stadsdelsomradet", "region", "regionen", "stockholm", "stockholms", "lan", "lans",
    ]
}
