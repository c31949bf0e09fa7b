/// BUS020: every key is one the format knows, so a typo does not silently drop a value.
public struct UnknownKeyRule: Rule {
    public init() {}
    public let id = "BUS020"
    public let severity = Severity.warning
    public let title = LocalizedText(sv: "Okänd nyckel", en: "Unknown key")
    public let sentence = LocalizedText(
        sv: "Okända nycklar ger en varning (skydd mot stavfel), aldrig ett avbrott.",
        en: "Unknown keys are a warning (typo protection), never a crash.")

    static func unknownKey(_ key: String, in parent: String, suggestion: String?, at location: SourceLocation) -> Diagnostic {
        UnknownKeyRule().finding(
            LocalizedText(sv: "okänd nyckel `\(key)` i `\(parent)`", en: "unknown key `\(key)` in `\(parent)`"),
            at: location,
            hint: suggestion.map { LocalizedText(sv: "Menade du `\($0)`?", en: "Did you mean `\($0)`?") }
                ?? LocalizedText(sv: "Ta bort nyckeln eller stava den som i formatet (FORMAT.md).", en: "Remove the key or spell it as in the format."))
    }
}
