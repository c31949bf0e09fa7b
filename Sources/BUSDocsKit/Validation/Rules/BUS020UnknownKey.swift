/// BUS020: every key is one the format knows, so a typo does not silently drop a value.
public struct UnknownKeyRule: Rule {
    public init() {}
    public let id = "BUS020"
    public let severity = Severity.warning
    public let title = LocalizedText(sv: "Okänd nyckel", en: "Unknown key")
    public let sentence = LocalizedText(
        sv: "Okända nycklar ger en varning (skydd mot stavfel), aldrig ett avbrott.",
        en: "Unknown keys are a warning (typo protection), never a crash.")
    public let remedy = LocalizedText(
        sv: "Rätta stavningen till den närmaste kända nyckeln, eller ta bort nyckeln.",
        en: "Correct the spelling to the nearest known key, or remove the key.")

    /// Nothing on the model: its findings are made by the decoder (`AgreementDecoder`) while it reads the file.
    public func check(_ context: RuleContext) -> [Diagnostic] { [] }

    /// `splitValue`: the "key" has no value and reads like words, as when a comma inside `{ … }` ended a
    /// value early: `{ beskrivning: Nya parter (polis, tandvård) }`.
    static func unknownKey(_ key: String, in parent: String, suggestion: String?, splitValue: Bool = false, at location: SourceLocation) -> Diagnostic {
        let hint: LocalizedText
        let fix = suggestion.map { Fix(key, at: location, replacement: $0) }
        if let fix {
            hint = fix.hint
        } else if splitValue {
            hint = LocalizedText(sv: "Ett kommatecken inom `{ }` avslutar värdet: sätt värdet före det inom citattecken, t.ex. `beskrivning: \"…, \(key)\"`.",
                                 en: "A comma inside `{ }` ends the value: put the value before it in quotes, e.g. `beskrivning: \"…, \(key)\"`.")
        } else {
            hint = LocalizedText(sv: "Ta bort nyckeln eller stava den som i formatbeskrivningen i README.", en: "Remove the key or spell it as the format in the README does.")
        }
        return UnknownKeyRule().finding(
            LocalizedText(sv: "okänd nyckel `\(key)` i `\(parent)`", en: "unknown key `\(key)` in `\(parent)`"),
            at: location, hint: hint, fix: fix)
    }
}
