import Foundation

/// A register year read and checked: its figures, and per file its findings (BUS030–BUS034).
public struct RegisterReading: Sendable {
    public var year: RegisterYear
    public var files: [CheckReport.File]

    public var errorCount: Int {
        files.reduce(0) { $0 + $1.diagnostics.filter { $0.severity == .error }.count }
    }
}

/// Reads the register kept beside the agreements: `<register>/<agreement file stem>/<year>/` holds
/// `individforum.csv`, `avvikelser.csv` and optionally `sip.csv`. Every cell is checked like an agreement.
public enum RegisterReader {
    /// The folder of one agreement's register: named after the agreement file without `.md`.
    public static func areaFolder(register: String, agreementPath: String) -> String {
        let file = (agreementPath as NSString).lastPathComponent
        let stem = file.hasSuffix(".md") ? String(file.dropLast(3)) : file
        return (register as NSString).appendingPathComponent(stem)
    }

    /// The years an area has a folder for, oldest first.
    public static func years(in areaFolder: String) -> [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: areaFolder)) ?? []
        return names.compactMap { name in
            guard name.count == 4, let year = Int(name) else { return nil }
            var isDirectory: ObjCBool = false
            let path = (areaFolder as NSString).appendingPathComponent(name)
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue ? year : nil
        }.sorted()
    }

    /// Reads and checks one year's folder against the agreement and its rule set. `today`: the run's date;
    /// a date after it is a finding and its row is not counted (nil: no date is too late).
    public static func read(areaFolder: String, year: Int, agreement: Agreement, ruleSet: RuleSet, today: LocalDate? = nil) -> RegisterReading {
        let folder = (areaFolder as NSString).appendingPathComponent(String(year))
        var reading = RegisterReading(year: RegisterYear(year: year), files: [])
        let references = References(agreement: agreement, ruleSet: ruleSet)
        let known = Set(RegisterFile.allCases.map(\.rawValue))
        var others = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") && !known.contains($0) }.sorted()
        for file in RegisterFile.allCases {
            let path = (folder as NSString).appendingPathComponent(file.rawValue)
            guard let data = FileManager.default.contents(atPath: path) else {
                // "Individforum.csv", "individforum (1).csv": the file under the name Excel or a browser gave
                // it. One finding, whose hint keeps the year's rows: rename it (an empty file would drop them).
                let copies = others.filter { copy(named: $0, is: file) }
                if let first = copies.first {
                    others.removeAll(where: copies.contains)
                    let names = copies.map { "`\($0)`" }
                    reading.files.append(CheckReport.File(path: (folder as NSString).appendingPathComponent(first), source: nil, diagnostics: [RegisterFilesRule().finding(
                        copies.count == 1
                            ? LocalizedText(sv: "registret för \(year) saknar \(file.rawValue); filen \(names[0]) ser ut att vara den",
                                            en: "the register for \(year) has no \(file.rawValue); the file \(names[0]) looks like it")
                            : LocalizedText(sv: "registret för \(year) saknar \(file.rawValue); filerna \(names.listed("och")) ser ut att vara den",
                                            en: "the register for \(year) has no \(file.rawValue); the files \(names.listed("and")) look like it"),
                        at: .fileStart,
                        hint: copies.count == 1
                            ? LocalizedText(sv: "Byt namn på \(names[0]) till `\(file.rawValue)`.", en: "Rename \(names[0]) to `\(file.rawValue)`.")
                            : LocalizedText(sv: "Byt namn på den av dem som är årets register till `\(file.rawValue)`, och flytta de andra ur registret: allt i det kan publiceras.",
                                            en: "Rename the one that is the year's register to `\(file.rawValue)`, and move the others out of the register: everything in it may be published."))]))
                    continue
                }
                if file.isRequired {
                    let finding = RegisterFilesRule().finding(
                        LocalizedText(sv: "registret för \(year) saknar \(file.rawValue)", en: "the register for \(year) has no \(file.rawValue)"),
                        at: .fileStart,
                        hint: LocalizedText(
                            sv: "Spara filen med rubrikraden `\(file.columns.joined(separator: ";"))`; ett år utan ärenden har bara rubrikraden.",
                            en: "Save the file with the header row `\(file.columns.joined(separator: ";"))`; a year without cases has only the header row."))
                    reading.files.append(CheckReport.File(path: path, source: nil, diagnostics: [finding]))
                }
                continue
            }
            var checker = TableChecker(file: file, year: year, references: references, today: today)
            let source = checker.check(path: path, bytes: [UInt8](data), into: &reading.year)
            var report = CheckReport.File(path: path, source: source, diagnostics: checker.findings.sorted(by: Diagnostic.fileOrder))
            // A line quoted under a finding never shows a personal identity number, free text or a value
            // the column does not allow, any of which may name a child: such a cell is shown as the same
            // mask whatever its length, and the caret still points at the cell.
            report.withhold(checker.privateCells)
            reading.files.append(report)
        }
        for other in others {
            // A copy beside the file that is read: "Menade du `individforum.csv`?" would name the file it already has.
            let original = RegisterFile.allCases.first { copy(named: other, is: $0) }
            let finding = RegisterFilesRule().finding(
                LocalizedText(sv: "filen läses inte: ett register har bara individforum.csv, avvikelser.csv och sip.csv",
                              en: "the file is not read: a register has only individforum.csv, avvikelser.csv and sip.csv"),
                at: .fileStart,
                hint: original.map {
                    LocalizedText(sv: "`\($0.rawValue)` finns redan och är den som läses. Flytta den här filen ur registret: allt i det kan publiceras.",
                                  en: "`\($0.rawValue)` is there already and is the one read. Move this file out of the register: everything in it may be published.")
                } ?? Suggestion.nearest(to: other, in: Array(known)).map {
                    LocalizedText(sv: "Menade du `\($0)`?", en: "Did you mean `\($0)`?")
                } ?? LocalizedText(sv: "Flytta filen ur registret: allt i det kan publiceras.", en: "Move the file out of the register: everything in it may be published."),
                severity: .warning)
            reading.files.append(CheckReport.File(path: (folder as NSString).appendingPathComponent(other), source: nil, diagnostics: [finding]))
        }
        return reading
    }
}

