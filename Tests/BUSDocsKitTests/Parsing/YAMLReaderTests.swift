import Foundation
import Testing
@testable import BUSDocsKit

/// YAML with a budget: anchors, aliases and tags are refused where libyaml reads them, in agreements and
/// rule sets; the tree has a node and depth budget; libyaml's errors read as plain words at their mark.
@Suite struct YAMLReaderTests {
    static func problem(_ yaml: String) -> YAMLProblem? {
        if case .failure(let problem) = YAMLTree.read(yaml, firstLine: 1) { return problem }
        return nil
    }

    @Test(arguments: [
        ("a: !!str &x y\n", 4), ("a: !t &x [b]\n", 4), ("? *a\n: b\n", 3), ("a:\n  ? *b\n  : c\n", 5), ("a: [&x b]\n", 5),
        ("a: {b: *c}\n", 8), ("- &x b\n", 3), ("&x a: b\n", 1), ("a: *b\n", 4), ("a: [b, {c: [*d]}]\n", 13), ("a: &x\n  b: c\n", 4),
    ])
    func anchorsAndAliasesAreRefusedInEveryPosition(yaml: String, column: Int) {
        let problem = Self.problem(yaml)
        #expect(problem?.kind == .anchorOrAlias, "\(yaml)")
        #expect(problem?.location.column == column, "\(yaml)")
    }

    @Test func aTagIsAStructureFindingAtTheTag() throws {
        let problem = try #require(Self.problem("bus-docs: 1\nkommun: !!python/object:os.system \"echo\"\n"))
        #expect(problem.kind == .tag("!!python/object:os.system"))
        #expect(problem.location == SourceLocation(line: 2, column: 9))
        #expect(problem.diagnostic.ruleID == "BUS019")
        #expect(problem.diagnostic.message.en == "the YAML tag `!!python/object:os.system` is not allowed in agreements")
        #expect(Self.problem("a: ! b\n")?.kind == .tag("!"))
        #expect(Self.problem("a: !<tag:x> [b]\n")?.kind == .tag("tag:x"))
    }

    /// The amplification the text scan missed: anchors after tags, aliases after `?`, ten per level.
    @Test func theAmplificationThatBypassedTheTextScanIsRefusedAtOnce() {
        var yaml = "bus-docs: 1\na0: !!str &a0 x\n"
        for level in 1...9 { yaml += "a\(level): !!seq &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        yaml += "? *a9\n: x\n"
        let start = Date()
        #expect(Self.problem(yaml)?.kind == .anchorOrAlias)
        #expect(Date().timeIntervalSince(start) < 0.5)
    }

    @Test func depthAndNodeBudgets() {
        let deep = "a: " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "\n"
        #expect(Self.problem(deep)?.kind == .tooDeep)
        var block = "", indent = ""
        for _ in 0..<70 { block += indent + "a:\n"; indent += "  " }
        block += indent + "b\n"
        #expect(Self.problem(block)?.kind == .tooDeep)
        let wide = (0..<600).map { _ in "- [" + Array(repeating: "a", count: 200).joined(separator: ", ") + "]" }.joined(separator: "\n") + "\n"
        #expect(Self.problem(wide)?.kind == .tooManyNodes)
        #expect(Self.problem("a: " + String(repeating: "[", count: 60) + String(repeating: "]", count: 60) + "\n") == nil)
    }

    @Test func ruleSetFilesRefuseAnchorsAndTags() throws {
        let builtIn = String(decoding: Data(PackageResources.bus_2012_yaml), as: UTF8.self)
        for (from, to) in [("id: bus-2012", "id: &x bus-2012\nnamn2: *x"), ("id: bus-2012", "id: !!str bus-2012")] {
            let text = builtIn.replacingOccurrences(of: from, with: to)
            #expect(throws: RuleSetReader.Failure.self) { try RuleSetReader.read(text) }
        }
        do {
            _ = try RuleSetReader.read(builtIn.replacingOccurrences(of: "id: bus-2012", with: "id: !!str bus-2012"))
        } catch let failure as RuleSetReader.Failure {
            #expect(failure.message.en.hasSuffix("the YAML tag `!!str` is not allowed in agreements"))
        }
    }

    @Test(arguments: [
        ("a:\n\tb: c\n", "tab used for indentation — use spaces", "tabb används för indrag — använd mellanslag", SourceLocation(line: 2, column: 1)),
        ("a: \"b\nc: d\n", "the quotation mark is never closed", "citattecknet avslutas aldrig", SourceLocation(line: 1, column: 4)),
        ("a: b: c\n", "a colon followed by a space is not allowed here — put the value in quotes",
         "kolon följt av mellanslag är inte tillåtet här — sätt värdet inom citattecken", SourceLocation(line: 1, column: 5)),
        ("a:\n  b: c\n d: e\n", "bad indentation — the line does not line up with the lines above",
         "fel indrag — raden passar inte in under raderna ovanför", SourceLocation(line: 3, column: 2)),
        ("a: [b, c\n", "the list `[…]` is never closed by `]`", "listan `[…]` avslutas aldrig med `]`", SourceLocation(line: 1, column: 4)),
        ("a: x\nb: { c: 1,\n  d: 2\ne: f\n", "the values in `{…}` are never closed by `}`", "värdena inom `{…}` avslutas aldrig med `}`", SourceLocation(line: 2, column: 4)),
        ("a: { c: 1 d: 2 }\n", "a comma is missing between two values in `[…]` or `{…}`",
         "kommatecken saknas mellan två värden inom `[…]` eller `{…}`", SourceLocation(line: 1, column: 12)),
    ])
    func libyamlErrorsAreTranslatedAtTheirMark(yaml: String, english: String, swedish: String, at location: BUSDocsKit.SourceLocation) throws {
        let problem = try #require(Self.problem(yaml))
        #expect(problem.kind == .syntax(LocalizedText(sv: swedish, en: english)))
        #expect(problem.location == location)
        #expect(!problem.diagnostic.message.en.contains("\n"))
    }

    /// A value with U+2028 puts libyaml's line count off by one; the positions count lines at LF only.
    @Test func positionsAfterALineSeparatorAreFileLines() throws {
        let problem = try #require(Self.problem("a: \"b\u{2028}c\u{85}d\"\nd: *e\n"))
        #expect(problem.location == SourceLocation(line: 2, column: 4))
    }
}

/// Each class of disagreement found between the fast parser and libyaml: the fast parser declines, so
/// both paths give one reading and one finding.
@Suite struct OneReadingTests {
    static func reading(_ yaml: String) -> Result<YAMLNode?, YAMLProblem> {
        YAMLTree.read(yaml, firstLine: 2)
    }

