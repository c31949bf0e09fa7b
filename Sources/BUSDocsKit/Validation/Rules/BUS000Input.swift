/// BUS000: the file is agreement text at all (size, encoding, NUL bytes).
public struct InputRule: Rule {
    public init() {}
    public let id = "BUS000"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Läsbar fil", en: "Readable file")
    public let sentence = LocalizedText(
        sv: "En överenskommelse är en UTF-8-kodad textfil (formatet, version 1).",
        en: "An agreement is one UTF-8 text file (the format, version 1).")
    public let remedy = LocalizedText(
        sv: "Spara filen som UTF-8-text utan NUL-tecken (i Word: Spara som → Oformaterad text, UTF-8) och dela upp en alltför stor fil.",
        en: "Save the file as UTF-8 text without NUL bytes (in Word: Save As → Plain Text, UTF-8) and split a file that is too large.")

    /// Nothing on the model: its findings are made by the parser (`AgreementParser`) while it reads the file.
    public func check(_ context: RuleContext) -> [Diagnostic] { [] }

    static func tooLarge(size: Int, limit: Int) -> Diagnostic {
        InputRule().finding(.fileTooLarge(size: size, limit: limit), at: .fileStart, hint: .fileTooLargeHint)
    }

    static func lineTooLong(line: Int, length: Int, limit: Int) -> Diagnostic {
        InputRule().finding(.lineTooLong(line: line, length: length, limit: limit), at: SourceLocation(line: line, column: 1),
                            hint: .lineTooLongHint)
    }

    static func nestedTooDeep(at location: SourceLocation, limit: Int) -> Diagnostic {
        InputRule().finding(.nestedTooDeep(limit: limit), at: location, hint: .nestedTooDeepHint)
    }

    static func nulByte(at location: SourceLocation) -> Diagnostic {
        InputRule().finding(.nulByte, at: location, hint: .nulByteHint)
    }

    static func controlCharacter(_ byte: UInt8, at location: SourceLocation) -> Diagnostic {
        let code = byte == 0xEF ? "U+FFFE/U+FFFF" : "U+" + String(byte, radix: 16, uppercase: true).leftPadded(to: 4)
        return InputRule().finding(.controlCharacter(code), at: location, hint: .controlCharacterHint)
    }

    static func invalidUTF8(at location: SourceLocation) -> Diagnostic {
        InputRule().finding(.invalidUTF8, at: location, hint: .invalidUTF8Hint)
    }

    /// Megabytes with one decimal and the language's decimal separator.
    fileprivate static func megabytes(_ bytes: Int, _ separator: String) -> String {
        let tenths = (bytes * 10 + 1024 * 1024 / 2) / (1024 * 1024)
        return "\(tenths / 10)\(separator)\(tenths % 10)"
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static func fileTooLarge(size: Int, limit: Int) -> LocalizedText {
        LocalizedText(
            sv: "filen är \(InputRule.megabytes(size, ",")) MB, större än gränsen \(InputRule.megabytes(limit, ",")) MB för en överenskommelse",
            en: "the file is \(InputRule.megabytes(size, ".")) MB, over the \(InputRule.megabytes(limit, ".")) MB limit for an agreement")
    }

    fileprivate static let fileTooLargeHint = LocalizedText(
        sv: "Kontrollera att det är rätt fil; lägg stora bilagor i egna filer under bilagor.",
        en: "Check that this is the right file; keep large attachments in files of their own.")

    fileprivate static func lineTooLong(line: Int, length: Int, limit: Int) -> LocalizedText {
        LocalizedText(sv: "rad \(line) är \(length / 1024) kB lång, längre än gränsen \(limit / 1024) kB för en rad",
                      en: "line \(line) is \(length / 1024) KB long, over the \(limit / 1024) KB limit for a line")
    }

    fileprivate static let lineTooLongHint = LocalizedText(
        sv: "Bryt texten i stycken; klistra inte in data eller bilder i överenskommelsen.",
        en: "Break the text into paragraphs; do not paste data or images into the agreement.")

    fileprivate static func nestedTooDeep(limit: Int) -> LocalizedText {
        LocalizedText(sv: "citat och listor är nästlade djupare än gränsen på \(limit) nivåer; det djupare visas utan nästling",
                      en: "block quotes and lists nest deeper than the limit of \(limit) levels; what is deeper is shown without nesting")
    }

    fileprivate static let nestedTooDeepHint = LocalizedText(
        sv: "Skriv om texten med färre nivåer av citat (>) och punktlistor i varandra.",
        en: "Rewrite the text with fewer levels of quotes (>) and lists inside each other.")

    fileprivate static let nulByte = LocalizedText(
        sv: "filen innehåller en NUL-byte; det är inte en textfil", en: "the file contains a NUL byte; it is not a text file")

    fileprivate static let nulByteHint = LocalizedText(
        sv: "Spara överenskommelsen som vanlig text (UTF-8), inte från ett ordbehandlingsformat.",
        en: "Save the agreement as plain text (UTF-8), not in a word-processor format.")

    fileprivate static func controlCharacter(_ code: String) -> LocalizedText {
        LocalizedText(sv: "styrtecknet \(code) här kan inte visas i något dokument",
                      en: "the control character \(code) here cannot be shown in any document")
    }

    fileprivate static let controlCharacterHint = LocalizedText(
        sv: "Ta bort tecknet; det kommer ofta med när text klistras in från ett annat program.",
        en: "Remove the character; it often comes along when text is pasted from another program.")

    fileprivate static let invalidUTF8 = LocalizedText(sv: "ogiltig UTF-8 här", en: "invalid UTF-8 here")

    fileprivate static let invalidUTF8Hint = LocalizedText(
        sv: "Spara filen med teckenkodningen UTF-8 (inte Latin-1 eller Windows-1252).",
        en: "Save the file with the UTF-8 encoding (not Latin-1 or Windows-1252).")
}