extension RegisterReader {
    /// Whether `name` is `file` under the name a program gave a copy of it: another case, a " (1)",
    /// " - kopia" or "Kopia av " that Excel, a browser or the file manager added, or a slip of a letter.
    static func copy(named name: String, is file: RegisterFile) -> Bool {
        var stem = name.lowercased()
        guard stem.hasSuffix(".csv") else { return false }
        stem.removeLast(4)
        for prefix in ["kopia av ", "copy of "] where stem.hasPrefix(prefix) { stem.removeFirst(prefix.count) }
        var trimmed = true
        while trimmed {
            trimmed = false
            while stem.last == " " || stem.last == "_" || stem.last == "-" { stem.removeLast(); trimmed = true }
            if stem.hasSuffix(")"), let open = stem.lastIndex(of: "("), stem[stem.index(after: open)...].dropLast().allSatisfy(\.isNumber) {
                stem = String(stem[..<open]); trimmed = true
            }
            for suffix in ["kopia", "copy"] where stem.hasSuffix(suffix) && stem.count > suffix.count { stem.removeLast(suffix.count); trimmed = true }
            // "individforum 2025.csv": the year the folder already says.
            if stem.count > 5, stem.suffix(4).allSatisfy(\.isNumber), let before = stem.dropLast(4).last, " _-".contains(before) {
                stem.removeLast(4); trimmed = true
            }
        }
        let stems = RegisterFile.allCases.map { String($0.rawValue.dropLast(4)) }
        let own = String(file.rawValue.dropLast(4))
        return stem == own || (stem.count > 4 && Suggestion.nearest(to: stem, in: stems) == own)
    }
}

/// The ids a register may use: the agreement's parties and the rule set's services.
struct References {
    var partyIDs: [String]
    var serviceIDs: [String]
    var agreement: Agreement
    var ruleSet: RuleSet

    init(agreement: Agreement, ruleSet: RuleSet) {
        self.agreement = agreement
        self.ruleSet = ruleSet
        partyIDs = agreement.parties.map(\.id.value)
        serviceIDs = ruleSet.services.keys.sorted()
    }

    /// The service an id stands for: a party's first service, or the service itself.
    func service(of id: String) -> String? {
        if let party = agreement.party(withID: id) { return party.services.first?.value ?? id }
        return serviceIDs.contains(id) ? id : nil
    }

