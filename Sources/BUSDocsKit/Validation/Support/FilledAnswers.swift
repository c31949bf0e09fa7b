import Foundation

/// The text answers of a filled-in form (`--archival --filled`), as the PDF's fields hold them, and those
/// that hold personal data: a personal identity number or a child's name, found as BUS018 finds them in
/// an agreement (`SourceFile`'s numbers and names). A filled form is archived as a public document, so an
/// answer with either is not printed.
public struct FilledAnswer: Codable, Hashable, Sendable {
    /// The field's name in the form (`beskrivning`) and its label (`Beskrivning av avvikelsen`).
    public var name: String
    public var label: String
    public var value: String

    public init(name: String, label: String, value: String) {
        self.name = name
        self.label = label
        self.value = value
    }

    /// What in an answer is personal data.
    public enum PersonalData: Hashable, Sendable {
        case number, name, numberAndName
    }

    /// What in this answer is personal data; nil when nothing is.
    public var personalData: PersonalData? {
        let source = SourceFile(path: name, text: value)
        switch (!source.personalNumbers.isEmpty, !source.personalNames.names.isEmpty) {
        case (true, true): return .numberAndName
        case (true, false): return .number
        case (false, true): return .name
        case (false, false): return nil
        }
    }

    /// The answers as the form's filler wrote them (a JSON list of `name`, `label`, `value`).
    public static func decode(_ data: Data) throws -> [FilledAnswer] {
        try JSONDecoder().decode([FilledAnswer].self, from: data)
    }
}
