import Foundation

/// The text answers of a filled-in form (`--archival --filled`), as the PDF's fields hold them, and those
/// that hold personal data: a personal identity number, a child's name, date of birth, address or phone number, found as BUS018
/// finds them in an agreement (`SourceFile`'s numbers, names, dates of birth and contact details). A filled form is archived
/// as a public document, so an answer with any of them is not printed.
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

    /// What in an answer is personal data: one or more of a number, a name, a date of birth.
    public struct PersonalData: OptionSet, Hashable, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        public static let number = PersonalData(rawValue: 1)
        public static let name = PersonalData(rawValue: 2)
        public static let dateOfBirth = PersonalData(rawValue: 4)
        public static let contact = PersonalData(rawValue: 8)
        public static let numberAndName: PersonalData = [.number, .name]
    }

    /// What in this answer is personal data; nil when nothing is.
    public var personalData: PersonalData? {
        let source = SourceFile(path: name, text: value)
        var found: PersonalData = []
        if !source.personalNumbers.isEmpty { found.insert(.number) }
        if !source.personalNames.names.isEmpty { found.insert(.name) }
        if !source.birthDates.isEmpty { found.insert(.dateOfBirth) }
        if !source.contactDetails.isEmpty { found.insert(.contact) }
        return found.isEmpty ? nil : found
    }

    /// The answers as the form's filler wrote them (a JSON list of `name`, `label`, `value`).
    public static func decode(_ data: Data) throws -> [FilledAnswer] {
        try JSONDecoder().decode([FilledAnswer].self, from: data)
    }
}