    /// The id as the agreement or the rule set writes it, whatever its case and accents (`BUP`,
    /// `Soc-Nacka`, `socialtjänst` for `socialtjanst`): ids are lower case without accents, and no two
    /// differ in those alone. Nil for an id that is neither.
    func canonical(_ id: String) -> String? {
        if partyIDs.contains(id) || serviceIDs.contains(id) { return id }
        let key = { (text: String) in text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
        let matches = (partyIDs + serviceIDs).filter { key($0) == key(id) }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The rule set's services that a party of the agreement provides.
    var providedServiceIDs: [String] {
        serviceIDs.filter { service in agreement.parties.contains { $0.provides(service) } }
    }

    func isKnown(_ id: String) -> Bool {
        canonical(id) != nil
    }

    /// The id a slip of the keyboard was meant to be. Ids are short, so the nearest one is offered only
    /// when fewer than half of the shorter word's letters differ: `Summa` is not a slip for `bumm`.
    /// Only an id the agreement gives a row for is offered: a party, or a service one of its parties
    /// provides (`mvc-bvc` is not offered where no party provides it).
    func nearest(to id: String) -> String? {
        guard let nearest = Suggestion.nearest(to: id, in: partyIDs + providedServiceIDs) else { return nil }
        let (word, candidate) = (Array(id.folded()), Array(nearest.folded()))
        return Suggestion.editDistance(word, candidate) * 2 < min(word.count, candidate.count) ? nearest : nil
    }

    /// The ids a value that is none was meant as: a party's name (`BUP Nacka`); a service's name
    /// (`habilitering`, `socialtjänsten`, `elevhälsan`), as the rule set's words for it — the parties of
    /// the agreement that provide that service, or the service itself when none does; or a slip of the
    /// keyboard (`soc-naka`). Empty: no idea.
    func meant(by written: String) -> [String] {
        if let party = ReferencesRule.party(named: written, in: agreement.parties) { return [party.id.value] }
        if let service = ruleSet.service(meantBy: written) {
            // A service no party provides is not offered: applied, it would add a row nobody provides.
            let providers = agreement.parties.filter { $0.provides(service) }.map(\.id.value)
            if !providers.isEmpty { return providers }
        }
        return nearest(to: written).map { [$0] } ?? []
    }
}

/// Checks one CSV file of a register and adds its rows to the year.
struct TableChecker {
    let file: RegisterFile
    let year: Int
    let references: References
    var findings: [Diagnostic] = []
    /// Where each party's row of sip.csv stands, for the note on a second row of the same party.
    var sipRows: [String: SourceLocation] = [:]
    /// The file's cell separator, for hints that write a cell.
    var separator: Character = ";"
    /// The order the file's slash dates (`1/20/2026`) are written in, and a date that shows it.
    var slashOrder: (order: SlashDate.Order, shownBy: SlashDate)?
    /// Cells whose text a finding never quotes: those holding a personal identity number, free text
    /// outside the register's columns (a comment may name a child), and a value a column does not allow
    /// (`Lisa Ek (elev åk 4)` in `parter`), which no message repeats either. Where each starts and how
    /// many characters it has.
    var privateCells: [(location: SourceLocation, length: Int)] = []
    /// The run's date: a register date after it has not happened yet.
    let today: LocalDate?

    init(file: RegisterFile, year: Int, references: References, today: LocalDate? = nil) {
        self.file = file
        self.year = year
        self.references = references
        self.today = today
    }

    mutating func check(path: String, bytes: [UInt8], into register: inout RegisterYear) -> SourceFile? {
        guard bytes.count <= SourceDecoder.maximumFileSize else {
            findings.append(RegisterFilesRule().finding(
                LocalizedText(sv: "filen är större än \(SourceDecoder.maximumFileSize / 1024 / 1024) MB", en: "the file is larger than \(SourceDecoder.maximumFileSize / 1024 / 1024) MB"),
                at: .fileStart,
                hint: LocalizedText(sv: "Ett års register är några hundra rader; kontrollera att det är rätt fil.", en: "A year's register is a few hundred rows; check that it is the right file.")))
            return nil
        }
        guard !bytes.contains(0) else {
            findings.append(RegisterFilesRule().finding(
                LocalizedText(sv: "filen är inte text (den innehåller NUL-tecken)", en: "the file is not text (it holds NUL bytes)"),
                at: .fileStart,
                hint: LocalizedText(sv: "Spara från Excel som ”CSV UTF-8 (kommaavgränsad)”, inte som arbetsbok.", en: "Save from Excel as “CSV UTF-8 (comma delimited)”, not as a workbook.")))
            return nil
        }
        guard let table = CSVTable.read(path: path, bytes: bytes) else {
            findings.append(RegisterFilesRule().finding(
                LocalizedText(sv: "filen är inte UTF-8-text", en: "the file is not UTF-8 text"),
                at: .fileStart,
                hint: LocalizedText(sv: "Spara från Excel som ”CSV UTF-8 (kommaavgränsad)”.", en: "Save from Excel as “CSV UTF-8 (comma delimited)”.")))
            return nil
        }
        separator = table.separator
        if let quote = table.unclosedQuote {
            findings.append(RegisterFilesRule().finding(
                LocalizedText(sv: "citattecknet här stängs aldrig: resten av filen blir en cell", en: "the quote here is never closed: the rest of the file becomes one cell"),
                at: quote,
                hint: LocalizedText(sv: "Skriv det avslutande `\"` efter cellens text.", en: "Write the closing `\"` after the cell's text.")))
            for location in table.source.personalNumbers.map({ table.source.location(ofByte: $0.offset) }) {
                findings.append(RegisterPersonalDataRule().finding(
                    .personalNumberInRegister,
                    at: location,
                    hint: LocalizedText(sv: "Ta bort numret: registret publiceras.", en: "Remove the number: the register is published.")))
                // The cells cannot be told apart here: nothing of the number's line is quoted.
                privateCells.append((SourceLocation(line: location.line, column: 1), Int.max))
            }
            return table.source
        }
        guard let header = table.header else {
            findings.append(RegisterFilesRule().finding(
                LocalizedText(sv: "filen saknar rubrikrad", en: "the file has no header row"),
                at: .fileStart,
                hint: LocalizedText(sv: "Första raden ska vara `\(file.columns.joined(separator: ";"))`.", en: "The first row must be `\(file.columns.joined(separator: ";"))`.")))
            return table.source
        }
        // Personal identity numbers first: a cell that holds one gets that finding alone. The source
        // text has them masked already; where they stood is kept beside it.
        let numbers = table.source.personalNumbers.map { table.source.location(ofByte: $0.offset) }
        var withNumber: Set<SourceLocation> = []
        for row in [header] + table.rows {
            for cell in row.cells where scanForNumber(cell, numbers: numbers) { withNumber.insert(cell.location) }
        }
        // Which column each header cell is.
        var columnOf: [Int: String] = [:]
        for (index, cell) in header.cells.enumerated() where !withNumber.contains(cell.location) {
            let name = cell.text.lowercased()
            if file.columns.contains(name) {
                if columnOf.values.contains(name) {
                    findings.append(RegisterFilesRule().finding(
                        LocalizedText(sv: "kolumnen `\(name)` står två gånger", en: "the column `\(name)` is there twice"),
                        at: cell.location, hint: LocalizedText(sv: "Ta bort den ena.", en: "Remove one of them.")))
                } else {
                    columnOf[index] = name
                }
            } else if !name.isEmpty || table.rows.contains(where: { index < $0.cells.count && !$0.cells[index].text.isEmpty }) {
                let nearest = Suggestion.nearest(to: name, in: file.columns.filter { !columnOf.values.contains($0) })
                findings.append(RegisterFilesRule().finding(
                    name.isEmpty
                        ? LocalizedText(sv: "en kolumn utan rubrik har innehåll", en: "a column without a heading has content")
                        : LocalizedText(sv: "kolumnen `\(name)` hör inte till \(file.rawValue)", en: "the column `\(name)` is not part of \(file.rawValue)"),
                    at: cell.location,
                    hint: nearest.map { LocalizedText(sv: "Menade du `\($0)`?", en: "Did you mean `\($0)`?") }
                        ?? LocalizedText(
                            sv: "Registret publiceras: bara kolumnerna \(file.columns.listed("och")) får finnas, aldrig fritext. Ta bort kolumnen.",
                            en: "The register is published: only the columns \(file.columns.listed("and")) may be there, never free text. Remove the column.")))
            }
        }
        let missing = file.columns.filter { !columnOf.values.contains($0) }
        if !missing.isEmpty {
            findings.append(RegisterFilesRule().finding(
                LocalizedText(sv: "rubrikraden saknar \(missing.map { "`\($0)`" }.joined(separator: ", "))",
                              en: "the header row lacks \(missing.map { "`\($0)`" }.joined(separator: ", "))"),
                at: header.cells.first?.location ?? .fileStart,
                hint: LocalizedText(sv: "Rubrikraden ska vara `\(file.columns.joined(separator: String(table.separator)))`.",
                                    en: "The header row must be `\(file.columns.joined(separator: String(table.separator)))`.")))
            return table.source
        }
        slashOrder = SlashDate.order(of: table.rows.flatMap { $0.cells.map(\.text) })
        for row in table.rows {
            // "Summa;51", as a chair adds under the figures: bus-docs adds them up itself.
            if let first = row.cells.first(where: { !$0.text.isEmpty }), Self.isTotalLabel(first.text) {
                // Only the label is repeated: whatever follows it in the cell may be free text.
                let label = first.text.prefix { !$0.isWhitespace }
                if label.count < first.text.count { withhold(at: first.location, length: first.text.unicodeScalars.count) }
                findings.append(RegisterFilesRule().finding(.totalRow(String(label)), at: first.location, hint: .removeTotalRow))
                continue
            }
            var cells: [String: CSVTable.Cell] = [:]
            var readable = true
            for (index, cell) in row.cells.enumerated() {
                if withNumber.contains(cell.location) { readable = false; continue }
                if columnOf[index] == nil, !cell.text.isEmpty { privateCells.append((cell.location, cell.text.unicodeScalars.count)) }
                if let name = columnOf[index] {
                    cells[name] = cell
                } else if !cell.text.isEmpty, index >= header.cells.count {
                    readable = false
                    findings.append(RegisterFilesRule().finding(
                        LocalizedText(sv: "cellen står utanför tabellens kolumner", en: "the cell is outside the table's columns"),
                        at: cell.location,
                        hint: LocalizedText(sv: "Registret publiceras: ingen fritext. Ta bort cellen (eller rätta en cell som har delats av ett `\(table.separator)`).",
                                            en: "The register is published: no free text. Remove the cell (or fix a cell split by a `\(table.separator)`).")))
                }
            }
            if columnOf.keys.contains(where: { $0 >= row.cells.count }) {
                readable = false
                findings.append(RegisterFilesRule().finding(
                    LocalizedText(sv: "raden har \(row.cells.count) celler, rubrikraden \(header.cells.count)",
                                  en: "the row has \(row.cells.count) cells, the header row \(header.cells.count)"),
                    at: row.end,
                    hint: LocalizedText(sv: "Fyll i raden så att varje kolumn har sin cell (en tom cell är `\(table.separator)\(table.separator)`).",
                                        en: "Complete the row so every column has its cell (an empty cell is `\(table.separator)\(table.separator)`).")))
            }
            switch file {
            case .individualForum: readCase(cells, readable: readable, into: &register)
            case .deviations: readDeviation(cells, readable: readable, into: &register)
            case .sip: readSIP(cells, readable: readable, into: &register)
            }
        }
        if file == .sip, register.sips == nil { register.sips = [] }
        return table.source
    }

    /// Reports a personal identity number in a cell; true when there is one.
    mutating func scanForNumber(_ cell: CSVTable.Cell, numbers: [SourceLocation]) -> Bool {
        let end = cell.location.column + cell.text.unicodeScalars.count
        guard let location = numbers.first(where: { $0.line == cell.location.line && $0.column >= cell.location.column && $0.column < end }) else {
            return false
        }
        privateCells.append((cell.location, cell.text.unicodeScalars.count))
        findings.append(RegisterPersonalDataRule().finding(
            .personalNumberInRegister,
            at: location,
            hint: LocalizedText(sv: "Ta bort numret: registret publiceras och får bara innehålla datum, parter och utfall.",
                                en: "Remove the number: the register is published and may hold only dates, parties and outcomes.")))
        return true
    }

    // MARK: Cells

    mutating func date(_ cell: CSVTable.Cell?, column: String, optional: Bool = false, inYear: Bool = true) -> LocalDate?? {
        guard let cell else { return .none }
        if cell.text.isEmpty {
            if optional { return .some(nil) }
            findings.append(RegisterDatesRule().finding(
                LocalizedText(sv: "`\(column)` saknar datum", en: "`\(column)` has no date"),
                at: cell.location, hint: LocalizedText(sv: "Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. \(year)-03-14.", en: "Write the date as YYYY-MM-DD, e.g. \(year)-03-14.")))
            return .none
        }
        guard let date = LocalDate(iso: cell.text) else {
            // `1/12/2026`: 12 January from US Excel, 1 December from most others. The hint gives the date
            // the file's other dates say it is, or both; never one picked at random.
            if let slash = SlashDate(cell.text), let hint = Self.slashDateHint(slash, order: slashOrder) {
                findings.append(RegisterDatesRule().finding(
                    LocalizedText(sv: "`\(cell.text)` ska skrivas ÅÅÅÅ-MM-DD", en: "`\(cell.text)` must be written YYYY-MM-DD"),
                    at: cell.location, hint: hint))
                return .none
            }
            if let meant = LocalDate.guess(cell.text) {
                findings.append(RegisterDatesRule().finding(
                    LocalizedText(sv: "`\(cell.text)` ska skrivas ÅÅÅÅ-MM-DD", en: "`\(cell.text)` must be written YYYY-MM-DD"),
                    at: cell.location,
                    hint: LocalizedText(sv: "Skriv `\(meant)` (i Excel: formatera kolumnen som text eller ÅÅÅÅ-MM-DD).",
                                        en: "Write `\(meant)` (in Excel: format the column as text or YYYY-MM-DD).")))
                return .none
            }
            // `2026-13-01` is a date mistyped, which can be repeated; any other text is not repeated and is
            // starred out in the quoted line.
            let dateShaped = Self.isDateShaped(cell.text)
            if !dateShaped { withhold(at: cell.location, length: cell.text.unicodeScalars.count) }
            findings.append(RegisterDatesRule().finding(
                dateShaped ? LocalizedText(sv: "`\(cell.text)` är inget datum", en: "`\(cell.text)` is not a date") : .notADate(in: column),
                at: cell.location,
                hint: LocalizedText(sv: "Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. \(year)-03-14 (i Excel: formatera kolumnen som text eller ÅÅÅÅ-MM-DD).",
                                    en: "Write the date as YYYY-MM-DD, e.g. \(year)-03-14 (in Excel: format the column as text or YYYY-MM-DD).")))
            return .none
        }
        if inYear, date.year != year {
            findings.append(RegisterDatesRule().finding(
                LocalizedText(sv: "\(cell.text) ligger utanför registrets år \(year)", en: "\(cell.text) is outside the register's year \(year)"),
                at: cell.location,
                hint: LocalizedText(sv: "Flytta raden till registret för \(date.year), eller rätta årtalet.", en: "Move the row to the register for \(date.year), or correct the year.")))
            return .none
        }
        // A meeting after the run's date is booked, not held (`readCase` says when that cannot be).
        if inYear, let today, date > today {
            findings.append(RegisterDatesRule().finding(
                LocalizedText(sv: "\(cell.text) ligger efter dagens datum, \(today)", en: "\(cell.text) is after today's date, \(today)"),
                at: cell.location,
                hint: LocalizedText(sv: "Rätta datumet till den dag det hände, senast \(today).", en: "Correct the date to the day it happened, \(today) at the latest.")))
            return .none
        }
        return .some(date)
    }

    /// The hint for a slash date: the one real reading, the reading in the file's order, or both; nil
    /// when it is no date either way.
    static func slashDateHint(_ slash: SlashDate, order: (order: SlashDate.Order, shownBy: SlashDate)?) -> LocalizedText? {
        switch (slash.date(.dayFirst), slash.date(.monthFirst)) {
        case let (.some(dayFirst), .some(monthFirst)) where dayFirst != monthFirst:
            guard let order, let meant = slash.date(order.order) else { return .eitherDate(dayFirst: dayFirst, monthFirst: monthFirst) }
            return .dateInFileOrder(meant, order: order.order, shownBy: order.shownBy.text)
        case let (.some(only), _), let (nil, .some(only)):
            return .writeDate(only)
        case (nil, nil):
            return nil
        }
    }

    /// A year and two numbers of one or two digits, with `-`, `/` or `.` between them (`2026-13-01`,
    /// `31.4.2026`): a date mistyped, not a name or a number that identifies a person.
    static func isDateShaped(_ text: String) -> Bool {
        guard text.allSatisfy({ ($0.isASCII && $0.isNumber) || "-/.".contains($0) }) else { return false }
        let groups = text.split(omittingEmptySubsequences: false, whereSeparator: { "-/.".contains($0) })
        guard groups.count == 3, groups.filter({ $0.count == 4 }).count == 1 else { return false }
        return (groups.first?.count == 4 || groups.last?.count == 4) && groups.allSatisfy { (1...4).contains($0.count) }
    }

    /// A count as a cell holds it: digits only (spaces around them aside), and no leading zero unless it
    /// has at most three digits (`07`, `007`, as a spreadsheet may pad a count, are 7: a whole number to a
    /// reader). Anything else is not read as a count: `070 123 45 67`, `08 123 456` and `0701234567` are
    /// telephone numbers, not 701 million and 8 million SIPs.
    static func plainCount(_ text: String) -> Int? {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), trimmed.count <= 3 || !trimmed.hasPrefix("0") else { return nil }
        return Int(trimmed)
    }

    /// The hint for a whole number written with a unit (`12 st`, `3 stycken`) or a thousands separator
    /// (`1,200`, `1 200` with a no-break space): the number itself. Nil for anything else, which a
    /// finding does not repeat: also for digits that start with 0 (`08 123 456`, `070 st`), as no count
    /// written out does and a telephone number does.
    static func countHint(_ text: String) -> LocalizedText? {
        let trimmed = text.trimmingWhitespace()
        let digits = trimmed.prefix(while: { $0.isASCII && $0.isNumber })
        guard digits == "0" || !digits.hasPrefix("0") else { return nil }
        let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces).lowercased()
        if !digits.isEmpty, ["st", "st.", "stycken", "stk", "pcs"].contains(unit) {
            return LocalizedText(sv: "Skriv `\(digits)`.", en: "Write `\(digits)`.")
        }
        let groups = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { ",.'’\u{A0}\u{202F}".contains($0) })
        if groups.count > 1, (1...3).contains(groups[0].count), !groups[0].hasPrefix("0"), groups.dropFirst().allSatisfy({ $0.count == 3 }),
           groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
            let number = groups.joined()
            return LocalizedText(sv: "Skriv talet utan tusentalsavgränsare: `\(number)`.", en: "Write the number without a thousands separator: `\(number)`.")
        }
        return nil
    }

    /// "Summa", "Totalt", "Total:", "S:a" — the label of a row that adds up the rows above it.
    static func isTotalLabel(_ text: String) -> Bool {
        let lowered = text.lowercased()
        let word = lowered.split(whereSeparator: { $0 == " " || $0 == ":" }).first.map(String.init) ?? ""
        return ["summa", "totalt", "total", "totalsumma", "sum"].contains(word) || lowered == "s:a"
    }

    /// The service a party or service id in `column` stands for. A value that is neither is not repeated
    /// and is starred out in the quoted line: it may be a name (`Lisa Ek (elev åk 4)`).
    mutating func reference(_ id: String, column: String, at location: SourceLocation) -> String? {
        if let known = references.canonical(id), let service = references.service(of: known) { return service }
        if !id.isEmpty { withhold(at: location, length: id.unicodeScalars.count) }
        let parties = references.partyIDs.prefix(4).joined(separator: ", ")
        findings.append(RegisterReferencesRule().finding(
            id.isEmpty ? LocalizedText(sv: "parten saknas", en: "the party is missing") : .unknownReference(in: column),
            at: location,
            hint: LocalizedText.meantOneOf(references.meant(by: id))
                ?? LocalizedText(sv: "Skriv en parts id (\(parties), …) eller en verksamhet (socialtjanst, bup, …). Registret publiceras: skriv aldrig namn.",
                                 en: "Write a party's id (\(parties), …) or a service (socialtjanst, bup, …). The register is published: never write names.")))
        return nil
    }

    /// A cell or part of one whose text a finding does not repeat: starred out in the quoted line.
    mutating func withhold(at location: SourceLocation, length: Int) {
        privateCells.append((location, length))
    }

    /// A cell's value of a closed list. The hint guesses the value meant; `unfit` gives the hint instead
    /// when the guess would not be valid in this row (a case with no meeting cannot be `löst`), so that
    /// following the hint never leads to the next error.
    mutating func value<Value: RawRepresentable & CaseIterable>(
        _ cell: CSVTable.Cell?, column: String, as: Value.Type, unfit: (Value) -> LocalizedText? = { _ in nil }
    ) -> Value? where Value.RawValue == String {
        guard let cell else { return nil }
        let text = cell.text.lowercased()
        if let value = Value(rawValue: text) { return value }
        let allowed = Value.allCases.map(\.rawValue)
        let guess = text.isEmpty ? nil : Suggestion.nearest(to: text, in: allowed)
        // The value is not repeated, and is starred out in the quoted line: it may be free text naming a child.
        if !text.isEmpty { withhold(at: cell.location, length: cell.text.unicodeScalars.count) }
        findings.append(RegisterValuesRule().finding(
            text.isEmpty
                ? LocalizedText(sv: "`\(column)` saknar värde", en: "`\(column)` has no value")
                : .valueNotAllowed(in: column),
            at: cell.location,
            hint: guess.map { guess in
                Value(rawValue: guess).flatMap(unfit) ?? LocalizedText(sv: "Menade du `\(guess)`?", en: "Did you mean `\(guess)`?")
            } ?? LocalizedText(sv: "Skriv ett av: \(allowed.joined(separator: ", ")).", en: "Write one of: \(allowed.joined(separator: ", ")).")))
        return nil
    }

    // MARK: Rows

    mutating func readCase(_ cells: [String: CSVTable.Cell], readable: Bool, into register: inout RegisterYear) {
        let noticed = date(cells["uppmärksammat"], column: "uppmärksammat")
        let meeting = date(cells["möte"], column: "möte", optional: true, inYear: false)
        var parties: [String] = []
        var partiesOK = cells["parter"] != nil
        if let cell = cells["parter"] {
            var column = cell.location.column
            var ids: [(String, SourceLocation)] = []
            let pieces = cell.text.split(separator: ",", omittingEmptySubsequences: false)
            var index = 0
            while index < pieces.count {
                // "Socialförvaltningen, Huddinge kommun": a party's name holding a comma is one value (one
                // finding, whose hint is the party's id), not two unknown ones.
                let end = (index + 1..<pieces.count).reversed().first { end in
                    ReferencesRule.party(named: pieces[index...end].joined(separator: ","), in: references.agreement.parties) != nil
                } ?? index
                let piece = pieces[index...end].joined(separator: ",")
                let leading = piece.unicodeScalars.prefix { $0 == " " }.count
                ids.append((String(piece).trimmingSpaces(), SourceLocation(line: cell.location.line, column: column + leading)))
                column += piece.unicodeScalars.count + 1
                index = end + 1
            }
            // `soc-nacka;bup-nacka`, `soc-nacka/bup-nacka`: known ids with another mark between them.
            let marked = cell.text.split(whereSeparator: { ";/+&".contains($0) || $0.isWhitespace || $0 == "," }).map(String.init)
                .filter { !["och", "and"].contains($0.lowercased()) }
            if cell.text.isEmpty {
                partiesOK = false
                findings.append(RegisterValuesRule().finding(
                    LocalizedText(sv: "`parter` saknar parter", en: "`parter` names no party"), at: cell.location,
                    hint: LocalizedText(sv: "Skriv de parter eller verksamheter som deltog, med komma emellan.", en: "Write the parties or services involved, separated by commas.")))
            } else if ids.count < marked.count, marked.count > 1, marked.allSatisfy(references.isKnown) {
                partiesOK = false
                findings.append(RegisterReferencesRule().finding(.partiesNotSeparatedByCommas(cell.text), at: cell.location,
                                                                 hint: .separatePartiesByCommas(marked, separator: separator)))
            } else {
                var first: [String: SourceLocation] = [:]
                var twice: [(id: String, location: SourceLocation)] = []
                for (id, location) in ids {
                    guard reference(id, column: "parter", at: location) != nil else { partiesOK = false; continue }
                    let canonical = references.canonical(id) ?? id
                    if first[canonical] == nil { first[canonical] = location; parties.append(canonical) } else { twice.append((canonical, location)) }
                }
                // `bup-nacka,bup-nacka`: a party is in a case once; the case is counted with it once.
                for (id, location) in twice where partiesOK {
                    findings.append(RegisterValuesRule().finding(
                        .twiceInCase(id), at: location, hint: .writeParties(parties, separator: separator), severity: .warning,
                        notes: [Note(message: LocalizedText(sv: "först här", en: "first here"), location: first[id] ?? location)]))
                }
            }
        }
        let noMeeting: Bool = if case .some(.none) = meeting { true } else { false }
        let outcome = value(cells["utfall"], column: "utfall", as: ForumOutcome.self) { guess in
            noMeeting && guess != .ongoing ? .noMeetingYet(guess.rawValue) : nil
        }
        if case .some(.some(let noticedDate)) = noticed, case .some(.some(let meetingDate)) = meeting, let cell = cells["möte"] {
            if meetingDate < noticedDate {
                findings.append(RegisterDatesRule().finding(
                    LocalizedText(sv: "mötet \(meetingDate) är före \(noticedDate), då behovet uppmärksammades", en: "the meeting \(meetingDate) is before \(noticedDate), when the need was noticed"),
                    at: cell.location, hint: LocalizedText(sv: "Rätta ett av datumen.", en: "Correct one of the dates.")))
                return
            }
            if meetingDate.year > year + 1 {
                findings.append(RegisterDatesRule().finding(
                    LocalizedText(sv: "mötet \(meetingDate) ligger för långt efter registrets år \(year)", en: "the meeting \(meetingDate) is too long after the register's year \(year)"),
                    at: cell.location, hint: LocalizedText(sv: "Rätta årtalet.", en: "Correct the year.")))
                return
            }
            // A meeting after the run's date is booked: the case cannot have been decided at it yet.
            if let today, meetingDate > today, let outcome, outcome != .ongoing {
                findings.append(RegisterDatesRule().finding(
                    LocalizedText(sv: "mötet \(meetingDate) ligger efter dagens datum, \(today), men utfallet är `\(outcome.rawValue)`",
                                  en: "the meeting \(meetingDate) is after today's date, \(today), but the outcome is `\(outcome.rawValue)`"),
                    at: cell.location,
                    hint: LocalizedText(sv: "Skriv `pågår` i `utfall` tills mötet är hållet, eller rätta mötets datum.",
                                        en: "Write `pågår` in `utfall` until the meeting is held, or correct the meeting's date.")))
                return
            }
        }
        if case .some(.none) = meeting, let outcome, outcome != .ongoing, let cell = cells["utfall"] {
            findings.append(RegisterValuesRule().finding(
                LocalizedText(sv: "ett ärende utan möte kan inte vara `\(outcome.rawValue)`", en: "a case without a meeting cannot be `\(outcome.rawValue)`"),
                at: cell.location,
                hint: LocalizedText(sv: "Skriv mötets datum i `möte`, eller `pågår` så länge mötet inte är hållet.", en: "Write the meeting's date in `möte`, or `pågår` while the meeting is still to be held.")))
            return
        }
        guard readable, partiesOK, case .some(.some(let noticedDate)) = noticed, case .some(let meetingDate) = meeting, let outcome else { return }
        register.cases.append(ForumCase(noticed: noticedDate, meeting: meetingDate, parties: parties, outcome: outcome))
    }

    mutating func readDeviation(_ cells: [String: CSVTable.Cell], readable: Bool, into register: inout RegisterYear) {
        let day = date(cells["datum"], column: "datum")
        let from = cells["från"].flatMap { reference($0.text, column: "från", at: $0.location) }
        let to = cells["till"].flatMap { reference($0.text, column: "till", at: $0.location) }
        // A deviation is reported by one party to another about their collaboration: one within a party
        // is the party's own to handle, and not counted.
        if from != nil, to != nil, let sender = cells["från"], let receiver = cells["till"],
           let party = references.canonical(sender.text), party == references.canonical(receiver.text) {
            findings.append(RegisterValuesRule().finding(.deviationToItself(party), at: receiver.location, hint: .deviationBetweenParties))
            return
        }
        let topic = value(cells["ämne"], column: "ämne", as: DeviationTopic.self)
        let principal = value(cells["principiell"], column: "principiell", as: YesNo.self)
        var statusCell = cells["status"]
        if let cell = statusCell, let former = DeviationStatus.formerValues[cell.text.lowercased()] { statusCell?.text = former.rawValue }
        let status = value(statusCell, column: "status", as: DeviationStatus.self)
        guard readable, case .some(.some(let date)) = day, let from, let to, let topic, let principal, let status else { return }
        register.deviations.append(DeviationEntry(date: date, from: from, to: to, topic: topic, principal: principal == .yes, status: status))
    }

    mutating func readSIP(_ cells: [String: CSVTable.Cell], readable: Bool, into register: inout RegisterYear) {
        guard let partyCell = cells["part"], let countCell = cells["antal"] else { return }
        let known = reference(partyCell.text, column: "part", at: partyCell.location) != nil
        let party = references.canonical(partyCell.text) ?? partyCell.text
        var count: Int?
        if let number = Self.plainCount(countCell.text) {
            count = number
        } else if countCell.text.trimmingWhitespace().isEmpty {
            findings.append(RegisterValuesRule().finding(
                .emptySIPCount(party: known ? party : ""), at: countCell.location,
                hint: LocalizedText(sv: "Skriv antalet SIP, 0 om inga.", en: "Write the number of SIPs, 0 if none.")))
        } else if let hint = Self.countHint(countCell.text) {
            // `12 st`, `1,200`: a number written another way, which can be repeated.
            findings.append(RegisterValuesRule().finding(
                LocalizedText(sv: "`\(countCell.text)` är inget antal", en: "`\(countCell.text)` is not a count"),
                at: countCell.location, hint: hint))
        } else {
            withhold(at: countCell.location, length: countCell.text.unicodeScalars.count)
            findings.append(RegisterValuesRule().finding(
                .notACount, at: countCell.location,
                hint: LocalizedText(sv: "Skriv ett heltal, 0 eller mer.", en: "Write a whole number, 0 or more.")))
        }
        // A party's second row is its own problem, whether or not the first row's count could be read.
        if known, let first = sipRows[party] {
            findings.append(RegisterValuesRule().finding(
                LocalizedText(sv: "`\(party)` står redan i sip.csv", en: "`\(party)` is already in sip.csv"),
                at: partyCell.location, hint: LocalizedText(sv: "Slå ihop raderna till en.", en: "Merge the rows into one."),
                notes: [Note(message: LocalizedText(sv: "först här", en: "first here"), location: first)]))
            return
        }
        if known { sipRows[party] = partyCell.location }
        guard readable, known, let count else { return }
        register.sips = (register.sips ?? []) + [SIPCount(party: party, count: count)]
    }
}

