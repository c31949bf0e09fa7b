import Foundation

/// BUS019: the front matter has the shape of the format: required keys, right types, known values,
/// unique ids, non-empty names.
public struct StructureRule: Rule {
    public init() {}
    public let id = "BUS019"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Formatets struktur", en: "Format structure")
    public let sentence = LocalizedText(
        sv: "En överenskommelse har YAML-huvud enligt formatet version 1: obligatoriska nycklar, rätt typer, kända värden och unika id.",
        en: "An agreement has a YAML front matter per format version 1: required keys, right types, known values and unique ids.")
    public let remedy = LocalizedText(
        sv: "Rätta YAML-huvudet enligt formatet version 1: obligatoriska nycklar, rätt typer, kända värden och unika id (`bus-docs schema` ger ett JSON-schema för editorn).",
        en: "Correct the front matter to format version 1: required keys, right types, known values and unique ids (`bus-docs schema` gives a JSON Schema for the editor).")

    /// Nothing on the model: its findings are made by the decoder (`AgreementDecoder`) while it reads the file.
    public func check(_ context: RuleContext) -> [Diagnostic] { [] }

    /// What a value should have been, for wrong-type messages.
    enum Expected {
        case mapping, list, text, number

        var name: LocalizedText {
            switch self {
            case .mapping: return LocalizedText(sv: "en mappning (nyckel: värde)", en: "a mapping (key: value)")
            case .list: return LocalizedText(sv: "en lista", en: "a list")
            case .text: return LocalizedText(sv: "en text", en: "a text")
            case .number: return LocalizedText(sv: "ett heltal", en: "a whole number")
            }
        }
    }

    static func emptyFile() -> Diagnostic {
        StructureRule().finding(
            LocalizedText(sv: "filen är tom", en: "the file is empty"), at: .fileStart,
            hint: LocalizedText(sv: "Börja med ett YAML-huvud mellan två rader `---`; `bus-docs new` skriver ett utkast.",
                                en: "Start with a YAML front matter between two `---` lines; `bus-docs new` writes a draft."))
    }

    static func noFrontMatter() -> Diagnostic {
        StructureRule().finding(
            LocalizedText(sv: "filen börjar inte med ett YAML-huvud (`---`)", en: "the file does not start with a YAML front matter (`---`)"),
            at: .fileStart,
            hint: LocalizedText(sv: "Första raden ska vara `---`, följd av `bus-docs: 1` och överenskommelsens uppgifter och en avslutande rad `---`.",
                                en: "The first line must be `---`, followed by `bus-docs: 1`, the agreement's data and a closing `---` line."))
    }

    static func unterminatedFrontMatter() -> Diagnostic {
        StructureRule().finding(
            LocalizedText(sv: "YAML-huvudet avslutas aldrig med en rad `---`", en: "the YAML front matter is never closed by a `---` line"),
            at: .fileStart,
            hint: LocalizedText(sv: "Lägg till en rad `---` efter huvudets sista nyckel, före brödtexten.",
                                en: "Add a `---` line after the front matter's last key, before the body."))
    }

    static func yamlSyntax(_ problem: LocalizedText, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(
            LocalizedText(sv: "YAML-fel: \(problem.sv)", en: "YAML syntax error: \(problem.en)"), at: location,
            hint: LocalizedText(sv: "Kontrollera indrag, kolon och citattecken på raden och raden ovanför.",
                                en: "Check indentation, colons and quotes on this line and the one above."))
    }

    static func missingSpaceAfterColon(key: String, value: String, hardSpace: Bool = false, at location: SourceLocation) -> Diagnostic {
        if hardSpace {
            return StructureRule().finding(
                LocalizedText(sv: "efter kolonet i `\(key):` står ett hårt mellanslag (U+00A0), som YAML inte läser som ett mellanslag",
                              en: "the colon in `\(key):` is followed by a no-break space (U+00A0), which YAML does not read as a space"),
                at: location,
                hint: LocalizedText(sv: "Byt det mot ett vanligt mellanslag: `\(key): \(value)`. Hårda mellanslag följer ofta med när man klistrar in från Word eller webben.",
                                    en: "Replace it with an ordinary space: `\(key): \(value)`. No-break spaces often come along when pasting from Word or the web."))
        }
        return StructureRule().finding(
            LocalizedText(sv: "mellanslag saknas efter kolon i `\(key):\(value)`", en: "no space after the colon in `\(key):\(value)`"),
            at: location,
            hint: LocalizedText(sv: "Skriv `\(key): \(value)`: YAML läser en nyckel först när kolonet följs av ett mellanslag.",
                                en: "Write `\(key): \(value)`: YAML reads a key only when the colon is followed by a space."))
    }

    static func curlyQuotes(key: String, value: String, fixed: String, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(
            LocalizedText(sv: "`\(key)` står inom typografiska citattecken (\(value)), som YAML läser som en del av texten",
                          en: "`\(key)` is in curly quotes (\(value)), which YAML reads as part of the text"),
            at: location,
            hint: LocalizedText(sv: "Använd raka citattecken, eller inga: `\(fixed)`. Word byter ut dem när man skriver; stäng av \"Raka citattecken med typografiska\" eller skriv i en textredigerare.",
                                en: "Use straight quotes, or none: `\(fixed)`. Word replaces them as you type; turn off \"straight quotes with smart quotes\" or use a text editor."),
            severity: .warning)
    }

