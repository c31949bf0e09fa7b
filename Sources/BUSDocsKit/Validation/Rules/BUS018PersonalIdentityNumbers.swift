/// BUS018: no Swedish personal identity number (personnummer or samordningsnummer) anywhere in the file,
/// no date of birth, and no person's name in a sentence about a child or a case or beside a child's age,
/// class, parent or sibling, or date of birth — nor in an attachment's file name.
public struct PersonalIdentityNumbersRule: Rule {
    public init() {}
    public let id = "BUS018"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Personnummer", en: "Personal identity numbers")
    public let sentence = LocalizedText(
        sv: "Överenskommelser är allmänna handlingar: personuppgifter om barn hör aldrig hemma i dem.",
        en: "Agreements are public documents: personal data about children never belongs in them.")
    public let remedy = LocalizedText(
        sv: "Ta bort personnumret: överenskommelser är allmänna handlingar. Hänvisa till en roll, aldrig till ett barn.",
        en: "Remove the personal identity number: agreements are public documents. Refer to a role, never to a child.")

    /// One finding per line: an error at the line's first number, name or date of birth. A number is
    /// personal data whether its check digit is right or wrong (a mistyped one still gives a child's date
    /// of birth) or its last digits are masked; only twelve digits in a row with a wrong check digit, in no
    /// sentence about a child or a case, are a warning: as likely a time stamp or another reference
    /// (`201701011234`). A file full of numbers gives a finding per line, not per number. A number in a
    /// sentence that describes a case is taken out with its sentence: the hint says so, since a name or a
    /// date left behind points the child out.
    ///
    /// A line with a child's age, class or date of birth (`NamedChild`, `BirthDate`) names in its one
    /// finding all that the line holds of the child — `a child's name, age and date of birth` — and its
    /// hint takes each of them out, the name replaced by `ett barn`.
    public func check(_ context: RuleContext) -> [Diagnostic] {
        let source = context.source
        let found = source.personalNumbers.map(Found.number) + source.personalNames.names.map(Found.name) + source.birthDates.map(Found.birthDate)
            + source.attachmentNames.map(Found.fileName) + source.contactDetails.map(Found.contact)
        var onLine: [Int: [Found]] = [:]
        var lines: [Int] = []
        for item in found.sorted(by: { $0.offset < $1.offset }) {
            let line = source.lineNumber(ofByte: item.offset)
            if onLine[line] == nil { lines.append(line) }
            onLine[line, default: []].append(item)
        }
        // The message never repeats the number, the name or the date, and the source line it quotes is masked (`SourceFile`).
        return lines.map { line in
            let items = onLine[line] ?? []
            let names = source.personalNames
            let errors = items.filter { $0.isError(inCase: names.isInCaseSentence($0.offset)) }
            let parts = Set(errors.flatMap(\.parts))
            if !parts.isDisjoint(with: [.age, .schoolClass, .dateOfBirth, .address, .phone]), let first = errors.first {
                // "Ärendet gällde Elias, 9 år, Ella, 7 år, och Noah, 5 år": three children, each part theirs.
                let children = max(1, errors.filter { if case .name = $0 { true } else { false } }.count)
                return finding(.childOnLine(parts, line, children: children), at: source.location(ofByte: first.offset), hint: .removeParts(parts, children: children))
            }
            let item = errors.first ?? items[0]
            let location = source.location(ofByte: item.offset)
            let inCase = names.isInCaseSentence(item.offset)
            switch item {
            case .name:
                return finding(.nameOnLine(location.line), at: location, hint: .removeCase)
            case .fileName:
                return finding(.nameInFileName(location.line), at: location, hint: .renameFile)
            case .birthDate, .contact:
                return finding(.childOnLine(Set(item.parts), line), at: location, hint: .removeParts(Set(item.parts)))
            case .number(let number) where number.hasValidCheckDigit:
                return finding(.numberOnLine(location.line), at: location, hint: inCase ? .removeCase : .removeNumber)
            case .number(let number) where number.isMasked:
                return finding(.maskedNumberOnLine(location.line), at: location, hint: inCase ? .removeCase : .removeMaskedNumber)
            case .number:
                return finding(.mistypedNumberOnLine(location.line), at: location, hint: inCase ? .removeCase : .removeMistypedNumber,
                               severity: errors.isEmpty ? .warning : .error)
            }
        }
    }
}