enum YesNo: String, CaseIterable {
    case yes = "ja"
    case no = "nej"
}

// MARK: - Messages

extension LocalizedText {
    /// An empty `antal` cell in sip.csv, named by its party.
    fileprivate static func emptySIPCount(party: String) -> LocalizedText {
        party.isEmpty ? LocalizedText(sv: "`antal` är tomt", en: "the `antal` cell is empty")
            : LocalizedText(sv: "`antal` är tomt för \(party)", en: "the `antal` cell of \(party) is empty")
    }

    /// A cell's value of the register that is not one the column allows: the finding does not repeat
    /// it, for it may be a name, and says why.
    fileprivate static func unknownReference(in column: String) -> LocalizedText {
        LocalizedText(sv: "`\(column)` har ett värde som varken är en part i överenskommelsen eller en verksamhet (värdet visas inte: det kan vara en personuppgift)",
                      en: "`\(column)` has a value that is neither a party of the agreement nor a service (the value is not shown: it may be personal data)")
    }

    fileprivate static func valueNotAllowed(in column: String) -> LocalizedText {
        LocalizedText(sv: "`\(column)` har ett värde som inte är tillåtet (värdet visas inte: det kan vara en personuppgift)",
                      en: "`\(column)` has a value that is not allowed (the value is not shown: it may be personal data)")
    }

