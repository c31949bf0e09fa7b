import Foundation
import BUSDocsKit
import Testing
import TestSupport

/// Golden files for every output format, from a report with findings made by hand, so the formats are
/// tested apart from the rules.
@Suite struct ReportFormatterTests {
    static let source = SourceFile(path: "Agreements/område, 2027.md", text: """
        ---
        samtycke: muntligt
        sip: { skolan: kan }
        \tmöten: 100%
        ---
        """)

    static let report = CheckReport(files: [
        CheckReport.File(path: source.path, source: source, diagnostics: [
            Diagnostic(
                severity: .error, ruleID: "BUS008",
                message: LocalizedText(sv: "samtycke ska vara skriftligt, inte `muntligt`", en: "consent must be written, not `muntligt`"),
                location: SourceLocation(line: 2, column: 11),
                hint: LocalizedText(sv: "Skriv `samtycke: skriftligt`.", en: "Write `samtycke: skriftligt`.")),
            Diagnostic(
                severity: .warning, ruleID: "BUS010",
                message: LocalizedText(sv: "skolan *kan* kalla till SIP", en: "the school *may* call a SIP"),
                location: SourceLocation(line: 3, column: 16),
                notes: [Note(message: LocalizedText(sv: "samtycke står här", en: "consent is given here"), location: SourceLocation(line: 2, column: 11))]),
            Diagnostic(
                severity: .warning, ruleID: "BUS020",
                message: LocalizedText(sv: "okänd nyckel `möten`: 100%", en: "unknown key `möten`: 100%"),
                location: SourceLocation(line: 4, column: 2),
                hint: LocalizedText(sv: "Rad 1\nrad 2", en: "Line 1\nline 2")),
        ]),
        CheckReport.File(path: "Agreements/ok.md", source: nil, diagnostics: []),
    ])

    /// Where the report's relative paths are from, the same on every machine.
    static let root = SourceRoot(path: "/srv/avtal", workingDirectory: "/srv/avtal")

    @Test(arguments: ReportFormat.allCases, Language.allCases)
    func formatMatchesGoldenFile(format: ReportFormat, language: Language) {
        let output = format.formatter(root: Self.root).format(Self.report, language: language)
        let ext = format == .text || format == .github ? "txt" : "json"
        Snapshot.expect(output, matches: "report.\(format.rawValue).\(language.rawValue).\(ext)")
    }

    @Test func countsAndSummary() {
        #expect(Self.report.errorCount == 1)
        #expect(Self.report.warningCount == 2)
        #expect(TextFormatter().summary(Self.report, language: .english) == "2 files checked: 1 error, 2 warnings")
        #expect(TextFormatter().summary(Self.report, language: .swedish) == "2 filer kontrollerade: 1 fel, 2 varningar")
    }

    @Test func githubEscapesPropertiesAndMessages() {
        let output = GitHubFormatter().format(Self.report, language: .english)
        #expect(output.contains("::warning file=Agreements/område%2C 2027.md,line=4,col=2,title=BUS020::unknown key `möten`: 100%25%0ALine 1%0Aline 2\n"))
    }

    /// GitHub places `file=` from the repository's root: a check run in a subfolder names the file from
    /// the root, as SARIF and GitLab do; a file outside the root keeps the path it was given.
    @Test func githubPathsAreRelativeToTheRepositoryRoot() {
        let inSubfolder = SourceRoot(path: "/srv", workingDirectory: "/srv/avtal")
        let output = GitHubFormatter(root: inSubfolder).format(Self.report, language: .english)
        #expect(output.contains("::warning file=avtal/Agreements/område%2C 2027.md,line=4,col=2,title=BUS020::"), "\(output)")
        let outside = SourceRoot(path: "/elsewhere", workingDirectory: "/srv/avtal")
        #expect(GitHubFormatter(root: outside).format(Self.report, language: .english).contains("::warning file=Agreements/område%2C 2027.md,line=4"))
    }

    /// Exit status 2: every machine format is still a valid document that says the check did not run.
    @Test func aCheckThatCouldNotRunIsStillValidOutput() throws {
        let message = "Agreements/x.md: cannot be read (no permission)"
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONFormatter().failure(message, language: .english).utf8)) as? [String: Any])
        let failure = try #require(json["failure"] as? [String: Any])
        #expect(failure["message"] as? String == message)
        #expect(failure["exitStatus"] as? Int == 2)
        #expect(json["files"] as? Int == 0)

        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(SARIFFormatter(root: Self.root).failure(message, language: .english).utf8)) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notification = try #require((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
        #expect((notification["message"] as? [String: Any])?["text"] as? String == message)
        #expect(notification["level"] as? String == "error")
        #expect((run["results"] as? [Any])?.isEmpty == true)

        #expect(GitHubFormatter().failure("a: b\nc", language: .english) == "::error::a: b%0Ac\n")
        #expect(TextFormatter().failure(message, language: .english) == "")
    }

    @Test func aSuccessfulRunHasNoFailure() {
        #expect(!JSONFormatter().format(Self.report, language: .english).contains("failure"))
        #expect(!SARIFFormatter().format(Self.report, language: .english).contains("invocations"))
    }
}
