/// An agreement file after reading and parsing: its text (when it is text), the model (when it has
/// front matter) and the findings made on the way.
public struct ParsedAgreement: Sendable {
    public var path: String
    public var source: SourceFile?
    public var agreement: Agreement?
    public var diagnostics: [Diagnostic]
}

extension ParsedAgreement {
    /// An agreement before it was written: no text, an empty model, no findings — what `diff --rev`
    /// compares a file with when the revision does not have it yet.
    public static func empty(path: String) -> ParsedAgreement {
        ParsedAgreement(path: path, source: SourceFile(path: path, text: ""), agreement: Agreement(), diagnostics: [])
    }
}

/// read → parse → model: bytes in, `ParsedAgreement` out. Never throws and never traps on bad input.
public enum AgreementParser {
    public static func parse(bytes: [UInt8], path: String) -> ParsedAgreement {
        switch SourceDecoder.decode(bytes, path: path) {
        case .failure(let diagnostic):
            return ParsedAgreement(path: path, source: nil, agreement: nil, diagnostics: [diagnostic])
        case .success(let source):
            return parse(source)
        }
    }

    /// A file refused for its size before it is read.
    public static func tooLarge(path: String, size: Int) -> ParsedAgreement {
        let diagnostic = InputRule.tooLarge(size: size, limit: SourceDecoder.maximumFileSize)
        return ParsedAgreement(path: path, source: nil, agreement: nil, diagnostics: [diagnostic])
    }

    public static func parse(_ source: SourceFile) -> ParsedAgreement {
        var result = ParsedAgreement(path: source.path, source: source, agreement: nil, diagnostics: [])
        let split: FrontMatterSplit
        switch FrontMatterSplitter.split(source) {
        case .failure(let diagnostic):
            result.diagnostics = [diagnostic]
            return result
        case .success(let value):
            split = value
        }
        var agreement = Agreement()
        agreement.frontMatterRange = SourceRange(start: .fileStart, end: SourceLocation(line: split.closingLine, column: 1))
        agreement.body = BodyParser.parse(split.body, firstLine: split.bodyFirstLine)
        let (decoded, diagnostics) = decodeFrontMatter(split, into: &agreement)
        result.diagnostics = diagnostics
        if decoded {
            let lint = FrontMatterLint.check(yaml: split.yaml)
            // One problem, one finding: what YAML read after a comma inside curly quotes in `{ … }`
            // (`{ namn: “A, B” }` gives a key `B”`) is the quotes' finding, whose hint keeps the whole value.
            result.diagnostics.removeAll { finding in
                lint.quotedInFlow.contains { $0.start.line == finding.location.line && $0.start.column < finding.location.column && finding.location.column < $0.end.column }
            }
            // A line that already has an error (`samtycke: ”skriftligt”` is an unknown value, with the
            // value to write) gets no second word about its quotes.
            let errorLines = Set(result.diagnostics.filter { $0.severity == .error }.map(\.location.line))
            result.diagnostics += lint.findings.filter { !errorLines.contains($0.location.line) }
        }
        result.agreement = decoded ? agreement : nil
        if let line = agreement.body.nestingOverflowLine {
            result.diagnostics.append(InputRule.nestedTooDeep(at: SourceLocation(line: line, column: 1), limit: CommonMarkConverter.maximumNesting))
        }
        return result
    }