    fileprivate static func notADate(in column: String) -> LocalizedText {
        LocalizedText(sv: "`\(column)` har ett värde som inte är ett datum (värdet visas inte: det kan vara en personuppgift)",
                      en: "`\(column)` has a value that is not a date (the value is not shown: it may be personal data)")
    }

    fileprivate static let notACount = LocalizedText(
        sv: "`antal` har ett värde som inte är ett antal (värdet visas inte: det kan vara en personuppgift)",
        en: "`antal` has a value that is not a count (the value is not shown: it may be personal data)")

    /// "Menade du `hab-nacka`?", "Menade du `utb-nacka` eller `friskolor`?"; nil for no id.
    fileprivate static func meantOneOf(_ ids: [String]) -> LocalizedText? {
        guard let last = ids.last else { return nil }
        let quoted = ids.dropLast().map { "`\($0)`" }.joined(separator: ", ")
        return ids.count == 1
            ? LocalizedText(sv: "Menade du `\(last)`?", en: "Did you mean `\(last)`?")
            : LocalizedText(sv: "Menade du \(quoted) eller `\(last)`?", en: "Did you mean \(quoted) or `\(last)`?")
    }

    /// A personal identity number found in a register cell; the cell's text is never repeated.
    fileprivate static let personalNumberInRegister = LocalizedText(
        sv: "ett personnummer eller samordningsnummer står i registret",
        en: "a personal identity number (personnummer or samordningsnummer) is in the register")