extension PersonalIdentityNumbersRule {
    /// A number, a name or a date of birth, where it starts.
    fileprivate enum Found {
        case number(PersonalIdentityNumber.Match)
        case name(PersonalName.Match)
        case birthDate(BirthDate.Match)
        /// A name in an attachment's file name (`AttachmentName`).
        case fileName(PersonalName.Match)
        /// A street address or a phone number in a sentence about a child or a case.
        case contact(ContactDetail.Match)

        var offset: Int {
            switch self {
            case .number(let number): number.offset
            case .name(let name), .fileName(let name): name.offset
            case .birthDate(let date): date.offset
            case .contact(let contact): contact.offset
            }
        }

        /// Whether it is an error, `inCase` when it stands in a sentence about a child or a case.
        func isError(inCase: Bool) -> Bool {
            switch self {
            case .number(let number): inCase || number.hasValidCheckDigit || number.isMasked || !number.isBare
            case .name, .birthDate, .fileName, .contact: true
            }
        }

        /// What of a child it is, for a message that names all a line holds.
        var parts: [Part] {
            switch self {
            case .number: [.number]
            case .birthDate: [.dateOfBirth]
            case .fileName: [.name]
            case .contact(let contact): [contact.kind == .address ? .address : .phone]
            case .name(let name):
                [.name] + name.details.compactMap { detail in
                    switch detail {
                    case .age: .age
                    case .schoolClass: .schoolClass
                    case .dateOfBirth: .dateOfBirth
                    case .relation: nil
                    }
                }
            }
        }
    }