    static func cutAtHash(key: String, kept: String, whole: String, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(
            LocalizedText(sv: "`\(key)` slutar vid ` #`: värdet blir `\(kept)` och resten läses som en kommentar",
                          en: "`\(key)` ends at ` #`: the value is `\(kept)` and the rest is read as a comment"),
            at: location,
            hint: LocalizedText(sv: "Sätt värdet inom citattecken: `\(key): \"\(whole)\"`.",
                                en: "Put the value in quotes: `\(key): \"\(whole)\"`."),
            severity: .warning)
    }

    static func anchorOrAlias(at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(
            LocalizedText(sv: "YAML-ankare och alias (`&namn`, `*namn`) används inte i överenskommelser",
                          en: "YAML anchors and aliases (`&name`, `*name`) are not allowed in agreements"),
            at: location,
            hint: LocalizedText(sv: "Skriv ut värdet på varje ställe där det behövs.", en: "Write the value out wherever it is needed."))
    }

    static func unsupportedVersion(_ version: String, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(
            LocalizedText(sv: "formatversion `\(version)` stöds inte", en: "format version `\(version)` is not supported"),
            at: location,
            hint: LocalizedText(sv: "Skriv `bus-docs: 1`.", en: "Write `bus-docs: 1`."))
    }

    static func missingKey(_ key: String, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(
            LocalizedText(sv: "nyckeln `\(key)` saknas", en: "the key `\(key)` is missing"), at: location,
            hint: LocalizedText(sv: "Lägg till `\(key):` här.", en: "Add `\(key):` here."))
    }

    static func wrongType(_ key: String, expected: Expected, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(
            LocalizedText(sv: "`\(key)` ska vara \(expected.name.sv)", en: "`\(key)` must be \(expected.name.en)"),
            at: location,
            hint: expected == .list
                ? LocalizedText(sv: "Skriv en lista: `\(key): [a, b]` eller en rad `- a` per värde.",
                                en: "Write a list: `\(key): [a, b]` or one `- a` line per value.")
                : nil)
    }

    static func empty(_ key: String, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(
            LocalizedText(sv: "`\(key)` är tomt", en: "`\(key)` is empty"), at: location,
            hint: LocalizedText(sv: "Skriv ett värde efter `\(key):`.", en: "Write a value after `\(key):`."))
    }

    static func unknownValue(_ value: Located<String>, for key: String, allowed: [String]) -> Diagnostic {
        let list = allowed.map { "`\($0)`" }.joined(separator: ", ")
        let allowedValues = LocalizedText(sv: "Tillåtna värden: \(list).", en: "Allowed values: \(list).")
        // "Region Stockholm" means `region`: an allowed value that is a word of the text, else the nearest.
        let words = Set(Words.folded(value.value))
        let nearest = allowed.first { words.contains($0.folded()) } ?? Suggestion.nearest(to: value.value, in: allowed)
        let fix = nearest.map { Fix(value, replacement: $0) }
        return StructureRule().finding(
            LocalizedText(sv: "okänt värde `\(value.value)` för `\(key)`", en: "unknown value `\(value.value)` for `\(key)`"),
            at: value.location, hint: fix?.hint(then: allowedValues) ?? allowedValues, fix: fix)
    }

    static func invalidID(_ value: String, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(
            LocalizedText(sv: "id `\(value)` får bara innehålla a–z, å, ä, ö, 0–9 och -", en: "id `\(value)` may only contain a–z, å, ä, ö, 0–9 and -"),
            at: location,
            hint: LocalizedText(sv: "Skriv id med små bokstäver, siffror och bindestreck, t.ex. `\(suggestedID(value))`.",
                                en: "Write ids in lower-case letters, digits and hyphens, e.g. `\(suggestedID(value))`."))
    }

    /// The id a person probably meant: lower case, spaces as hyphens, other characters dropped.
    static func suggestedID(_ value: String) -> String {
        let lowered = value.lowercased().map { $0 == " " || $0 == "_" ? "-" : $0 }
        let kept = String(lowered).unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || "åäö".unicodeScalars.contains($0) }
        let id = String(String.UnicodeScalarView(kept))
        return id.isEmpty ? "sof-rk" : id
    }

    static func duplicateID(_ value: String, firstAt first: SourceLocation, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(
            LocalizedText(sv: "id `\(value)` finns redan", en: "id `\(value)` is already used"),
            at: location,
            hint: LocalizedText(sv: "Ge varje part och grupp ett eget id.", en: "Give every party and group an id of its own."),
            notes: [Note(message: LocalizedText(sv: "först använt här", en: "first used here"), location: first)])
    }

    static func duplicateKey(_ key: String, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(
            LocalizedText(sv: "nyckeln `\(key)` står två gånger", en: "the key `\(key)` appears twice"), at: location,
            hint: LocalizedText(sv: "Ta bort den ena; bara den första räknas.", en: "Remove one; only the first counts."))
    }
}
