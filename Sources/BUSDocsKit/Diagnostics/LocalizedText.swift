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