    /// What a line holds of a child, in the order a message names them.
    fileprivate enum Part: Int, Comparable {
        case name, age, schoolClass, dateOfBirth, number, address, phone

        static func < (lhs: Part, rhs: Part) -> Bool { lhs.rawValue < rhs.rawValue }

        /// As a child's (`ett barns namn`, `a child's name`), as one of its own (`ett födelsedatum`), as
        /// what to take out (`namnet`).
        var words: (sv: String, en: String, svOwn: String, enOwn: String, svRemove: String, enRemove: String) {
            switch self {
            case .name: ("namn", "name", "ett namn", "a name", "namnet", "the name")
            case .age: ("ålder", "age", "en ålder", "an age", "åldern", "the age")
            case .schoolClass: ("skolklass", "school class", "en skolklass", "a school class", "klassen", "the class")
            case .dateOfBirth: ("födelsedatum", "date of birth", "ett födelsedatum", "a date of birth", "födelsedatumet", "the date of birth")
            case .number: ("personnummer", "personal identity number", "ett personnummer", "a personal identity number", "personnumret", "the personal identity number")
            case .address: ("adress", "address", "en adress", "an address", "adressen", "the address")
            case .phone: ("telefonnummer", "phone number", "ett telefonnummer", "a phone number", "telefonnumret", "the phone number")
            }
        }

        /// As several children's (`tre barns namn och åldrar`), and what to take out (`namnen`).
        var plural: (sv: String, en: String, svRemove: String, enRemove: String) {
            switch self {
            case .name: ("namn", "names", "namnen", "the names")
            case .age: ("åldrar", "ages", "åldrarna", "the ages")
            case .schoolClass: ("skolklasser", "school classes", "klasserna", "the classes")
            case .dateOfBirth: ("födelsedatum", "dates of birth", "födelsedatumen", "the dates of birth")
            case .number: ("personnummer", "personal identity numbers", "personnumren", "the personal identity numbers")
            case .address: ("adresser", "addresses", "adresserna", "the addresses")
            case .phone: ("telefonnummer", "phone numbers", "telefonnumren", "the phone numbers")
            }
        }
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static func numberOnLine(_ line: Int) -> LocalizedText {
        LocalizedText(sv: "ett personnummer eller samordningsnummer står på rad \(line)",
                      en: "a personal identity number (personnummer or samordningsnummer) is on line \(line)")
    }

    fileprivate static let removeNumber = LocalizedText(
        sv: "Ta bort numret: överenskommelser och mallar är allmänna och får inte innehålla personuppgifter.",
        en: "Remove the number: agreements and templates are public and must not hold personal data.")

    fileprivate static func maskedNumberOnLine(_ line: Int) -> LocalizedText {
        LocalizedText(sv: "ett maskerat personnummer står på rad \(line): födelsedatumet syns fortfarande",
                      en: "a masked personal identity number is on line \(line): the date of birth still shows")
    }

    fileprivate static let removeMaskedNumber = LocalizedText(
        sv: "Ta bort hela numret, också födelsedatumet: överenskommelser är allmänna och får inte innehålla personuppgifter.",
        en: "Remove the whole number, the date of birth too: agreements are public and must not hold personal data.")

    fileprivate static func nameOnLine(_ line: Int) -> LocalizedText {
        LocalizedText(sv: "ett namn står på rad \(line) i en mening om ett barn eller ett ärende",
                      en: "a name is on line \(line) in a sentence about a child or a case")
    }

    fileprivate static func nameInFileName(_ line: Int) -> LocalizedText {
        LocalizedText(sv: "ett namn står i en bilagas filnamn på rad \(line)",
                      en: "a name is in an attachment's file name on line \(line)")
    }

    fileprivate static let renameFile = LocalizedText(
        sv: "Byt namn på filen och skriv det nya namnet i fil: – bilagan publiceras med överenskommelsen under sitt filnamn, och ett filnamn får inte heller innehålla personuppgifter.",
        en: "Rename the file and write its new name in fil: – the attachment is published with the agreement under its file name, and a file name must not hold personal data either.")

    fileprivate static let removeCase = LocalizedText(
        sv: "Ta bort hela meningen om ärendet, inte bara numret eller namnet – eller skriv ärendet utan namn och nummer: överenskommelser och mallar är allmänna och får inte innehålla personuppgifter.",
        en: "Remove the whole sentence about the case, not only the number or the name – or write the case without name and number: agreements and templates are public and must not hold personal data.")

    /// `ett barns namn och ålder står på rad 83`, `tre barns namn och åldrar …`, or without a name `ett
    /// födelsedatum står på rad 83`.
    fileprivate static func childOnLine(_ parts: Set<PersonalIdentityNumbersRule.Part>, _ line: Int, children: Int = 1) -> LocalizedText {
        let parts = parts.sorted()
        if parts.contains(.name), children > 1 {
            let count = SwedishNumbers.word(children), english = children < 13 ? ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"][children] : String(children)
            return LocalizedText(sv: "\(count) barns \(parts.map(\.plural.sv).listed("och")) står på rad \(line)",
                                 en: "\(english) children's \(parts.map(\.plural.en).listed("and")) are on line \(line)")
        }
        // An address or a phone number stands in a sentence about a child: the child's.
        if parts.contains(.name) || parts.contains(.address) || parts.contains(.phone) {
            return LocalizedText(sv: "ett barns \(parts.map(\.words.sv).listed("och")) står på rad \(line)",
                                 en: "a child's \(parts.map(\.words.en).listed("and")) \(parts.count == 1 ? "is" : "are") on line \(line)")
        }
        return LocalizedText(sv: "\(parts.map(\.words.svOwn).listed("och")) står på rad \(line)",
                             en: "\(parts.map(\.words.enOwn).listed("and")) \(parts.count == 1 ? "is" : "are") on line \(line)")
    }

    /// What to take out, each part the finding names: applied as it says, the line holds nothing of the child.
    fileprivate static func removeParts(_ parts: Set<PersonalIdentityNumbersRule.Part>, children: Int = 1) -> LocalizedText {
        let sorted = parts.sorted()
        let named = parts.contains(.name)
        if named, children > 1 {
            return LocalizedText(
                sv: "Ta bort \(sorted.map(\.plural.svRemove).listed("och")), skriv ”ett barn” där vart och ett av namnen stod – eller ta bort hela meningen: överenskommelser och mallar är allmänna och får inte innehålla personuppgifter.",
                en: "Remove \(sorted.map(\.plural.enRemove).listed("and")), write “a child” where each name was – or remove the whole sentence: agreements and templates are public and must not hold personal data.")
        }
        return LocalizedText(
            sv: "Ta bort \(sorted.map(\.words.svRemove).listed("och"))\(named ? ", skriv ”ett barn” där namnet stod" : "") – eller ta bort hela meningen: överenskommelser och mallar är allmänna och får inte innehålla personuppgifter.",
            en: "Remove \(sorted.map(\.words.enRemove).listed("and"))\(named ? ", write “a child” where the name was" : "") – or remove the whole sentence: agreements and templates are public and must not hold personal data.")
    }

    fileprivate static func mistypedNumberOnLine(_ line: Int) -> LocalizedText {
        LocalizedText(sv: "det som ser ut som ett personnummer med fel kontrollsiffra står på rad \(line)",
                      en: "what looks like a personal identity number with a wrong check digit is on line \(line)")
    }

    fileprivate static let removeMistypedNumber = LocalizedText(
        sv: "Ett felskrivet personnummer är också en personuppgift: ta bort det.",
        en: "A mistyped personal identity number is personal data too: remove it.")
}
