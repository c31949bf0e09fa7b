/// BUS018: no Swedish personal identity number (personnummer or samordningsnummer) anywhere in the file,
/// and no person's name in a sentence about a child or a case.
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

    /// One finding per line: an error at the line's first number or first name in a sentence about a
    /// child or a case (`PersonalName`). A number is personal data whether its check digit is right or
    /// wrong (a mistyped one still gives a child's date of birth) or its last digits are masked; only
    /// twelve digits in a row with a wrong check digit, in no sentence about a child or a case, are a
    /// warning: as likely a time stamp or another reference (`201701011234`). A file full of
    /// numbers gives a finding per line, not per number. A number in a sentence that describes a case is
    /// taken out with its sentence: the hint says so, since a name or a date left behind points the child out.
    public func check(_ context: RuleContext) -> [Diagnostic] {
        let source = context.source
        let found = source.personalNumbers.map(Found.number) + source.personalNames.names.map(Found.name)
        var firstOnLine: [Int: Found] = [:]
        var lines: [Int] = []
        let names = source.personalNames
        let isError = { (item: Found) in item.isError(inCase: names.isInCaseSentence(item.offset)) }
        for item in found.sorted(by: { $0.offset < $1.offset }) {
            let line = source.lineNumber(ofByte: item.offset)
            if let first = firstOnLine[line] {
                if isError(item) && !isError(first) { firstOnLine[line] = item }
            } else {
                firstOnLine[line] = item
                lines.append(line)
            }
        }
        // The message never repeats the number or the name, and the source line it quotes is masked (`SourceFile`).
        return lines.compactMap { firstOnLine[$0] }.map { item in
            let location = source.location(ofByte: item.offset)
            let inCase = source.personalNames.isInCaseSentence(item.offset)
            switch item {
            case .name:
                return finding(.nameOnLine(location.line), at: location, hint: .removeCase)
            case .number(let number) where number.hasValidCheckDigit:
                return finding(.numberOnLine(location.line), at: location, hint: inCase ? .removeCase : .removeNumber)
            case .number(let number) where number.isMasked:
                return finding(.maskedNumberOnLine(location.line), at: location, hint: inCase ? .removeCase : .removeMaskedNumber)
            case .number:
                return finding(.mistypedNumberOnLine(location.line), at: location, hint: inCase ? .removeCase : .removeMistypedNumber,
                               severity: isError(item) ? .error : .warning)
            }
        }
    }
}

extension PersonalIdentityNumbersRule {
    /// A number or a name, where it starts.
    fileprivate enum Found {
        case number(PersonalIdentityNumber.Match)
        case name(PersonalName.Match)

        var offset: Int {
            switch self {
            case .number(let number): number.offset
            case .name(let name): name.offset
            }
        }

        /// Whether it is an error, `inCase` when it stands in a sentence about a child or a case.
        func isError(inCase: Bool) -> Bool {
            switch self {
            case .number(let number): inCase || number.hasValidCheckDigit || number.isMasked || !number.isBare
            case .name: true
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

    fileprivate static let removeCase = LocalizedText(
        sv: "Ta bort hela meningen om ärendet, inte bara numret eller namnet – eller skriv ärendet utan namn och nummer: överenskommelser och mallar är allmänna och får inte innehålla personuppgifter.",
        en: "Remove the whole sentence about the case, not only the number or the name – or write the case without name and number: agreements and templates are public and must not hold personal data.")

    fileprivate static func mistypedNumberOnLine(_ line: Int) -> LocalizedText {
        LocalizedText(sv: "det som ser ut som ett personnummer med fel kontrollsiffra står på rad \(line)",
                      en: "what looks like a personal identity number with a wrong check digit is on line \(line)")
    }

    fileprivate static let removeMistypedNumber = LocalizedText(
        sv: "Ett felskrivet personnummer är också en personuppgift: ta bort det.",
        en: "A mistyped personal identity number is personal data too: remove it.")
}
