import BUSDocsKit
import Foundation
import Testing
import TestSupport

/// Test agreements: the valid base fixture, variants of it, and positions marked inside the text.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func text(_ name: String) -> String {
        (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    /// The complete agreement every rule passes; rule tests edit it into failing variants.
    static let valid = text("valid.md")

    /// The fixed "today" of every test, so date rules are reproducible.
    static let today = LocalDate(year: 2026, month: 11, day: 24)

    /// Parses and validates a text with all rules.
    static func check(_ text: String, path: String = "test.md", ruleSet: RuleSet? = nil, today: LocalDate = today) -> [Diagnostic] {
        CheckedFile.parse(bytes: Array(text.utf8), path: path, validator: Validator(ruleSet: ruleSet, today: today)).diagnostics
    }

    static func parse(_ text: String) -> Agreement? {
        AgreementParser.parse(bytes: Array(text.utf8), path: "test.md").agreement
    }
}

extension String {
    /// The fixture with one exact edit; the edit must apply, so a test cannot silently check the base.
    func replacing(_ old: String, with new: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        #expect(contains(old), "fixture does not contain \(old.debugDescription)", sourceLocation: sourceLocation)
        guard let range = range(of: old) else { return self }
        return replacingCharacters(in: range, with: new)
    }

    /// The fixture with every line that contains `needle` removed.
    func removingLines(containing needle: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        #expect(contains(needle), "fixture does not contain \(needle.debugDescription)", sourceLocation: sourceLocation)
        return split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains(needle) }.joined(separator: "\n")
    }
}

/// Markers in a test text: `1️⃣`, `2️⃣`… stand where a finding must point; they are removed before checking.
struct MarkedText {
    static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    var text: String
    var locations: [String: BUSDocsKit.SourceLocation] = [:]

    init(_ marked: String) {
        var clean = ""
        var line = 1, column = 1
        var rest = Substring(marked)
        outer: while let scalar = rest.unicodeScalars.first {
            for marker in Self.markers where rest.hasPrefix(marker) {
                locations[marker] = BUSDocsKit.SourceLocation(line: line, column: column)
                rest = rest.dropFirst(marker.count)
                continue outer
            }
            clean.unicodeScalars.append(scalar)
            rest = Substring(rest.unicodeScalars.dropFirst())
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        text = clean
    }
}

/// One finding a test expects: where it points (a marker in the text, or `line:column`), its rule, its
/// English message, its severity and its notes.
struct ExpectedFinding {
    var marker: String
    var rule: String
    var message: String
    var severity: Severity
    var notes: [ExpectedNote]

    init(_ marker: String, _ rule: String, _ message: String, _ severity: Severity = .error, notes: [ExpectedNote] = []) {
        (self.marker, self.rule, self.message, self.severity, self.notes) = (marker, rule, message, severity, notes)
    }
}

/// A note a finding must carry: where it points (a marker or `line:column`) and its English message.
struct ExpectedNote {
    var marker: String
    var message: String

    init(_ marker: String, _ message: String) {
        (self.marker, self.message) = (marker, message)
    }
}

/// Checks a marked text with every rule and compares every finding — rule, severity, message, line and
/// column, and each of its notes with its own line and column — with the expected ones (as swift-format's
/// `DiagnosingTestCase` does): a finding or note missing, one more, or one that says something else or
/// points elsewhere fails, with a line diff of the two lists.
@discardableResult
func assertFindings(
    in marked: String, _ expected: [ExpectedFinding], ruleSet: RuleSet? = nil, today: LocalDate = Fixture.today,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> [Diagnostic] {
    let text = MarkedText(marked)
    let found = Fixture.check(text.text, ruleSet: ruleSet, today: today)
    compareFindings(found, expected, in: text, sourceLocation: sourceLocation)
    return found
}

/// The comparison `assertFindings` makes, on findings already made.
func compareFindings(
    _ found: [Diagnostic], _ expected: [ExpectedFinding], in text: MarkedText,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    // A marker, or `line:column` where a marker cannot stand (inside a word the test does not write).
    func location(_ marker: String) -> BUSDocsKit.SourceLocation? {
        if let location = text.locations[marker] { return location }
        let parts = marker.split(separator: ":").compactMap { Int($0) }
        return parts.count == 2 ? BUSDocsKit.SourceLocation(line: parts[0], column: parts[1]) : nil
    }
    for marker in expected.flatMap({ [$0.marker] + $0.notes.map(\.marker) }) where location(marker) == nil {
        Issue.record("marker \(marker) is not in the text", sourceLocation: sourceLocation)
    }
    let unknown = BUSDocsKit.SourceLocation(line: 0, column: 0)
    // One entry per finding: its own line, then a line per note, so a note is compared with its finding.
    func entry(_ location: BUSDocsKit.SourceLocation, _ rule: String, _ severity: Severity, _ message: String,
               _ notes: [(BUSDocsKit.SourceLocation, String)]) -> String {
        (["\(location.line):\(location.column) \(rule) \(severity) \(message)"]
            + notes.map { "    note \($0.0.line):\($0.0.column) \($0.1)" }).joined(separator: "\n")
    }
    let order: (String, String) -> Bool = { $0.localizedStandardCompare($1) == .orderedAscending }
    let actual = found.map {
        entry($0.location, $0.ruleID, $0.severity, $0.message.en, $0.notes.map { ($0.location, $0.message.en) })
    }.sorted(by: order)
    let wanted = expected.map {
        entry(location($0.marker) ?? unknown, $0.rule, $0.severity, $0.message, $0.notes.map { (location($0.marker) ?? unknown, $0.message) })
    }.sorted(by: order)
    if actual != wanted {
        Issue.record("findings differ (- expected, + found):\n\(LineDiff.text(from: wanted.joined(separator: "\n"), to: actual.joined(separator: "\n")))",
                     sourceLocation: sourceLocation)
    }
}