    /// The first entry of a mapping, or the problem.
    static func firstEntry(_ reading: Result<YAMLNode?, YAMLProblem>) -> String {
        if case .success(.mapping(let entries, _)?) = reading, let first = entries.first { return "\(first)" }
        return "\(reading)"
    }

    static func value(_ yaml: String) -> String? {
        guard case .success(let node?) = YAMLReader.read(yaml, firstLine: 2) else { return nil }
        return node.firstValue
    }

    /// Found by `make fuzz-yaml`: in a flow collection libyaml reads a `:` that starts a token, or one
    /// before `?`, as the value indicator; the fast parser read them as text.
    @Test(arguments: ["a: { b: :c, d: e }\n", "a: [b:?c]\n", "a: {b:?c: d}\n", "a: [:b]\n"])
    func aColonInAFlowCollectionIsLibyamlsToRead(yaml: String) {
        #expect(FrontMatterYAML.parse(yaml, firstLine: 2) == nil, "\(yaml)")
        #expect(YAMLDifferential.disagreement(in: Array(yaml.utf8)) == nil)
    }

    @Test(arguments: ["namn: a\u{2028}b\n", "namn: a\u{2029}b\n", "namn: a\u{85}b\n", "namn: a\u{FEFF}b\n", "namn: a\rb\n", "namn: a\tb\n"])
    func theFastParserDeclinesOnBytesLibyamlReadsOtherwise(yaml: String) {
        #expect(FrontMatterYAML.parse(yaml, firstLine: 2) == nil, "\(yaml)")
        #expect(YAMLDifferential.disagreement(in: Array(yaml.utf8)) == nil)
    }

    /// A quote opens a quoted scalar only where a node starts; inside a plain scalar it is a character,
    /// and ` #` after it starts a comment.
    @Test(arguments: [
        ("namn: a 'b # c 'd\n", "a 'b"), ("namn: a \"b # c\" d\n", "a \"b"), ("namn: a - 'b # c'\n", "a - 'b"),
        ("namn: a,'b # c'\n", "a,'b"), ("namn: x'y # z'\n", "x'y"), ("namn: Barn 'o' unga # kommentar\n", "Barn 'o' unga"),
        ("namn: 'a # b' # c\n", "a # b"), ("namn: \"a\\\" # b\" # c\n", "a\" # b"), ("namn: 'a'' # b' # c\n", "a' # b"),
    ])
    func aQuoteInsideAPlainScalarIsACharacterOnBothPaths(yaml: String, value: String) {
        #expect(FrontMatterYAML.parse(yaml, firstLine: 2)?.firstValue == value, "\(yaml)")
        #expect(Self.value(yaml) == value)
        #expect(YAMLDifferential.disagreement(in: Array(yaml.utf8)) == nil)
    }

