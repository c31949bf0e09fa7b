/// BUS020: every key is one the format knows, so a typo does not silently drop a value.
public struct UnknownKeyRule: Rule {
    public init() {}
    public let id = "BUS020"
    public let severity = Severity.warning
    public let title = LocalizedText(sv: "Okänd nyckel", en: "Unknown key")
    public let sentence = LocalizedText(
        sv: "Okända nycklar ger en varning (skydd mot stavfel), inget fel; bara `check --strict` underkänner filen för dem.",
        en: "Unknown keys are a warning (typo protection), not an error; only `check --strict` fails the file for them.")
    public let remedy = LocalizedText(
        sv: "Rätta stavningen till den närmaste kända nyckeln, eller ta bort nyckeln.",
        en: "Correct the spelling to the nearest known key, or remove the key.")

    /// Nothing on the model: its findings are made by the decoder (`AgreementDecoder`) while it reads the file.
    public func check(_ context: RuleContext) -> [Diagnostic] { [] }

    /// A key that `parent` does not have. `suggestion`: the known key of `parent` it is a typo of;
    /// `topLevel`: it is a key of the front matter itself, indented under `parent` by mistake;
    /// `splitValue`: the "key" has no value and reads like words, as when a comma inside `{ … }` ended a
    /// value early: `{ beskrivning: Nya parter (polis, tandvård) }`. `mapping` is where `parent` stands
    /// (`.fileStart` for the front matter), for the key the finding stands for.
    static func unknownKey(
        _ key: String, in parent: String, mapping: SourceLocation, suggestion: String?, topLevel: Bool = false,
        splitValue: Bool = false, valueBefore: (key: String, value: String)? = nil, besideOthers: Bool = false, written: String? = nil,
        at location: SourceLocation
    ) -> Diagnostic {
        let place: LocalizedText = mapping == .fileStart ? .inFrontMatter : .inMapping(parent)
        if topLevel && mapping != .fileStart {
            // The indentation before the key is what to remove; an editor offers it only where it is spaces.
            let indentation = String(repeating: " ", count: max(0, location.column - 1))
            let fix = Fix(indentation, at: SourceLocation(line: location.line, column: 1), replacement: "")
            var finding = UnknownKeyRule().finding(.misplaced(key, under: parent), at: location, hint: .unindent(key), fix: fix)
            finding.meantKey = .topLevel(key)
            return finding
        }
        if let suggestion {
            let fix = Fix(key, at: location, replacement: suggestion)
            var finding = UnknownKeyRule().finding(.misspelt(key, place: place, meant: suggestion), at: location,
                                                   hint: .respell(key, as: suggestion), fix: fix)
            finding.meantKey = KeyReference(suggestion, in: mapping)
            return finding
        }
        let hint: LocalizedText
        if splitValue, let valueBefore {
            hint = .joinValue(valueBefore.key, YAMLMessages.quoted("\(valueBefore.value), \(key)"), extra: key)
        } else if splitValue {
            hint = .splitValue(key)
        } else if besideOthers {
            // Commenting out the line would take the other keys on it with it.
            hint = .removeFromBraces(written ?? key)
        } else {
            hint = .keepAsComment(key)
        }
        return UnknownKeyRule().finding(.unknown(key, place: place), at: location, hint: hint)
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static let inFrontMatter = LocalizedText(sv: " i YAML-huvudet", en: " in the front matter")

    fileprivate static func inMapping(_ parent: String) -> LocalizedText {
        LocalizedText(sv: " i `\(parent)`", en: " in `\(parent)`")
    }

    fileprivate static func unknown(_ key: String, place: LocalizedText) -> LocalizedText {
        LocalizedText(sv: "okänd nyckel `\(key)`\(place.sv)", en: "unknown key `\(key)`\(place.en)")
    }

    fileprivate static func misspelt(_ key: String, place: LocalizedText, meant: String) -> LocalizedText {
        LocalizedText(sv: "okänd nyckel `\(key)`\(place.sv) — menade du `\(meant)`?", en: "unknown key `\(key)`\(place.en) — did you mean `\(meant)`?")
    }

    fileprivate static func respell(_ key: String, as meant: String) -> LocalizedText {
        LocalizedText(sv: "Skriv `\(meant):` i stället för `\(key):`.", en: "Write `\(meant):` instead of `\(key):`.")
    }

    fileprivate static func misplaced(_ key: String, under parent: String) -> LocalizedText {
        LocalizedText(sv: "`\(key)` står under `\(parent)`", en: "`\(key)` stands under `\(parent)`")
    }

    fileprivate static func unindent(_ key: String) -> LocalizedText {
        LocalizedText(sv: "Ta bort indraget så att raden `\(key):` börjar i vänsterkanten, som YAML-huvudets andra nycklar.",
                      en: "Remove the indentation so that the line `\(key):` starts at the left margin, like the front matter's other keys.")
    }

    fileprivate static func splitValue(_ key: String) -> LocalizedText {
        LocalizedText(sv: "Ett kommatecken inom `{ }` avslutar värdet: sätt värdet före det inom citattecken, t.ex. `beskrivning: \"…, \(key)\"`.",
                      en: "A comma inside `{ }` ends the value: put the value before it in quotes, e.g. `beskrivning: \"…, \(key)\"`.")
    }

    /// `{ part: bup, roll: Verksamhetschef, BUP }`: the comma ended the value before.
    fileprivate static func joinValue(_ key: String, _ quoted: String, extra: String) -> LocalizedText {
        LocalizedText(sv: "Ett kommatecken inom `{ }` avslutar värdet: skriv `\(key): \(quoted)` om `\(extra)` hör till värdet, annars ta bort `, \(extra)`.",
                      en: "A comma inside `{ }` ends the value: write `\(key): \(quoted)` if `\(extra)` belongs to the value, else remove `, \(extra)`.")
    }

    fileprivate static func removeFromBraces(_ written: String) -> LocalizedText {
        LocalizedText(sv: "Ta bort `\(written)` ur `{ … }` (de andra nycklarna på raden står kvar), eller skriv uppgiften i texten; de nycklar som finns listar `bus-docs schema`.",
                      en: "Remove `\(written)` from the `{ … }` (the other keys on the line stay), or write it in the text; `bus-docs schema` lists the keys there are.")
    }

    /// Keeps what the line says: a comment stays in the file, and the keys there are are one command away.
    fileprivate static func keepAsComment(_ key: String) -> LocalizedText {
        LocalizedText(sv: "Gör raden till en kommentar, `# \(key): …`, så att uppgiften står kvar (eller skriv den i texten); de nycklar som finns listar `bus-docs schema`.",
                      en: "Make the line a comment, `# \(key): …`, so that what it says stays (or write it in the text); `bus-docs schema` lists the keys there are.")
    }
}
