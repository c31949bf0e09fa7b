import BUSDocsKit
import Foundation
import Testing

/// Agreements written as other areas write them (`Tests/Corpus/`: wording, headings, casing, inflection,
/// YAML style, CRLF, optional actors, two and three tiers, both rule sets), each of which must pass
/// clean, and `mutations.tsv`: edits of them that are real breaches — exactly one finding, of the
/// right rule, at the right line — or allowed variations — no finding at all.
///
/// A row: `file`, `kind` (breach | variation), `find` (the first occurrence is replaced; `\n` is a line
/// break), `replace`, `rule`, `line` (in the edited file) and a note.
@Suite struct CorpusTests {
    static let folder = Fixture.folder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus")

    struct Row: CustomTestStringConvertible, Sendable {
        var file, kind, find, replace, rule, note: String
        var line: Int?
        var testDescription: String { "\(file) \(kind) \(rule) \(note)" }
    }

    static let agreements: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".md") }.sorted()

    static let rows: [Row] = {
        let text = (try? String(contentsOf: folder.appendingPathComponent("mutations.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").dropFirst().map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.replacingOccurrences(of: "\\n", with: "\n") }
            let cell = { (index: Int) in index < cells.count ? cells[index] : "" }
            return Row(file: cell(0), kind: cell(1), find: cell(2), replace: cell(3), rule: cell(4), note: cell(6), line: Int(cell(5)))
        }
    }()

    static func check(_ text: String) -> [Diagnostic] {
        Fixture.check(text, today: LocalDate(year: 2026, month: 11, day: 26))
    }

    static func text(_ file: String) -> String {
        (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
    }

    @Test func theCorpusIsThere() {
        #expect(Self.agreements.count >= 12)
        #expect(Self.rows.filter { $0.kind == "breach" }.count >= 100)
        #expect(Self.rows.filter { $0.kind == "variation" }.count >= 60)
    }

    @Test(arguments: agreements) func everyAgreementPassesClean(file: String) {
        let found = Self.check(Self.text(file))
        #expect(found.isEmpty, "\(found.map { "\($0.location) \($0.ruleID) \($0.message.en)" })")
    }

    @Test(arguments: rows) func mutation(_ row: Row) throws {
        let original = Self.text(row.file)
        // A file with Windows line endings is edited with them.
        let crlf = original.contains("\r\n")
        let find = crlf ? row.find.replacingOccurrences(of: "\n", with: "\r\n") : row.find
        let replace = crlf ? row.replace.replacingOccurrences(of: "\n", with: "\r\n") : row.replace
        let range = try #require(original.range(of: find), "\(row.file) does not contain \(row.find.debugDescription)")
        let found = Self.check(original.replacingCharacters(in: range, with: replace))
        let described = found.map { "\($0.location) \($0.ruleID) \($0.message.en)" }
        if row.kind == "breach" {
            #expect(found.count == 1, "\(described)")
            #expect(found.first?.ruleID == row.rule, "\(described)")
            #expect(found.first?.location.line == row.line, "\(described)")
        } else {
            #expect(found.isEmpty, "\(described)")
        }
    }
}
