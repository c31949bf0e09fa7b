/// A text in the two languages bus-docs speaks: Swedish for agreement authors, English otherwise.
public struct LocalizedText: Hashable, Sendable {
    public var sv: String
    public var en: String

    public init(sv: String, en: String) {
        self.sv = sv
        self.en = en
    }

    public func text(in language: Language) -> String {
        switch language {
        case .swedish: return sv
        case .english: return en
        }
    }
}

extension LocalizedText {
    /// A hint that changes the front matter, with the words of the text that change along with it (or a
    /// rule comparing the two finds them next): "Skriv `per: år`, och i texten ”minst en gång per år” i
    /// stället för ”vartannat år” på rad 106." The text's words are Swedish, the agreement's language, in
    /// both languages. Without such words, the hint as it is.
    static func changing(_ hint: LocalizedText, inText changes: [(write: String, instead: String, line: Int)]) -> LocalizedText {
        guard !changes.isEmpty else { return hint }
        let sv = changes.map { "”\($0.write)” i stället för ”\($0.instead)” på rad \($0.line)" }.joined(separator: " och ")
        let en = changes.map { "\"\($0.write)\" instead of \"\($0.instead)\" on line \($0.line)" }.joined(separator: " and ")
        func base(_ text: String) -> String { text.hasSuffix(".") ? String(text.dropLast()) : text }
        return LocalizedText(sv: "\(base(hint.sv)), och i texten \(sv).", en: "\(base(hint.en)), and in the text \(en).")
    }
}

/// The language of messages printed to people.
public enum Language: String, Sendable, CaseIterable {
    case swedish = "sv"
    case english = "en"

    /// Swedish when the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set names a Swedish locale.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("sv") ? .swedish : .english
            }
        }
        return .english
    }
}