    /// A row whose first cell is "Summa" or "Totalt".
    fileprivate static func totalRow(_ label: String) -> LocalizedText {
        LocalizedText(sv: "raden `\(label)` är en summarad", en: "the row `\(label)` is a total row")
    }

    fileprivate static let removeTotalRow = LocalizedText(
        sv: "Ta bort summaraden: bus-docs räknar summorna.", en: "Remove the total row: bus-docs adds up the totals itself.")

    /// A party written a second time in a case's `parter`.
    fileprivate static func twiceInCase(_ id: String) -> LocalizedText {
        LocalizedText(sv: "`\(id)` står två gånger i `parter`", en: "`\(id)` is listed twice in `parter`")
    }

    /// The `parter` cell with each party once: quoted in a file whose cells are separated by commas.
    fileprivate static func writeParties(_ ids: [String], separator: Character) -> LocalizedText {
        let list = ids.joined(separator: ",")
        let cell = separator == "," && ids.count > 1 ? "\"\(list)\"" : list
        return LocalizedText(sv: "Skriv `\(cell)`: varje part en gång.", en: "Write `\(cell)`: each party once.")
    }

    /// A deviation whose `från` and `till` are the same party.
    fileprivate static func deviationToItself(_ id: String) -> LocalizedText {
        LocalizedText(sv: "avvikelsen är från och till samma part, `\(id)`: en avvikelse gäller samverkan mellan två parter",
                      en: "the deviation is from and to the same party, `\(id)`: a deviation is about the collaboration between two parties")
    }

