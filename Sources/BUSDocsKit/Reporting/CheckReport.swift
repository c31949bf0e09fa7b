/// The result of checking some files: per file, its findings in file order.
public struct CheckReport: Sendable {
    public struct File: Sendable {
        public var path: String
        public var diagnostics: [Diagnostic]
        /// The source lines findings and their notes point at, for printing them; the rest of the file is not kept, so
        /// a report on ten thousand files holds no more than their findings.
        public var quotedLines: [Int: String]
        /// Which section of the body answers to each topic the rule set requires (BUS015).
        public var sections: [SectionReport]

        public init(path: String, source: SourceFile?, diagnostics: [Diagnostic], sections: [SectionReport] = []) {
            // A file named with a personal identity number does not print it either.
            self.path = PersonalIdentityNumber.masking(path)
            self.diagnostics = diagnostics
            self.sections = sections
            var lines: [Int: String] = [:]
            if let source {
                for diagnostic in diagnostics {
                    for location in [diagnostic.location] + diagnostic.notes.map(\.location) {
                        lines[location.line] = String(source.line(location.line))
                    }
                }
            }
            self.quotedLines = lines
        }

        /// A line a finding points at, or "" when it was not kept.
        public func line(_ number: Int) -> Substring {
            quotedLines[number].map { Substring($0) } ?? ""
        }
    }

    public var files: [File]

    public init(files: [File]) {
        self.files = files
    }

    /// The report with the warnings of these rules counted as errors (`check --error BUS012`): every format
    /// then shows them as errors and the run fails on them.
    public func counting(asErrors rules: Set<String>) -> CheckReport {
        guard !rules.isEmpty else { return self }
        var report = self
        for index in report.files.indices {
            for finding in report.files[index].diagnostics.indices where rules.contains(report.files[index].diagnostics[finding].ruleID) {
                report.files[index].diagnostics[finding].severity = .error
            }
        }
        return report
    }

    public var errorCount: Int { count(.error) }
    public var warningCount: Int { count(.warning) }

    private func count(_ severity: Severity) -> Int {
        files.reduce(0) { $0 + $1.diagnostics.filter { $0.severity == severity }.count }
    }

    /// Every finding with the file it is in, in the order files were given.
    public var located: [(path: String, diagnostic: Diagnostic)] {
        files.flatMap { file in file.diagnostics.map { (file.path, $0) } }
    }
}

/// A required topic and the section that answers to it, if any: by explicit id, heading or content.
public struct SectionReport: Sendable, Equatable {
    public var topic: String
    public var heading: String?
    public var line: Int?
    public var matchedBy: SectionMatcher.MatchKind?

    /// Every required topic of the rule set that applies to a parsed agreement.
    public static func topics(of parsed: ParsedAgreement, validator: Validator) -> [SectionReport] {
        guard let agreement = parsed.agreement else { return [] }
        let matcher = SectionMatcher(agreement.body)
        return validator.ruleSet(for: agreement).0.requiredSections.map { requirement in
            let match = matcher.match(requirement)
            return SectionReport(topic: requirement.id, heading: match?.section.heading, line: match?.section.range.start.line, matchedBy: match?.kind)
        }
    }
}

/// A way of printing a check report: for people, for scripts, for CI annotations, for code scanning.
public protocol ReportFormatter: Sendable {
    func format(_ report: CheckReport, language: Language) -> String
    /// What to print instead when the check could not run (exit status 2: a path that does not exist,
    /// an unreadable file…), so a script or CI still gets a valid document that says so. The human
    /// message goes to standard error as well.
    func failure(_ message: String, language: Language) -> String
}

extension ReportFormatter {
    /// Nothing: the text format leaves the message to standard error.
    public func failure(_ message: String, language: Language) -> String { "" }
}

public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, github, sarif, gitlab

    /// The formatter, with paths for code scanning relative to the working directory.
    public var formatter: any ReportFormatter { formatter(root: .current) }

    /// The formatter; GitHub, SARIF and GitLab make paths relative to `root` (the repository's); JSON
    /// gives the verdict, with warnings failing it under `strict`.
    public func formatter(root: SourceRoot, strict: Bool = false) -> any ReportFormatter {
        switch self {
        case .text: return TextFormatter()
        case .json: return JSONFormatter(strict: strict)
        case .github: return GitHubFormatter(root: root)
        case .sarif: return SARIFFormatter(root: root)
        case .gitlab: return GitLabFormatter(root: root)
        }
    }
}
