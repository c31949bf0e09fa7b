/// A GitLab code quality report (`artifacts: reports: codequality`): one issue per finding, with a
/// fingerprint, a severity and the file relative to the repository's root. An issue has one location, so
/// a finding's notes end its description with their lines.
public struct GitLabFormatter: ReportFormatter {
    public var root: SourceRoot

    public init(root: SourceRoot = .current) {
        self.root = root
    }

    struct Issue: Encodable {
        var type = "issue"
        var description: String
        var checkName: String
        var fingerprint: String
        var severity: String
        var location: Location

        enum CodingKeys: String, CodingKey {
            case type, description, fingerprint, severity, location
            case checkName = "check_name"
        }
    }

    struct Location: Encodable {
        var path: String
        var lines: Lines
    }

    struct Lines: Encodable { var begin: Int }

    public func format(_ report: CheckReport, language: Language) -> String {
        let issues = ScannedFinding.all(in: report, root: root).map { finding in
            let diagnostic = finding.diagnostic
            var description = "[\(diagnostic.ruleID)] " + diagnostic.message.text(in: language)
            for note in diagnostic.notes {
                description += " (\(language == .swedish ? "rad" : "line") \(note.location.line): \(note.message.text(in: language)))"
            }
            if let hint = diagnostic.hint { description += " — " + hint.text(in: language) }
            return Issue(
                description: description, checkName: diagnostic.ruleID,
                fingerprint: Fingerprint.hex(finding.fingerprint),
                severity: diagnostic.severity == .error ? "major" : "minor",
                location: Location(path: finding.path, lines: Lines(begin: diagnostic.location.line)))
        }
        return JSONOutput.encode(issues)
    }

    /// GitLab reads a list of issues only: a check that could not run is one blocker at no file.
    public func failure(_ message: String, language: Language) -> String {
        JSONOutput.encode([Issue(description: message, checkName: "bus-docs", fingerprint: Fingerprint.hex("failure\u{1F}" + message),
                                 severity: "blocker", location: Location(path: ".", lines: Lines(begin: 1)))])
    }
}