    fileprivate static let deviationBetweenParties = LocalizedText(
        sv: "Skriv i `till` den part som avvikelsen ställdes till. Gällde den partens egen verksamhet hör den till partens egen avvikelsehantering: ta bort raden.",
        en: "Write in `till` the party the deviation was addressed to. If it was about the party's own work, it belongs to the party's own deviation handling: remove the row.")

    /// A `parter` cell of known ids with `;`, `/` or a space between them instead of commas.
    fileprivate static func partiesNotSeparatedByCommas(_ text: String) -> LocalizedText {
        LocalizedText(sv: "`\(text)`: parterna ska skiljas med komma", en: "`\(text)`: the parties must be separated by commas")
    }

    /// The cell to write instead: in a file whose cells are separated by commas, in quotes (as Excel
    /// writes it when it saves a cell with a comma), otherwise as it is.
    fileprivate static func separatePartiesByCommas(_ ids: [String], separator: Character) -> LocalizedText {
        let list = ids.joined(separator: ",")
        return separator == ","
            ? LocalizedText(sv: "Skriv `\"\(list)\"`: med komma emellan och inom citattecken, eftersom filen skiljer cellerna med komma.",
                            en: "Write `\"\(list)\"`: with commas between them, in quotes, since the file separates its cells with commas.")
            : LocalizedText(sv: "Skriv `\(list)`: med komma emellan.", en: "Write `\(list)`: with commas between them.")
    }