    /// The front matter into the model; without a front matter tree there is no model, and the one
    /// finding says why.
    private static func decodeFrontMatter(_ split: FrontMatterSplit, into agreement: inout Agreement) -> (decoded: Bool, diagnostics: [Diagnostic]) {
        // A no-break space in the indentation looks like one and is part of the key to YAML: one finding
        // at the line, before YAML reads a wrong tree from it.
        if let hard = hardSpaceIndentation(yaml: split.yaml) {
            return (false, [StructureRule.hardSpaceIndentation(hard.hardSpaces, fixed: hard.fixed, at: SourceLocation(line: hard.line + 1, column: hard.column))])
        }
        switch YAMLTree.read(FrontMatterLint.straightenedInFlow(split.yaml), firstLine: 2) {
        case .failure(let problem):
            // `samtycke:skriftligt` is one word to YAML, noticed on the next line: point at the colon.
            let yamlLine = problem.location.line - 1
            for line in [yamlLine - 1, yamlLine] where line >= 1 {
                if let missing = missingSpaceAfterColon(yaml: split.yaml, line: line) {
                    return (false, [StructureRule.missingSpaceAfterColon(key: missing.key, value: missing.value, hardSpace: missing.hardSpace,
                                                                           at: SourceLocation(line: line + 1, column: missing.column))])
                }
            }
            // `område: "Vallentuna` with the closing quote forgotten: YAML reads on into the next lines and
            // stumbles there; the line to fix is the one the quote opens on.
            if [YAMLMessages.badIndentation, YAMLMessages.colonNotAllowed, YAMLMessages.unclosedQuote, YAMLMessages.missingComma]
                .contains(where: { problem.kind == .syntax($0) }),
               let open = YAMLMessages.unclosedQuote(yaml: split.yaml, before: yamlLine) {
                return (false, [StructureRule.unclosedQuote(fixed: open.fixed, at: SourceLocation(line: open.line + 1, column: open.column))])
            }
            // `– id: bup`: a list item whose hyphen Word made a dash, at or above where libyaml stumbled.
            if let dashed = listItemWithDash(yaml: split.yaml, upTo: yamlLine) {
                return (false, [StructureRule.dashForHyphen(dashed.dash, fixed: dashed.fixed,
                                                            at: SourceLocation(line: dashed.line + 1, column: dashed.column))])
            }
            // `uppföljning: varje år` over its own keys: the value is the fix.
            if problem.kind == .syntax(YAMLMessages.colonNotAllowed), let found = YAMLMessages.valueOverItsKeys(yaml: split.yaml, line: yamlLine) {
                return (false, [StructureRule.valueOverKeys(found.path, keys: found.keys, value: found.value,
                                                            at: SourceLocation(line: found.line + 1, column: found.column + 1))])
            }
            // A key indented deeper than the `key: value` above it: the indentation is the fix — of the
            // line above when it is the first of its block and the lines below line up with this one.
            if problem.kind == .syntax(YAMLMessages.colonNotAllowed), let (indent, sibling, fixed) = YAMLMessages.deeperThanSibling(yaml: split.yaml, line: yamlLine) {
                if let line = YAMLMessages.realigned(yaml: split.yaml, line: yamlLine), line.below {
                    return (false, [StructureRule.misaligned(YAMLMessages.unlikeTheLinesBelow, spaces: line.spaces, tabs: 0, sibling: line.sibling, below: true,
                                                             fixed: line.fixed, at: SourceLocation(line: line.line + 1, column: line.spaces + 1))])
                }
                return (false, [StructureRule.deeperIndented(indent, sibling: sibling, fixed: fixed, at: SourceLocation(line: problem.location.line, column: indent + 1))])
            }
            // `roll: Verksamhetschef: BUP`: a colon and a space inside a value, read as a second key (in
            // `{ … }` libyaml calls it a missing comma): the value in quotes is the fix.
            if problem.kind == .syntax(YAMLMessages.colonNotAllowed) || problem.kind == .syntax(YAMLMessages.missingComma),
               let found = YAMLMessages.colonInValue(yaml: split.yaml, line: yamlLine, column: problem.location.column,
                                                     inFlow: problem.kind == .syntax(YAMLMessages.missingComma)) {
                return (false, [StructureRule.colonInValue(key: found.key, value: found.value,
                                                           at: SourceLocation(line: problem.location.line, column: found.column))])
            }
            // `{ part: bup, roll: Verksamhetschef #2 }`: ` #` starts a comment inside `{ … }`, so its `}` is
            // never read. The cut value is the problem, said as in block style, with the value in quotes.
            if problem.kind == .syntax(YAMLMessages.unclosedMapping), let cut = FrontMatterLint.hashInFlow(yaml: split.yaml, upTo: yamlLine) {
                return (false, [StructureRule.cutAtHash(key: cut.key, kept: cut.kept, whole: cut.whole, severity: .error,
                                                        at: SourceLocation(line: cut.line + 1, column: cut.column))])
            }
            // A line that does not line up, or starts with a tab: the line as its siblings have it.
            if problem.kind == .syntax(YAMLMessages.badIndentation) || problem.kind == .syntax(YAMLMessages.tabIndentation),
               let line = YAMLMessages.realigned(yaml: split.yaml, line: yamlLine) {
                let tab = problem.kind == .syntax(YAMLMessages.tabIndentation)
                let location = line.line == yamlLine ? problem.location : SourceLocation(line: line.line + 1, column: line.spaces + 1)
                return (false, [StructureRule.misaligned(tab ? YAMLMessages.tabIndentation : line.below ? YAMLMessages.unlikeTheLinesBelow : YAMLMessages.badIndentation,
                                                         spaces: line.spaces, tabs: line.tabs, sibling: line.sibling, below: line.below, fixed: line.fixed, at: location)])
            }
            return (false, [problem.diagnostic])
        case .success(nil):
            return (false, [StructureRule.missingKey("bus-docs", at: .fileStart)])
        case .success(let root?):
            var decoder = AgreementDecoder()
            let decoded = decoder.decode(root, into: &agreement)
            return (decoded, decoder.reader.diagnostics)
        }
    }