    /// A tab anywhere sends the file to libyaml; a party's name must read the same either way.
    @Test func anUnrelatedTabDoesNotChangeWhatAPartyIsCalled() {
        for name in ["a 'b # c 'd", "Barn\u{2028}och unga", "BUP \"Norr\" # x", "Elevhälsa, norr"] {
            let plain = "parter:\n  - namn: \(name)\n    id: x\n"
            let tabbed = plain + "övrigt: \"a\tb\"\n"
            #expect(Self.firstEntry(Self.reading(plain)) == Self.firstEntry(Self.reading(tabbed)), "\(name)")
        }
    }

    @Test func aDuplicateKeyIsTheSameFindingOnBothPaths() {
        let text = Fixture.valid.replacing("samtycke: skriftligt", with: "samtycke: skriftligt\nsamtycke: muntligt")
        let tabbed = text.replacing("samtycke: muntligt", with: "samtycke: muntligt\nx: \"\t\"")
        let fast = Fixture.check(text).filter { $0.ruleID == "BUS019" }
        let slow = Fixture.check(tabbed).filter { $0.ruleID == "BUS019" }
        #expect(fast.map(\.message.en) == ["the key `samtycke` appears twice"])
        #expect(fast == slow)
        #expect(fast.first?.location == SourceLocation(line: 66, column: 1))
    }

    /// Found by `make fuzz-yaml`: at the end of the stream libyaml moves an empty value's line and column
    /// (which Yams reports) to a line that is not in the file; the reading keeps it on the last line.
    @Test(arguments: ["? ", "- ?", "---  ", "a:", "# x\na: b\nc:"])
    func anEmptyValueAtTheEndIsNoDisagreement(yaml: String) {
        #expect(YAMLDifferential.disagreement(in: Array(yaml.utf8)) == nil)
    }

    /// Found by `make fuzz-yaml`: Yams refuses a duplicate key that is a collection, as the reading's
    /// decoder does any duplicate key.
    @Test func aDuplicateCollectionKeyIsNoDisagreement() {
        #expect(YAMLDifferential.disagreement(in: Array("? [a]\n: b\n? [a]\n: c\n".utf8)) == nil)
    }

    /// Found by `make fuzz-yaml`: Yams drops a U+FEFF inside a value that libyaml keeps; the fast parser
    /// declines it, so the reading is libyaml's either way.
    @Test func aByteOrderMarkInsideAValueIsLibyamlsToRead() {
        #expect(FrontMatterYAML.parse("a: \u{FEFF}-1\n", firstLine: 2) == nil)
        #expect(YAMLDifferential.disagreement(in: Array("a: \u{FEFF}-1\n".utf8)) == nil)
    }

    @Test func theFixtureAndTheAgreementsTakeTheFastPathAndAgreeWithLibyaml() throws {
        for text in FrontMatterYAMLTests.realFiles {
            #expect(YAMLDifferential.disagreement(in: Array(text.utf8)) == nil, "\(text.prefix(120))")
        }
    }
}

extension YAMLNode {
    /// The value of a mapping's first entry, as text.
    var firstValue: String? {
        guard case .mapping(let entries, _) = self else { return nil }
        return entries.first?.value.string
    }
}

/// The one scanner for quotes and comments: the fast parser's comments and the draft's scalar spans.
@Suite struct YAMLLineScannerTests {
    @Test(arguments: [
        ("namn: 'a'' b' # c", 7, "X", "namn: X # c"), ("namn: \"a\\\" b\" # c", 7, "X", "namn: X # c"),
        ("namn: Barn 'o' unga # c", 7, "X", "namn: X # c"), ("- { part: å, roll: \"y, z\" }", 11, "X", "- { part: X, roll: \"y, z\" }"),
        ("- { part: å, roll: \"y, z\" }", 20, "X", "- { part: å, roll: X }"), ("område: Åby # x", 9, "Ö", "område: Ö # x"),
    ])
    func aScalarIsReplacedUpToItsEnd(line: String, column: Int, value: String, expected: String) {
        #expect(ScalarSpan.replacing(in: line, atColumn: column, with: value) == expected)
    }

    @Test func commentsStartOutsideQuotedScalarsOnly() {
        #expect(YAMLLineScanner.commentStart(Array("a: 'b # c' # d".utf8)) == 11)
        #expect(YAMLLineScanner.commentStart(Array("a: b 'c # d'".utf8)) == 8)
        #expect(YAMLLineScanner.commentStart(Array("a: 'b # c".utf8)) == nil)
        #expect(YAMLLineScanner.commentStart(Array("a: [b, 'c # d'] # e".utf8)) == 16)
    }

    /// The built-in rule sets are read at every start by the fast parser, not a second time by libyaml
    /// after it declines: a list written across lines, which it declines, would cost every run that.
    @Test(arguments: [PackageResources.bus_2012_yaml, PackageResources.hok_2022_yaml])
    func theBuiltInRuleSetsAreReadByTheFastParser(bytes: [UInt8]) {
        #expect(FrontMatterYAML.parse(String(decoding: bytes, as: UTF8.self), firstLine: 1) != nil)
    }
}
