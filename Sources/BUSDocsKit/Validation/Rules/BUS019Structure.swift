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

    /// Its findings on the front matter are made by the decoder (`AgreementDecoder`) while it reads the
    /// file; on the model, only the body's pipe tables, which CommonMark (the format's text) does not have.
    public func check(_ context: RuleContext) -> [Diagnostic] {
        (Self.pipeTables(in: context.agreement.body) + Self.headingsWithoutSpace(in: context.agreement.body) + Self.pastedBullets(in: context.agreement.body))
            .sorted { $0.location < $1.location }
    }

    /// `##8. Rutin vid avvikelse`: a line that starts a paragraph with `#`s and a letter or digit is
    /// meant as a heading, which CommonMark makes only with a space after the `#`s; it is printed as text.
    static func headingsWithoutSpace(in body: Body) -> [Diagnostic] {
        headingLinesWithoutSpace(in: body).map { found in
            StructureRule().finding(.headingWithoutSpace(found.line), at: found.location, hint: .writeHeading(found.fixed), severity: .warning)
        }
    }

    /// The lines `headingsWithoutSpace` reports: as written, where, the heading's text and the line to
    /// write. BUS015 takes one for the section it names, since this finding is the one to fix.
    static func headingLinesWithoutSpace(in body: Body) -> [(line: String, location: SourceLocation, heading: String, fixed: String)] {
        // Most bodies have no such line: one pass over the bytes for a line that starts (after up to three
        // spaces) with #s followed by something other than a blank or the line's end.
        guard mayHaveHeadingWithoutSpace(body.markdown) else { return [] }
        let lines = body.markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var findings: [(line: String, location: SourceLocation, heading: String, fixed: String)] = []
        var fence: Character?
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if let marker = line.first, marker == "`" || marker == "~", line.hasPrefix(String(repeating: marker, count: 3)) {
                fence = fence == nil ? marker : (fence == marker ? nil : fence)
                continue
            }
            let indent = raw.prefix { $0 == " " }.count
            guard fence == nil, indent < 4, index == 0 || lines[index - 1].trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let hashes = line.prefix { $0 == "#" }.count
            let rest = line.dropFirst(hashes)
            guard (1...6).contains(hashes), let first = rest.first, first.isLetter || first.isNumber else { continue }
            let heading = rest.trimmingCharacters(in: .whitespaces)
            let fixed = String(repeating: "#", count: hashes) + " " + heading
            findings.append((line, SourceLocation(line: body.firstLine + index, column: indent + 1), heading, fixed))
        }
        return findings
    }

    private static func mayHaveHeadingWithoutSpace(_ text: String) -> Bool {
        // A filter only: it may say yes to a line the rule then passes over (blanks of any kind before the #s
        // are let through here and judged there).
        // Read through a buffer, line start by line start (each LF found by glibc's `memchr`): only the
        // first bytes of a line can make it one.
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var start = 0
            while start < bytes.count {
                var index = start
                while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") || bytes[index] >= 0x80 { index += 1 }
                if index < bytes.count, bytes[index] == UInt8(ascii: "#") {
                    while index < bytes.count, bytes[index] == UInt8(ascii: "#") { index += 1 }
                    if index < bytes.count, bytes[index] != UInt8(ascii: " "), bytes[index] != UInt8(ascii: "\t"),
                       bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\r") { return true }
                }
                guard index < bytes.count, let newline = memchr(base + index, 10, bytes.count - index) else { return false }
                start = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(newline)) + 1
            }
            return false
        }
    }

    /// A table written as on GitHub (`| a | b |` over `|---|---|`): printed as its raw lines in every
    /// document, since the text is CommonMark, which has no tables. One warning per table, at its first
    /// line, with its rows written as the list that says the same.
    static func pipeTables(in body: Body) -> [Diagnostic] {
        // Most bodies have no `|` at all, and so no table: one pass over the bytes.
        var markdown = body.markdown
        guard markdown.withUTF8({ $0.count > 0 && memchr($0.baseAddress!, Int32(UInt8(ascii: "|")), $0.count) != nil }) else { return [] }
        let lines = body.markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var findings: [Diagnostic] = []
        var fence: Character?
        var index = 0
        while index < lines.count {
            let line = lines[index].blanksTrimmed()
            if togglesFence(line, &fence) {
                index += 1
                continue
            }
            guard fence == nil, index + 1 < lines.count, line.contains("|"), isDelimiterRow(lines[index + 1]) else {
                index += 1
                continue
            }
            let head = cells(line)
            var end = index + 2
            var rows: [[String]] = []
            while end < lines.count, lines[end].contains("|"), !lines[end].blanksTrimmed().isEmpty {
                rows.append(cells(lines[end]))
                end += 1
            }
            let items = (rows.isEmpty ? [head] : rows).map { row in
                "- " + zip(head, row).map { rows.isEmpty ? $0.0 : "**\($0.0):** \($0.1)" }.joined(separator: "; ")
            }
            let column = lines[index].prefix { $0 == " " }.count + 1
            findings.append(StructureRule().finding(
                .pipeTable, at: SourceLocation(line: body.firstLine + index, column: column),
                hint: .tableAsList(items), severity: .warning))
            index = end
        }
        return findings
    }

    /// The marks Word's bulleted lists are pasted with: the bullet itself, its Symbol-font forms, squares,
    /// circles and arrows; dashes count only with a tab after them, or beside another such line.
    private static let bullets: Set<Character> = ["•", "●", "▪", "◦", "·", "○", "■", "□", "➢", "►", "✓", "\u{F0B7}", "\u{F0A7}", "\u{F0D8}"]
    private static let dashes: Set<Character> = ["–", "—", "o"]

    /// A list pasted from Word (`•<TAB>Socialförvaltningen ansvarar …`): CommonMark reads the lines as
    /// one paragraph, printed as running text. One warning per list, at its first line, with the lines
    /// written as `- ` items.
    static func pastedBullets(in body: Body) -> [Diagnostic] {
        // Most bodies have no line that starts with a non-ASCII mark and a space or tab, or an `o` and a tab
        // (a line starting "Åtgärder" or "om" is not one): one pass over the bytes.
        var markdown = body.markdown
        let mayHave = markdown.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            // Each line's first byte that is not a space; the rest of the line is passed over to the next LF,
            // which glibc's `memchr` finds.
            var lineStart = 0
            while lineStart < bytes.count {
                var first = lineStart
                while first < bytes.count, bytes[first] == UInt8(ascii: " ") { first += 1 }
                guard first < bytes.count else { break }
                let byte = bytes[first]
                // The byte after the mark: after an `o`, the next; after a non-ASCII lead byte, the one after
                // its scalar.
                let after: Int? = switch byte {
                case UInt8(ascii: "o"): first + 1
                case 0xC2...0xDF: first + 2
                case 0xE0...0xEF: first + 3
                case 0xF0...0xF4: first + 4
                default: nil
                }
                if let after, after < bytes.count,
                   bytes[after] == UInt8(ascii: "\t") || (bytes[after] == UInt8(ascii: " ") && byte != UInt8(ascii: "o")) {
                    return true
                }
                guard let newline = memchr(base + first, 0x0A, bytes.count - first) else { break }
                lineStart = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(newline)) + 1
            }
            return false
        }
        guard mayHave else { return [] }
        let lines = body.markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        /// The item a line is, when it starts with a pasted mark: its text, and whether the mark is sure
        /// (a bullet, or any mark followed by a tab).
        func item(_ line: String) -> (text: String, sure: Bool, mark: Character)? {
            let indent = line.prefix { $0 == " " }.count
            guard indent < 4 else { return nil }
            let rest = line.dropFirst(indent)
            guard let mark = rest.first, bullets.contains(mark) || dashes.contains(mark),
                  let after = rest.dropFirst().first, after == "\t" || (after == " " && mark != "o") else { return nil }
            let text = rest.dropFirst().trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return nil }
            return (text, bullets.contains(mark) || after == "\t", mark)
        }
        var findings: [Diagnostic] = []
        var fence: Character?
        var index = 0
        while index < lines.count {
            if togglesFence(lines[index].blanksTrimmed(), &fence) {
                index += 1
                continue
            }
            guard fence == nil, item(lines[index]) != nil else {
                index += 1
                continue
            }
            // The list: its item lines, across blank lines between them.
            var items: [(text: String, sure: Bool, mark: Character)] = []
            var end = index
            while end < lines.count {
                if let found = item(lines[end]) { items.append(found); end += 1; continue }
                let next = lines[end...].firstIndex { !$0.blanksTrimmed().isEmpty }
                guard lines[end].blanksTrimmed().isEmpty, let next, item(lines[next]) != nil else { break }
                end = next
            }
            if items.contains(where: \.sure) || items.count > 1 {
                let column = lines[index].prefix { $0 == " " }.count + 1
                // The marks the file has, in the order met: Word pastes `·` and `o` as well as `•`.
                let marks = items.map { String($0.mark) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                findings.append(StructureRule().finding(
                    .pastedBullets(marks), at: SourceLocation(line: body.firstLine + index, column: column),
                    hint: .bulletsAsList(items.map { "- " + $0.text }), severity: .warning))
            }
            index = end
        }
        return findings
    }

    /// Whether `line` opens or closes a code fence (```` ``` ```` or `~~~`), updating `fence`: the scans
    /// for pasted tables and lists pass over code.
    private static func togglesFence(_ line: String, _ fence: inout Character?) -> Bool {
        guard let marker = line.first, marker == "`" || marker == "~", line.hasPrefix(String(repeating: marker, count: 3)) else { return false }
        fence = fence == nil ? marker : (fence == marker ? nil : fence)
        return true
    }

    /// `|---|:--:|`, `--- | ---`: the line under a table's head.
    private static func isDelimiterRow(_ line: String) -> Bool {
        let cells = cells(line)
        return line.contains("|") || cells.count > 1 ? !cells.isEmpty && cells.allSatisfy { cell in
            let dashes = cell.trimming { $0 == ":" }
            return !dashes.isEmpty && dashes.allSatisfy { $0 == "-" }
        } : false
    }

    private static func cells(_ line: String) -> [String] {
        var text = line.blanksTrimmed()
        if text.hasPrefix("|") { text.removeFirst() }
        if text.hasSuffix("|") { text.removeLast() }
        return text.split(separator: "|", omittingEmptySubsequences: false).map { String($0.blanksTrimmed()) }
    }

    /// What a value should have been, for wrong-type messages.
    enum Expected {
        case mapping, list, text, number

        /// What the value must be, as the end of a sentence about it.
        var requirement: LocalizedText {
            switch self {
            case .mapping: return .keysWithValues
            case .list: return .aList
            case .text: return .aText
            case .number: return .aWholeNumber
            }
        }
    }

    static func emptyFile() -> Diagnostic {
        StructureRule().finding(.emptyFile, at: .fileStart, hint: .startWithFrontMatter)
    }

    static func noFrontMatter() -> Diagnostic {
        StructureRule().finding(.noFrontMatter, at: .fileStart, hint: .firstLineDashes)
    }

    /// A line of dashes other than `---` where the front matter would close.
    static func mistypedClosingLine(_ line: String, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(.mistypedClosingLine(line), at: location, hint: .replaceClosingLine(line))
    }

    static func unterminatedFrontMatter() -> Diagnostic {
        StructureRule().finding(.unterminatedFrontMatter, at: .fileStart, hint: .closeFrontMatter)
    }

    /// A YAML syntax error; `hint` when the problem has advice of its own.
    static func yamlSyntax(_ problem: LocalizedText, at location: SourceLocation) -> Diagnostic {
        let hint: LocalizedText = switch problem {
        case YAMLMessages.unclosedQuote: .closeQuote
        case YAMLMessages.unclosedList: .closeList
        case YAMLMessages.unclosedMapping: .closeMapping
        case YAMLMessages.missingComma: .writeComma
        default: .checkLine
        }
        return StructureRule().finding(.yamlError(problem), at: location, hint: hint)
    }

    /// A key indented deeper (`spaces`) than the `key: value` line above it, which should have `sibling`
    /// spaces before it: `fixed` is the line so.
    static func deeperIndented(_ spaces: Int, sibling: Int, fixed: String, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(.yamlError(YAMLMessages.deeperIndented(sibling)), at: location, hint: .realign(spaces, like: sibling, fixed))
    }

    /// A line that does not line up with the lines above, or is indented with tabs: the line as it
    /// should be (`fixed`, indented `sibling` spaces as the lines it belongs with).
    static func misaligned(_ problem: LocalizedText, spaces: Int, tabs: Int, sibling: Int, below: Bool = false, fixed: String, at location: SourceLocation) -> Diagnostic {
        let hint: LocalizedText = tabs > 0 ? .replaceTabs(tabs, fixed) : .realign(spaces, like: sibling, below: below, fixed)
        return StructureRule().finding(.yamlError(problem), at: location, hint: hint)
    }

    /// A key with a value on its line and its keys under it (`uppföljning: varje år` over `ansvarig:`):
    /// the key alone on its line, and for `uppföljning` the period the words say as the key they go in.
    /// `keys`: those under it, so that a `per:` already there is changed rather than written twice.
    static func valueOverKeys(_ path: [String], keys: [String], value: String, at location: SourceLocation) -> Diagnostic {
        let key = path.last ?? ""
        let hint: LocalizedText
        if path == ["uppföljning"], let period = interval(inWords: value)?.text {
            hint = keys.contains("per") ? .writeKeyAlone(key, value, changing: "per", to: period) : .writeKeyAlone(key, value, adding: "per: \(period)")
        } else {
            hint = .writeKeyAlone(key, value)
        }
        return StructureRule().finding(.valueOverKeys(key, value), at: location, hint: hint)
    }

    /// A plain value holding `: ` (`roll: Verksamhetschef: BUP`), which YAML reads as a second key.
    /// A quote opened at `location` and never closed on its line; `fixed`: the line with it closed.
    static func unclosedQuote(fixed: String, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(.quoteNeverClosed(location), at: location, hint: .closeQuoteOnLine(fixed))
    }

    static func colonInValue(key: String, value: String, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(.yamlError(YAMLMessages.colonInValue), at: location, hint: .quoteValue(key, YAMLMessages.quoted(value)))
    }

    /// A line indented with `hardSpaces` no-break spaces; `fixed`: the line as it should be, with its indentation.
    static func hardSpaceIndentation(_ hardSpaces: Int, fixed: String, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(.hardSpaceIndentation, at: location, hint: .replaceHardSpaceIndentation(hardSpaces, fixed))
    }

    static func missingSpaceAfterColon(key: String, value: String, hardSpace: Bool = false, at location: SourceLocation) -> Diagnostic {
        if hardSpace {
            return StructureRule().finding(.hardSpaceAfterColon(key), at: location, hint: .replaceHardSpace(key, value))
        }
        return StructureRule().finding(.noSpaceAfterColon(key, value), at: location, hint: .addSpaceAfterColon(key, value))
    }

    /// `– id: bup`: Word's autocorrect made a list item's `-` a dash, which YAML does not read as a list.
    static func dashForHyphen(_ dash: Character, fixed: String, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(.dashForHyphen(dash), at: location, hint: .writeHyphen(fixed))
    }

    /// `readAsStraight`: a value inside `{ … }` that bus-docs reads as if the quotes were straight
    /// (`FrontMatterLint.straightenedInFlow`); other YAML readers still do not.
    static func curlyQuotes(key: String, value: String, fixed: String, readAsStraight: Bool = false, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(readAsStraight ? .curlyQuotesReadAsStraight(key, value) : .curlyQuotes(key, value), at: location,
                                hint: .straightQuotes(fixed), severity: .warning)
    }

    /// A plain value cut short at ` #`: a warning where YAML reads the rest as a comment and goes on, an
    /// error inside `{ … }`, whose `}` the comment takes along.
    static func cutAtHash(key: String, kept: String, whole: String, severity: Severity = .warning, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(.cutAtHash(key, kept), at: location, hint: .quoteWhole(key, whole), severity: severity)
    }

    /// `[socialtjanst; utbildning; bup]`, `[hab och bumm]`: values joined by `separator` in one list
    /// item, which YAML reads as one value; `fixed`: the list with commas.
    static func valuesNotSeparatedByCommas(_ key: String, item: String, separator: String, fixed: String, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(.joinedValues(key, item, separator), at: location, hint: .separateWithCommas(fixed))
    }

    static func anchorOrAlias(at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(.anchorOrAlias, at: location, hint: .writeOut)
    }

    static func unsupportedVersion(_ version: String, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(.unsupportedVersion(version), at: location, hint: .writeVersion)
    }

    /// A key missing from the mapping at `location` (`.fileStart` for the front matter itself): the
    /// front matter's keys go after `bus-docs: 1`, not at the `---` the finding points at; a key with a
    /// fixed set of values gets them in its hint.
    static func missingKey(_ key: String, at location: SourceLocation, allowed: [String]? = nil) -> Diagnostic {
        let hint: LocalizedText
        if location == .fileStart {
            hint = key == "bus-docs" ? .writeVersionFirst : .addAfterVersion(key, allowed: allowed)
        } else if let allowed {
            hint = .addWithValue(key, allowed: allowed)
        } else {
            hint = .addHere(key)
        }
        return StructureRule().finding(.missingKey(key), at: location, hint: hint, missing: KeyReference(key, in: location))
    }

    /// A value of the wrong kind; `hint` when the caller can say what to write instead.
    static func wrongType(_ key: String, expected: Expected, at location: SourceLocation, hint: LocalizedText? = nil) -> Diagnostic {
        let general: LocalizedText?
        switch expected {
        case .list: general = .writeList(key)
        case .mapping: general = key == NodeReader.frontMatterName ? .frontMatterLines : .writeMapping(key)
        case .number: general = .writeNumber(key)
        case .text: general = nil
        }
        let name = key == NodeReader.frontMatterName ? LocalizedText.theFrontMatter : .quotedKey(key)
        return StructureRule().finding(.wrongType(name, expected.requirement), at: location, hint: hint ?? general)
    }

    /// The groups an agreement needs, written as `new` writes them, with the agreement's own parties:
    /// the hint for a `grupper` of the wrong shape, which applied as it stands gives the steering group
    /// (members of both principals) and the individforum.
    struct GroupsExample {
        /// Each party with an id, the manager `new` names for its principal.
        var parties: [(id: String, principal: Principal?)]

        init(parties: [Party]) {
            self.parties = parties.filter { !$0.id.value.isEmpty }.map { ($0.id.value, $0.principal?.value) }
        }

        var lines: [String] {
            let municipal = parties.first { $0.principal == .municipality }?.id ?? parties.first?.id ?? "socialtjanst"
            let region = parties.first { $0.principal == .region }?.id ?? parties.last?.id ?? "bup"
            // The steering group has a manager of every party (BUS004), the forum the municipality's and the region's.
            let steering = parties.isEmpty ? [(municipal, Principal.municipality), (region, Principal.region)] : parties.map { ($0.id, $0.principal ?? .municipality) }
            return [
                "grupper:",
                "  - id: styrgrupp",
                "    typ: styrgrupp",
                "    namn: BUS lokal styrgrupp",
                "    ledamöter:",
            ] + steering.map { id, principal in "      - { part: \(id), roll: \(principal.managerRole) }" } + [
                "    möten: { minst: 1, per: termin }",
                "  - id: individforum",
                "    typ: individforum",
                "    namn: BUS individforum",
                "    ledamöter:",
                "      - { part: \(municipal), roll: Enhetschef }",
                "      - { part: \(region), roll: Enhetschef }",
                "    sammankallande: { part: \(municipal), roll: Enhetschef }",
                "    möten: { vid-behov: true, inom-dagar: 14 }",
                "    protokoll: individforum",
            ]
        }
    }

    /// `grupper` that is not a list (nothing after it, a text, one mapping).
    static func groupsNotAList(at location: SourceLocation, example: GroupsExample) -> Diagnostic {
        StructureRule().finding(.wrongType(.quotedKey("grupper"), .aList), at: location, hint: .writeGroups(example.lines))
    }

    /// An item of `grupper` that is not a group's keys (`grupper: [a, b]`).
    static func groupNotKeys(at location: SourceLocation, example: GroupsExample) -> Diagnostic {
        StructureRule().finding(.groupNeedsKeys, at: location, hint: .writeGroups(example.lines))
    }

    /// `möten` written as words ("två gånger per termin", "vid behov inom två veckor"): read as the
    /// body's text is read (BUS023), and the same said in the format's keys.
    static func cadenceInWords(_ text: String, at location: SourceLocation) -> Diagnostic {
        let words = Words.folded(text)
        let days = FrequencyPhrase.deadlineDays(in: words)
        let example: String?
        if words.contains("behov") || days != nil {
            example = "{ vid-behov: true" + (days.map { ", inom-dagar: \($0)" } ?? "") + " }"
        } else if let (times, interval) = FrequencyPhrase.cadence(in: words), interval.every == 1 {
            example = "{ minst: \(times), per: \(interval.period.rawValue) }"
        } else {
            example = nil
        }
        return wrongType("möten", expected: .mapping, at: location, hint: example.map { .writeCadence($0) } ?? .cadenceForms)
    }

    /// How often something is done, said in words ("varje år", "två gånger om året"), as the interval
    /// `uppföljning.per` takes (`år`, `termin`), when the words say one.
    static func interval(inWords text: String) -> Interval? {
        let words = Words.folded(text)
        if let interval = IntervalPhrase.interval(words: words) { return interval }
        guard let (times, interval) = FrequencyPhrase.cadence(in: words), times > 0 else { return nil }
        if times == 1 { return interval }
        let perYear = Double(times) * interval.perYear
        return [Interval(.year), Interval(.term), Interval(every: 3, .month), Interval(.month), Interval(.week)].first { $0.perYear == perYear }
    }

    /// `uppföljning` written as words ("varje år") instead of its keys: the keys that say it, with the
    /// owner BUS011 asks for.
    static func followUpInWords(_ text: String, at location: SourceLocation) -> Diagnostic {
        let example = interval(inWords: text).map { "{ per: \($0.text), ansvarig: styrgrupp }" }
        return wrongType("uppföljning", expected: .mapping, at: location, hint: example.map { .writeFollowUp($0) } ?? .followUpForms)
    }

    /// A count written with more than its digits: "2 gånger", "två" say the number meant. A count of
    /// days (`inom-dagar`) is read with its unit ("två veckor" is 14), and a number is given only when
    /// the unit says it exactly: working days are not calendar days.
    static func notAWholeNumber(_ key: String, _ text: String, at location: SourceLocation) -> Diagnostic {
        let words = Words.folded(text)
        guard let index = words.firstIndex(where: { SwedishNumbers.cardinal($0) != nil }),
              let count = SwedishNumbers.cardinal(words[index]) else {
            return wrongType(key, expected: .number, at: location)
        }
        guard key == "inom-dagar" else { return wrongType(key, expected: .number, at: location, hint: .writeValue(key, count)) }
        let unit = words.indices.contains(index + 1) ? words[index + 1] : ""
        let hint: LocalizedText
        if unit.isEmpty || unit.hasPrefix("dag") || unit.hasPrefix("dygn") || unit.hasPrefix("kalenderdag") {
            hint = .writeValue(key, count)
        } else if unit.hasPrefix("veck") {
            hint = .writeDays(key, count * 7, text)
        } else if unit.hasPrefix("arbetsdag") || unit.hasPrefix("vardag") {
            hint = .workingDays(key, text, fullWeeks: count % 5 == 0 ? count / 5 * 7 : nil)
        } else {
            hint = .writeNumber(key)
        }
        return wrongType(key, expected: .number, at: location, hint: hint)
    }

    static func empty(_ key: String, at location: SourceLocation, allowed: [String]? = nil) -> Diagnostic {
        StructureRule().finding(.emptyValue(key), at: location, hint: allowed.map { .writeOneOf(key, $0) } ?? .writeValue(key))
    }

    /// `meant`: the value the text says in other words, when the caller can read it.
    static func unknownValue(_ value: Located<String>, for key: String, allowed: [String], meant: String? = nil) -> Diagnostic {
        let allowedValues = LocalizedText.allowedValues(allowed)
        // "Region Stockholm" means `region`: an allowed value that is a word of the text, else the nearest.
        let words = Set(Words.folded(value.value))
        let nearest = meant ?? allowed.first { words.contains($0.folded()) } ?? Suggestion.nearest(to: value.value, in: allowed)
        let fix = nearest.map { Fix(value, replacement: $0) }
        var finding = StructureRule().finding(.unknownValue(value.value, key), at: value.location, hint: fix?.hint(then: allowedValues) ?? allowedValues, fix: fix)
        // `samtycke: ”skriftligt”`, as Swedish Word types it: an allowed value in curly quotes, said as
        // the curly quotes of any other value are, so the Word setting is switched off once.
        let inner = value.value.filter { !FrontMatterLint.curlyQuotes.contains($0) }
        if inner != value.value, let first = value.value.first, FrontMatterLint.curlyQuotes.contains(first), allowed.contains(inner) {
            finding.message = .curlyQuotes(key, value.value)
            finding.hint = .straightQuotes("\(key): \(inner)")
        }
        finding.unknownValue = UnknownValue(key: key, value: value.value)
        return finding
    }

    /// `regelverk: HÖK 2022`: a rule set's name as people write it, read as that rule set (`id`), which
    /// the agreement is checked with; a warning, whose hint writes the id.
    static func ruleSetReadAs(_ value: Located<String>, id: String) -> Diagnostic {
        let fix = Fix(value, replacement: id)
        return StructureRule().finding(.ruleSetReadAs(value.value, id), at: value.location, hint: .writeRuleSetID(id), severity: .warning, fix: fix)
    }

    static func invalidID(_ value: String, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(.invalidID(value), at: location, hint: .idExample(suggestedID(value)))
    }

    /// The id a person probably meant: lower case, spaces as hyphens, other characters dropped.
    static func suggestedID(_ value: String) -> String {
        let lowered = value.lowercased().map { $0 == " " || $0 == "_" ? "-" : $0 }
        let kept = String(lowered).unicodeScalars.filter(isIDCharacter)
        let id = String(String.UnicodeScalarView(kept))
        return id.isEmpty ? "sof-rk" : id
    }

    /// An id is lower-case letters (a–z and the Swedish å, ä, ö, as in `samrådsgrupp`), digits and hyphens.
    static func isValidID(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy(isIDCharacter)
    }

    /// An id as it is to be written: itself when valid, otherwise the id its author probably meant.
    static func validID(_ value: String) -> String {
        isValidID(value) ? value : suggestedID(value)
    }

    private static func isIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || "åäö".unicodeScalars.contains(scalar)
    }

    static func duplicateID(_ value: String, firstAt first: SourceLocation, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(
            LocalizedText(sv: "id `\(value)` finns redan", en: "id `\(value)` is already used"),
            at: location,
            hint: LocalizedText(sv: "Ge varje part och grupp ett eget id.", en: "Give every party and group an id of its own."),
            notes: [Note(message: LocalizedText(sv: "först använt här", en: "first used here"), location: first)])
    }

    /// An item of the list under `key` begun without its `- `: `line` is the item's first line as
    /// written, and `location` its first key. The fix writes `- ` in the two spaces before that key.
    static func missedDash(in key: String, line: String, at location: SourceLocation) -> Diagnostic {
        let indent = String(repeating: " ", count: max(location.column - 3, 0))
        let fix = location.column > 2
            ? Fix("  ", at: SourceLocation(line: location.line, column: location.column - 2), replacement: "- ") : nil
        return StructureRule().finding(.missedDash(key, line), at: location, hint: .writeDash(line, fixed: "\(indent)- \(line)"), fix: fix)
    }

    static func duplicateKey(_ key: String, at location: SourceLocation) -> Diagnostic {
        StructureRule().finding(.duplicateKey(key), at: location, hint: .removeOne)
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static let keysWithValues = LocalizedText(sv: "ska bestå av nycklar med värden (`nyckel: värde`)", en: "must consist of keys with values (`key: value`)")
    fileprivate static let aList = LocalizedText(sv: "ska vara en lista", en: "must be a list")
    fileprivate static let aText = LocalizedText(sv: "ska vara en text", en: "must be a text")
    fileprivate static let aWholeNumber = LocalizedText(sv: "ska vara ett heltal", en: "must be a whole number")
    fileprivate static let theFrontMatter = LocalizedText(sv: "YAML-huvudet", en: "the front matter")

    fileprivate static func quotedKey(_ key: String) -> LocalizedText {
        LocalizedText(sv: "`\(key)`", en: "`\(key)`")
    }

    fileprivate static let emptyFile = LocalizedText(sv: "filen är tom", en: "the file is empty")
    fileprivate static let startWithFrontMatter = LocalizedText(
        sv: "Börja med ett YAML-huvud mellan två rader `---`; `bus-docs new` skriver ett utkast.",
        en: "Start with a YAML front matter between two `---` lines; `bus-docs new` writes a draft.")
    fileprivate static let noFrontMatter = LocalizedText(
        sv: "filen börjar inte med ett YAML-huvud (`---`)", en: "the file does not start with a YAML front matter (`---`)")
    fileprivate static let firstLineDashes = LocalizedText(
        sv: "Första raden ska vara `---`, följd av `bus-docs: 1` och överenskommelsens uppgifter och en avslutande rad `---`.",
        en: "The first line must be `---`, followed by `bus-docs: 1`, the agreement's data and a closing `---` line.")
    fileprivate static let unterminatedFrontMatter = LocalizedText(
        sv: "YAML-huvudet avslutas aldrig med en rad `---`", en: "the YAML front matter is never closed by a `---` line")
    fileprivate static func mistypedClosingLine(_ line: String) -> LocalizedText {
        LocalizedText(sv: "`\(line)` avslutar inte YAML-huvudet: det gör bara en rad med tre bindestreck, `---`",
                      en: "`\(line)` does not close the front matter: only a line of three hyphens, `---`, does")
    }

    fileprivate static func replaceClosingLine(_ line: String) -> LocalizedText {
        LocalizedText(sv: "Byt raden `\(line)` mot `---`.", en: "Replace the line `\(line)` with `---`.")
    }

    fileprivate static let closeFrontMatter = LocalizedText(
        sv: "Lägg till en rad `---` efter huvudets sista nyckel, före brödtexten.",
        en: "Add a `---` line after the front matter's last key, before the body.")

    fileprivate static func yamlError(_ problem: LocalizedText) -> LocalizedText {
        LocalizedText(sv: "YAML-fel: \(problem.sv)", en: "YAML syntax error: \(problem.en)")
    }

    fileprivate static func quoteNeverClosed(_ location: SourceLocation) -> LocalizedText {
        LocalizedText(sv: "YAML-fel: citattecknet på rad \(location.line), kolumn \(location.column) stängs aldrig, så raderna under läses som en del av värdet",
                      en: "YAML syntax error: the quote on line \(location.line), column \(location.column) is never closed, so the lines below are read as part of the value")
    }

    fileprivate static func closeQuoteOnLine(_ fixed: String) -> LocalizedText {
        LocalizedText(sv: "Stäng citattecknet på samma rad: `\(fixed)`.", en: "Close the quote on the same line: `\(fixed)`.")
    }

    fileprivate static let closeQuote = LocalizedText(
        sv: "Avsluta värdet med samma citattecken på samma rad, eller ta bort citattecknet.",
        en: "End the value with the same quotation mark on the same line, or remove the quotation mark.")

    fileprivate static let closeList = LocalizedText(
        sv: "Skriv `]` efter listans sista värde.", en: "Write `]` after the list's last value.")
    fileprivate static let closeMapping = LocalizedText(
        sv: "Skriv `}` efter det sista värdet inom `{ … }`.", en: "Write `}` after the last value in `{ … }`.")

    fileprivate static let writeComma = LocalizedText(
        sv: "Skriv `,` mellan de två värdena före markeringen, t.ex. `{ minst: 1, per: termin }`; sätt ett värde som självt innehåller kommatecken inom citattecken.",
        en: "Write `,` between the two values before the caret, e.g. `{ minst: 1, per: termin }`; put a value that itself contains a comma in quotes.")

    fileprivate static func valueOverKeys(_ key: String, _ value: String) -> LocalizedText {
        LocalizedText(sv: "`\(key)` har både ett värde (`\(value)`) och nycklar under sig",
                      en: "`\(key)` has both a value (`\(value)`) and keys under it")
    }

    fileprivate static func writeKeyAlone(_ key: String, _ value: String) -> LocalizedText {
        LocalizedText(sv: "Ta bort `\(value)` så att `\(key):` står ensamt på raden; nycklarna under den säger vad den innehåller.",
                      en: "Remove `\(value)` so that `\(key):` stands alone on its line; the keys under it say what it holds.")
    }

    fileprivate static func writeKeyAlone(_ key: String, _ value: String, adding line: String) -> LocalizedText {
        LocalizedText(sv: "Ta bort `\(value)` så att `\(key):` står ensamt på raden, och skriv `\(line)` på en egen rad under den, indragen som nycklarna där.",
                      en: "Remove `\(value)` so that `\(key):` stands alone on its line, and write `\(line)` on a line of its own under it, indented like the keys there.")
    }

    fileprivate static func writeKeyAlone(_ key: String, _ value: String, changing child: String, to meant: String) -> LocalizedText {
        LocalizedText(sv: "Ta bort `\(value)` så att `\(key):` står ensamt på raden, och ändra `\(child):` under den till `\(child): \(meant)`.",
                      en: "Remove `\(value)` so that `\(key):` stands alone on its line, and change the `\(child):` under it to `\(child): \(meant)`.")
    }

    /// The line as it should be, quoted with its leading spaces: what to write, not what to check.
    fileprivate static func realign(_ spaces: Int, like sibling: Int, below: Bool = false, _ fixed: String) -> LocalizedText {
        LocalizedText(sv: "Raden har \(spaces) mellanslag; raderna \(below ? "under" : "ovanför") har \(sibling). Skriv ”\(fixed)”.",
                      en: "The line has \(spaces) \(spaces == 1 ? "space" : "spaces"); the lines \(below ? "below" : "above") have \(sibling). Write \"\(fixed)\".")
    }

    fileprivate static func replaceTabs(_ tabs: Int, _ fixed: String) -> LocalizedText {
        LocalizedText(sv: "Byt \(tabs == 1 ? "tabben" : "tabbarna") mot mellanslag: ”\(fixed)”.",
                      en: "Replace the \(tabs == 1 ? "tab" : "tabs") with spaces: \"\(fixed)\".")
    }

    fileprivate static let checkLine = LocalizedText(
        sv: "Kontrollera indrag, kolon och citattecken på raden och raden ovanför.",
        en: "Check indentation, colons and quotes on this line and the one above.")

    fileprivate static func dashForHyphen(_ dash: Character) -> LocalizedText {
        LocalizedText(sv: "listpunkten börjar med ett tankstreck (`\(dash)`), inte ett bindestreck (`-`), så YAML läser den inte som en listpunkt",
                      en: "the list item starts with a dash (`\(dash)`), not a hyphen (`-`), so YAML does not read it as a list item")
    }

    fileprivate static func writeHyphen(_ fixed: String) -> LocalizedText {
        LocalizedText(sv: "Skriv ett bindestreck: `\(fixed)`. Word gör ofta bindestreck till tankstreck när man skriver eller klistrar in.",
                      en: "Write a hyphen: `\(fixed)`. Word often turns hyphens into dashes as you type or paste.")
    }

    fileprivate static let hardSpaceIndentation = LocalizedText(
        sv: "raden är indragen med ett hårt mellanslag (U+00A0), som YAML inte läser som indrag",
        en: "the line is indented with a no-break space (U+00A0), which YAML does not read as indentation")

    /// The line quoted with its leading spaces, as the tab case has it: what to write.
    fileprivate static func replaceHardSpaceIndentation(_ hardSpaces: Int, _ line: String) -> LocalizedText {
        let spaces = line.prefix { $0 == " " }.count
        return LocalizedText(
            sv: "Byt \(hardSpaces == 1 ? "det hårda mellanslaget" : "de hårda mellanslagen") i indraget mot vanliga, \(spaces) i allt: ”\(line)”.",
            en: "Replace the no-break \(hardSpaces == 1 ? "space" : "spaces") in the indentation with ordinary ones, \(spaces) in all: \"\(line)\".")
    }

    fileprivate static func hardSpaceAfterColon(_ key: String) -> LocalizedText {
        LocalizedText(sv: "efter kolonet i `\(key):` står ett hårt mellanslag (U+00A0), som YAML inte läser som ett mellanslag",
                      en: "the colon in `\(key):` is followed by a no-break space (U+00A0), which YAML does not read as a space")
    }

    fileprivate static func replaceHardSpace(_ key: String, _ value: String) -> LocalizedText {
        LocalizedText(sv: "Byt det mot ett vanligt mellanslag: `\(key): \(value)`. Hårda mellanslag följer ofta med när man klistrar in från Word eller webben.",
                      en: "Replace it with an ordinary space: `\(key): \(value)`. No-break spaces often come along when pasting from Word or the web.")
    }

    fileprivate static func noSpaceAfterColon(_ key: String, _ value: String) -> LocalizedText {
        LocalizedText(sv: "mellanslag saknas efter kolon i `\(key):\(value)`", en: "no space after the colon in `\(key):\(value)`")
    }

    fileprivate static func addSpaceAfterColon(_ key: String, _ value: String) -> LocalizedText {
        LocalizedText(sv: "Skriv `\(key): \(value)`: YAML läser en nyckel först när kolonet följs av ett mellanslag.",
                      en: "Write `\(key): \(value)`: YAML reads a key only when the colon is followed by a space.")
    }

    fileprivate static func headingWithoutSpace(_ line: String) -> LocalizedText {
        LocalizedText(sv: "`\(line)` blir ingen rubrik utan ett mellanslag efter `#`: raden skrivs ut som text",
                      en: "`\(line)` is no heading without a space after the `#`: the line is printed as text")
    }

    fileprivate static func writeHeading(_ fixed: String) -> LocalizedText {
        LocalizedText(sv: "Skriv `\(fixed)`.", en: "Write `\(fixed)`.")
    }

    fileprivate static let pipeTable = LocalizedText(
        sv: "tabellen skrivs ut som rader med lodstreck: texten är CommonMark, som inte har tabeller",
        en: "the table is printed as lines of pipes: the text is CommonMark, which has no tables")

    fileprivate static func tableAsList(_ items: [String]) -> LocalizedText {
        let list = items.joined(separator: "\n")
        return LocalizedText(sv: "Skriv tabellen som en lista, en punkt per rad:\n\(list)",
                             en: "Write the table as a list, one item per row:\n\(list)")
    }

    fileprivate static func pastedBullets(_ marks: [String]) -> LocalizedText {
        let quoted = marks.map { "`\($0)`" }.joined(separator: ", ")
        return LocalizedText(
            sv: "punktlistan är inklistrad från Word och skrivs ut som löpande text: punkterna (\(quoted)) gör ingen lista i CommonMark",
            en: "the bulleted list is pasted from Word and is printed as running text: its bullets (\(quoted)) make no list in CommonMark")
    }

    fileprivate static func bulletsAsList(_ items: [String]) -> LocalizedText {
        let list = items.joined(separator: "\n")
        return LocalizedText(sv: "Skriv punkterna som en lista, med `- ` först på varje rad:\n\(list)",
                             en: "Write the bullets as a list, with `- ` at the start of each line:\n\(list)")
    }

    fileprivate static func ruleSetReadAs(_ value: String, _ id: String) -> LocalizedText {
        LocalizedText(sv: "`regelverk: \(value)` läses som \(id), som överenskommelsen kontrolleras mot",
                      en: "`regelverk: \(value)` is read as \(id), which the agreement is checked against")
    }

    fileprivate static func writeRuleSetID(_ id: String) -> LocalizedText {
        LocalizedText(sv: "Skriv regelverkets id: `regelverk: \(id)`.", en: "Write the rule set's id: `regelverk: \(id)`.")
    }

    fileprivate static func curlyQuotes(_ key: String, _ value: String) -> LocalizedText {
        LocalizedText(sv: "`\(key)` står inom typografiska citattecken (\(value)), som YAML läser som en del av texten",
                      en: "`\(key)` is in curly quotes (\(value)), which YAML reads as part of the text")
    }

    fileprivate static func curlyQuotesReadAsStraight(_ key: String, _ value: String) -> LocalizedText {
        LocalizedText(sv: "`\(key)` står inom typografiska citattecken (\(value)): bus-docs läser dem som raka, men andra program som läser YAML gör det inte",
                      en: "`\(key)` is in curly quotes (\(value)): bus-docs reads them as straight ones, but other programs that read YAML do not")
    }

    fileprivate static func straightQuotes(_ fixed: String) -> LocalizedText {
        LocalizedText(sv: "Använd raka citattecken, eller inga: `\(fixed)`. Word byter ut dem när man skriver; stäng av ”Raka citattecken med typografiska” eller skriv i en textredigerare.",
                      en: "Use straight quotes, or none: `\(fixed)`. Word replaces them as you type; turn off \"straight quotes with smart quotes\" or use a text editor.")
    }

    fileprivate static func joinedValues(_ key: String, _ item: String, _ separator: String) -> LocalizedText {
        LocalizedText(sv: "värdena i `\(key)` skiljs åt med `\(separator.trimmingWhitespace())`, så YAML läser `\(item)` som ett enda värde",
                      en: "the values in `\(key)` are separated by `\(separator.trimmingWhitespace())`, so YAML reads `\(item)` as one value")
    }

    fileprivate static func separateWithCommas(_ fixed: String) -> LocalizedText {
        LocalizedText(sv: "Skilj värdena åt med kommatecken: `\(fixed)`.", en: "Separate the values with commas: `\(fixed)`.")
    }

    fileprivate static func cutAtHash(_ key: String, _ kept: String) -> LocalizedText {
        LocalizedText(sv: "`\(key)` slutar vid ` #`: värdet blir `\(kept)` och resten läses som en kommentar",
                      en: "`\(key)` ends at ` #`: the value is `\(kept)` and the rest is read as a comment")
    }

    fileprivate static func quoteValue(_ key: String, _ quoted: String) -> LocalizedText {
        LocalizedText(sv: "Skriv `\(key): \(quoted)`.", en: "Write `\(key): \(quoted)`.")
    }

    fileprivate static func quoteWhole(_ key: String, _ whole: String) -> LocalizedText {
        LocalizedText(sv: "Sätt värdet inom citattecken: `\(key): \"\(whole)\"`.", en: "Put the value in quotes: `\(key): \"\(whole)\"`.")
    }

    fileprivate static let anchorOrAlias = LocalizedText(
        sv: "YAML-ankare och alias (`&namn`, `*namn`) används inte i överenskommelser",
        en: "YAML anchors and aliases (`&name`, `*name`) are not allowed in agreements")
    fileprivate static let writeOut = LocalizedText(sv: "Skriv ut värdet på varje ställe där det behövs.", en: "Write the value out wherever it is needed.")

    fileprivate static func unsupportedVersion(_ version: String) -> LocalizedText {
        LocalizedText(sv: "formatversion `\(version)` stöds inte", en: "format version `\(version)` is not supported")
    }

    fileprivate static let writeVersion = LocalizedText(sv: "Skriv `bus-docs: 1`.", en: "Write `bus-docs: 1`.")

    fileprivate static func missingKey(_ key: String) -> LocalizedText {
        LocalizedText(sv: "nyckeln `\(key)` saknas", en: "the key `\(key)` is missing")
    }

    fileprivate static let writeVersionFirst = LocalizedText(
        sv: "Skriv `bus-docs: 1` på raden efter den första `---`.", en: "Write `bus-docs: 1` on the line after the first `---`.")

    fileprivate static func addAfterVersion(_ key: String, allowed: [String]?) -> LocalizedText {
        let example = allowed?.first ?? "…"
        let values = allowed.map { LocalizedText.allowedValues($0) }
        return LocalizedText(sv: "Lägg till en rad `\(key): \(example)` efter raden `bus-docs: 1`.\(values.map { " " + $0.sv } ?? "")",
                             en: "Add a line `\(key): \(example)` after the line `bus-docs: 1`.\(values.map { " " + $0.en } ?? "")")
    }

    fileprivate static func addWithValue(_ key: String, allowed: [String]) -> LocalizedText {
        LocalizedText(sv: "Lägg till `\(key): \(allowed.first ?? "…")` här, eller ett annat av värdena \(list(allowed)).",
                      en: "Add `\(key): \(allowed.first ?? "…")` here, or another of the values \(list(allowed)).")
    }

    fileprivate static func addHere(_ key: String) -> LocalizedText {
        LocalizedText(sv: "Lägg till `\(key):` här.", en: "Add `\(key):` here.")
    }

    fileprivate static func writeList(_ key: String) -> LocalizedText {
        LocalizedText(sv: "Skriv en lista: `\(key): [a, b]` eller en rad `- a` per värde.", en: "Write a list: `\(key): [a, b]` or one `- a` line per value.")
    }

    fileprivate static let frontMatterLines = LocalizedText(
        sv: "Skriv en nyckel med sitt värde per rad mellan raderna `---`, t.ex. `bus-docs: 1`.",
        en: "Write one key with its value per line between the `---` lines, e.g. `bus-docs: 1`.")

    fileprivate static let groupNeedsKeys = LocalizedText(
        sv: "varje grupp under `grupper` ska bestå av nycklar med värden (`nyckel: värde`), med `- id:` först",
        en: "each group under `grupper` must consist of keys with values (`key: value`), starting with `- id:`")

    fileprivate static func writeGroups(_ lines: [String]) -> LocalizedText {
        let block = lines.joined(separator: "\n")
        return LocalizedText(sv: "Skriv grupperna så här i stället för `grupper` som det står nu (byt rollerna mot era egna):\n\(block)",
                             en: "Write the groups like this instead of `grupper` as it stands (put your own roles in):\n\(block)")
    }

    fileprivate static func writeMapping(_ key: String) -> LocalizedText {
        LocalizedText(sv: "Skriv nycklarna under `\(key):` på egna rader med indrag, eller på en rad inom klamrar: `\(key): { nyckel: värde }`.",
                      en: "Write the keys under `\(key):` on lines of their own, indented, or on one line in braces: `\(key): { key: value }`.")
    }

    fileprivate static func writeValue(_ key: String, _ value: Int) -> LocalizedText {
        LocalizedText(sv: "Skriv `\(key): \(value)`.", en: "Write `\(key): \(value)`.")
    }

    fileprivate static func writeCadence(_ example: String) -> LocalizedText {
        LocalizedText(sv: "Skriv `möten: \(example)`.", en: "Write `möten: \(example)`.")
    }

    fileprivate static func writeFollowUp(_ example: String) -> LocalizedText {
        LocalizedText(sv: "Skriv `uppföljning: \(example)`.", en: "Write `uppföljning: \(example)`.")
    }

    fileprivate static let followUpForms = LocalizedText(
        sv: "Skriv hur ofta och av vem överenskommelsen följs upp, t.ex. `uppföljning: { per: år, ansvarig: styrgrupp }` (per år, termin, månad eller vecka).",
        en: "Write how often and by whom the agreement is followed up, e.g. `uppföljning: { per: år, ansvarig: styrgrupp }` (per år, termin, månad or vecka).")

    fileprivate static let cadenceForms = LocalizedText(
        sv: "Skriv hur ofta gruppen minst möts, t.ex. `möten: { minst: 2, per: termin }` (per vecka, månad, termin eller år), eller `möten: { vid-behov: true, inom-dagar: 14 }`.",
        en: "Write how often the group meets at least, e.g. `möten: { minst: 2, per: termin }` (per vecka, månad, termin or år), or `möten: { vid-behov: true, inom-dagar: 14 }`.")

    fileprivate static func writeNumber(_ key: String) -> LocalizedText {
        if key == "inom-dagar" {
            return LocalizedText(sv: "Skriv antalet dagar med siffror, t.ex. `inom-dagar: 14`.", en: "Write the number of days in digits, e.g. `inom-dagar: 14`.")
        }
        return LocalizedText(sv: "Skriv bara siffrorna, t.ex. `\(key): 1`.", en: "Write the digits alone, e.g. `\(key): 1`.")
    }

    /// Weeks said in words, as the days they are.
    fileprivate static func writeDays(_ key: String, _ days: Int, _ written: String) -> LocalizedText {
        LocalizedText(sv: "Skriv `\(key): \(days)` (`\(written)` är \(days) dagar).", en: "Write `\(key): \(days)` (`\(written)` is \(days) days).")
    }

    /// Working days, which a count of calendar days says exactly only as whole weeks without holidays.
    fileprivate static func workingDays(_ key: String, _ written: String, fullWeeks days: Int?) -> LocalizedText {
        let sv = "`\(key)` räknas i kalenderdagar, inte arbetsdagar: skriv hur många dagar ni menar med `\(written)`"
        let en = "`\(key)` counts calendar days, not working days: write how many days you mean by `\(written)`"
        guard let days else { return LocalizedText(sv: sv + ".", en: en + ".") }
        return LocalizedText(sv: sv + " (om ingen helgdag infaller är det \(days) kalenderdagar: `\(key): \(days)`).",
                             en: en + " (when no public holiday falls within them, that is \(days) calendar days: `\(key): \(days)`).")
    }

    fileprivate static func wrongType(_ name: LocalizedText, _ expected: LocalizedText) -> LocalizedText {
        LocalizedText(sv: "\(name.sv) \(expected.sv)", en: "\(name.en) \(expected.en)")
    }

    fileprivate static func emptyValue(_ key: String) -> LocalizedText {
        LocalizedText(sv: "`\(key)` är tomt", en: "`\(key)` is empty")
    }

    fileprivate static func writeValue(_ key: String) -> LocalizedText {
        LocalizedText(sv: "Skriv ett värde efter `\(key):`.", en: "Write a value after `\(key):`.")
    }

    fileprivate static func writeOneOf(_ key: String, _ allowed: [String]) -> LocalizedText {
        LocalizedText(sv: "Skriv ett av värdena \(list(allowed)) efter `\(key):`, t.ex. `\(key): \(allowed.first ?? "…")`.",
                      en: "Write one of the values \(list(allowed)) after `\(key):`, e.g. `\(key): \(allowed.first ?? "…")`.")
    }

    fileprivate static func list(_ values: [String]) -> String {
        values.map { "`\($0)`" }.joined(separator: ", ")
    }

    fileprivate static func allowedValues(_ allowed: [String]) -> LocalizedText {
        LocalizedText(sv: "Tillåtna värden: \(list(allowed)).", en: "Allowed values: \(list(allowed)).")
    }

    fileprivate static func unknownValue(_ value: String, _ key: String) -> LocalizedText {
        LocalizedText(sv: "okänt värde `\(value)` för `\(key)`", en: "unknown value `\(value)` for `\(key)`")
    }

    fileprivate static func invalidID(_ value: String) -> LocalizedText {
        LocalizedText(sv: "id `\(value)` får bara innehålla a–z, å, ä, ö, 0–9 och -", en: "id `\(value)` may only contain a–z, å, ä, ö, 0–9 and -")
    }

    fileprivate static func idExample(_ id: String) -> LocalizedText {
        LocalizedText(sv: "Skriv id med små bokstäver, siffror och bindestreck, t.ex. `\(id)`, här och överallt där id:t nämns (`part:`, `ansvarig:` …).",
                      en: "Write ids in lower-case letters, digits and hyphens, e.g. `\(id)`, here and wherever the id is named (`part:`, `ansvarig:` …).")
    }

    fileprivate static func duplicateKey(_ key: String) -> LocalizedText {
        LocalizedText(sv: "nyckeln `\(key)` står två gånger", en: "the key `\(key)` appears twice")
    }

    fileprivate static func missedDash(_ key: String, _ line: String) -> LocalizedText {
        LocalizedText(sv: "`\(line)` börjar en ny post i `\(key)` men saknar `- ` före sig",
                      en: "`\(line)` begins a new item of `\(key)` but has no `- ` before it")
    }

    fileprivate static func writeDash(_ line: String, fixed: String) -> LocalizedText {
        LocalizedText(sv: "Skriv `- ` i de två blanktecknen före `\(line)`, så att raden blir `\(fixed)`.",
                      en: "Write `- ` in the two spaces before `\(line)`, so that the line reads `\(fixed)`.")
    }

    fileprivate static let removeOne = LocalizedText(sv: "Ta bort den ena; bara den första räknas.", en: "Remove one; only the first counts.")
}