    /// The first yaml line up to `line` (from 1) that starts, after its indentation, with an en or em dash
    /// and a space: the dash, the line as it should be (trimmed), and where (line from 1, column from 1).
    static func listItemWithDash(yaml: String, upTo line: Int) -> (dash: Character, fixed: String, line: Int, column: Int)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, text) in lines.prefix(max(0, line)).enumerated() {
            let indent = text.prefix { $0 == " " }
            let rest = text.dropFirst(indent.count)
            guard let dash = rest.first, dash == "–" || dash == "—", rest.dropFirst().first == " " else { continue }
            let fixed = "- " + rest.dropFirst(2).trimming(.trailing) { $0 == "\r" || $0 == " " }
            return (dash, String(fixed), index + 1, indent.count + 1)
        }
        return nil
    }

    /// The first yaml line whose indentation holds a no-break space (U+00A0, U+2007, U+202F, from Word
    /// or the web): how many, the line with ordinary spaces (as many as the lines it belongs with have),
    /// and where (line from 1, column from 1).
    static func hardSpaceIndentation(yaml: String) -> (hardSpaces: Int, fixed: String, line: Int, column: Int)? {
        // Most front matter has none of them: U+00A0 is C2 A0 in UTF-8, U+2007 and U+202F are E2 80 87/AF.
        func holdsHardSpace<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
            var previous: UInt8 = 0
            for byte in bytes {
                if (previous == 0xC2 && byte == 0xA0) || (previous == 0x80 && (byte == 0x87 || byte == 0xAF)) { return true }
                previous = byte
            }
            return false
        }
        // Read in place: every front matter passes here.
        guard yaml.utf8.withContiguousStorageIfAvailable(holdsHardSpace) ?? holdsHardSpace(yaml.utf8) else { return nil }
        let hard: Set<Character> = ["\u{00A0}", "\u{2007}", "\u{202F}"]
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, text) in lines.enumerated() {
            let indent = text.prefix { $0 == " " || hard.contains($0) }
            guard let first = indent.firstIndex(where: hard.contains), indent.count < text.count else { continue }
            let rest = text.dropFirst(indent.count)
            if rest.first == "#" || rest.allSatisfy({ $0 == "\r" }) { continue }
            var fixed = String(repeating: " ", count: indent.count) + rest.trimming(.trailing) { $0 == "\r" || $0 == " " }
            // The hint's line, copied, is to line up: with ordinary spaces in place, as its siblings have it.
            lines[index] = fixed
            if let aligned = YAMLMessages.realigned(yaml: lines.joined(separator: "\n"), line: index + 1), aligned.line == index + 1, aligned.tabs == 0 {
                fixed = aligned.fixed
            }
            return (indent.filter(hard.contains).count, fixed, index + 1, indent.distance(from: indent.startIndex, to: first) + 1)
        }
        return nil
    }

    /// `key:value` on a front matter line (0-based in `yaml`, whose first line is file line 2): the key, the
    /// value and the column just after the colon.
    /// `hardSpace`: a space is there, but a no-break one (U+00A0 and kin, from Word or the web).
    static func missingSpaceAfterColon(yaml: String, line: Int) -> (key: String, value: String, column: Int, hardSpace: Bool)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        // Yams' marks count lines of the yaml from 1; the yaml starts at the file's second line.
        for index in [line - 1] where lines.indices.contains(index) {
            let text = String(lines[index].trimming { $0 == "\r" })
            let indent = text.prefix { $0 == " " || $0 == "-" }
            let rest = text.dropFirst(indent.count)
            guard let colon = rest.firstIndex(of: ":") else { continue }
            let key = rest[..<colon], after = rest[rest.index(after: colon)...]
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }),
                  let first = after.first, first != " ", first != ":", first != "/" else { continue }
            if first.isWhitespace {
                return (String(key), String(after.drop { $0.isWhitespace }), indent.count + key.count + 2, true)
            }
            return (String(key), String(after), indent.count + key.count + 2, false)
        }
        return nil
    }
}