    /// `1/12/2026` when the file does not say which order its dates are in: both readings, by name.
    fileprivate static func eitherDate(dayFirst: LocalDate, monthFirst: LocalDate) -> LocalizedText {
        LocalizedText(
            sv: "Skriv datumet som ÅÅÅÅ-MM-DD: `\(monthFirst)` om det är \(monthFirst.day) \(LocalDate.swedishMonthNames[monthFirst.month - 1]), `\(dayFirst)` om det är \(dayFirst.day) \(LocalDate.swedishMonthNames[dayFirst.month - 1]) (i Excel: formatera kolumnen som text eller ÅÅÅÅ-MM-DD).",
            en: "Write the date as YYYY-MM-DD: `\(monthFirst)` if it is \(monthFirst.day) \(englishMonthNames[monthFirst.month - 1]), `\(dayFirst)` if it is \(dayFirst.day) \(englishMonthNames[dayFirst.month - 1]) (in Excel: format the column as text or YYYY-MM-DD).")
    }

    /// A slash date read in the order another date of the file can only be read in.
    fileprivate static func dateInFileOrder(_ meant: LocalDate, order: SlashDate.Order, shownBy: String) -> LocalizedText {
        order == .monthFirst
            ? LocalizedText(sv: "Skriv `\(meant)`: filen skriver månaden först, som `\(shownBy)` visar (i Excel: formatera kolumnen som text eller ÅÅÅÅ-MM-DD).",
                            en: "Write `\(meant)`: the file writes the month first, as `\(shownBy)` shows (in Excel: format the column as text or YYYY-MM-DD).")
            : LocalizedText(sv: "Skriv `\(meant)`: filen skriver dagen först, som `\(shownBy)` visar (i Excel: formatera kolumnen som text eller ÅÅÅÅ-MM-DD).",
                            en: "Write `\(meant)`: the file writes the day first, as `\(shownBy)` shows (in Excel: format the column as text or YYYY-MM-DD).")
    }

    /// A date that can be read only one way.
    fileprivate static func writeDate(_ meant: LocalDate) -> LocalizedText {
        LocalizedText(sv: "Skriv `\(meant)` (i Excel: formatera kolumnen som text eller ÅÅÅÅ-MM-DD).",
                      en: "Write `\(meant)` (in Excel: format the column as text or YYYY-MM-DD).")
    }

    private static let englishMonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// The hint for an outcome misspelt in a row with no meeting: the value meant is not valid there.
    fileprivate static func noMeetingYet(_ meant: String) -> LocalizedText {
        LocalizedText(sv: "Menade du `\(meant)`? Raden har inget datum i `möte`: skriv `pågår`, eller mötets datum i `möte` och `\(meant)`.",
                      en: "Did you mean `\(meant)`? The row has no date in `möte`: write `pågår`, or the meeting's date in `möte` and `\(meant)`.")
    }
}
