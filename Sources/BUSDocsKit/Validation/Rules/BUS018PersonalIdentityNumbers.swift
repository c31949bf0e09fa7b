/// BUS018: no Swedish personal identity number (personnummer or samordningsnummer) anywhere in the file.
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

    /// One finding per line: an error at the line's first number with a valid check digit or masked last
    /// digits (a masked number still gives a child's date of birth), otherwise a warning at its first
    /// mistyped one. A file full of numbers gives a finding per line, not per number.
    public func check(_ context: RuleContext) -> [Diagnostic] {
        var firstOnLine: [Int: PersonalIdentityNumber.Match] = [:]
        var lines: [Int] = []
        for number in context.source.personalNumbers {
            let line = context.source.lineNumber(ofByte: number.offset)
            if let first = firstOnLine[line] {
                if Self.isError(number) && !Self.isError(first) { firstOnLine[line] = number }
            } else {
                firstOnLine[line] = number
                lines.append(line)
            }
        }
        // The message never repeats the number, and the source line it quotes is masked (`SourceFile`).
        return lines.compactMap { firstOnLine[$0] }.map { number in
            let location = context.source.location(ofByte: number.offset)
            if number.hasValidCheckDigit {
                return finding(.numberOnLine(location.line), at: location, hint: .removeNumber)
            }
            if number.isMasked {
                return finding(.maskedNumberOnLine(location.line), at: location, hint: .removeMaskedNumber)
            }
            return finding(.mistypedNumberOnLine(location.line), at: location, hint: .removeMistypedNumber, severity: .warning)
        }
    }
}

extension PersonalIdentityNumbersRule {
    fileprivate static func isError(_ number: PersonalIdentityNumber.Match) -> Bool {
        number.hasValidCheckDigit || number.isMasked
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static func numberOnLine(_ line: Int) -> LocalizedText {
        LocalizedText(sv: "ett personnummer eller samordningsnummer står på rad \(line)",
                      en: "a personal identity number (personnummer or samordningsnummer) stands on line \(line)")
    }

    fileprivate static let removeNumber = LocalizedText(
        sv: "Ta bort numret: överenskommelser och mallar är allmänna och får inte innehålla personuppgifter.",
        en: "Remove the number: agreements and templates are public and must not hold personal data.")

    fileprivate static func maskedNumberOnLine(_ line: Int) -> LocalizedText {
        LocalizedText(sv: "ett maskerat personnummer står på rad \(line): födelsedatumet syns fortfarande",
                      en: "a masked personal identity number stands on line \(line): the date of birth still shows")
    }

    fileprivate static let removeMaskedNumber = LocalizedText(
        sv: "Ta bort hela numret, också födelsedatumet: överenskommelser är allmänna och får inte innehålla personuppgifter.",
        en: "Remove the whole number, the date of birth too: agreements are public and must not hold personal data.")

    fileprivate static func mistypedNumberOnLine(_ line: Int) -> LocalizedText {
        LocalizedText(sv: "det som ser ut som ett personnummer med fel kontrollsiffra står på rad \(line)",
                      en: "what looks like a personal identity number with a wrong check digit stands on line \(line)")
    }

    fileprivate static let removeMistypedNumber = LocalizedText(
        sv: "Ett felskrivet personnummer är också en personuppgift: ta bort det.",
        en: "A mistyped personal identity number is personal data too: remove it.")
}
