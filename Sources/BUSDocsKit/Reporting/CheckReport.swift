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

        /// What stands in a quoted line for a value it withholds, whatever the value's length: a count of
        /// stars would tell how long a name is.
        public static let withheldMask = "****"

        /// A part of a quoted line that is withheld (`withhold`), in the file's own columns.
        public struct WithheldSpan: Sendable, Hashable {
            public var column: Int
            public var length: Int
        }

        /// The withheld parts of each quoted line, in order and apart: where the shown line differs from the file.
        public private(set) var withheld: [Int: [WithheldSpan]] = [:]

        /// Shows each span of a quoted line — a register cell that may name a child — as `withheldMask`.
        /// A span is `length` scalars from its column (`Int.max`: to the end of the line). Carets and code
        /// scanning columns still point at the file's columns (`shownColumn`, `utf16Columns`).
        public mutating func withhold(_ spans: [(location: SourceLocation, length: Int)]) {
            for (number, onLine) in Dictionary(grouping: spans, by: \.location.line) {
                guard let text = quotedLines[number], withheld[number] == nil else { continue }
                let scalars = Array(text.unicodeScalars)
                var merged: [WithheldSpan] = []
                for span in onLine.sorted(by: { $0.location.column < $1.location.column }) {
                    let start = max(1, span.location.column)
                    guard start <= scalars.count, span.length > 0 else { continue }
                    let end = min(scalars.count + 1, span.length == Int.max ? Int.max : start + span.length)
                    if let last = merged.last, start <= last.column + last.length {
                        merged[merged.count - 1].length = max(last.length, end - last.column)
                    } else {
                        merged.append(WithheldSpan(column: start, length: end - start))
                    }
                }
                guard !merged.isEmpty else { continue }
                var shown = String.UnicodeScalarView()
                var column = 1
                for span in merged {
                    shown.append(contentsOf: scalars[(column - 1)..<(span.column - 1)])
                    shown.append(contentsOf: Self.withheldMask.unicodeScalars)
                    column = span.column + span.length
                }
                shown.append(contentsOf: scalars[(column - 1)...])
                quotedLines[number] = String(shown)
                withheld[number] = merged
            }
        }

        /// Where a column of the file stands in the quoted line, for a caret: after a withheld value it
        /// moves by the difference between the value and the mask; inside one, it points at the mask.
        public func shownColumn(_ column: Int, line number: Int) -> Int {
            var shown = column
            for span in withheld[number] ?? [] {
                if column >= span.column + span.length {
                    shown -= span.length - Self.withheldMask.unicodeScalars.count
                } else {
                    if column > span.column { shown -= column - span.column }
                    break
                }
            }
            return shown
        }

        /// The UTF-16 code units each scalar of the file's line takes, as far as the quoted line tells: a
        /// withheld scalar is counted as one.
        func utf16Widths(line number: Int) -> [Int] {
            var text = line(number)
            if text.hasSuffix("\r") { text = text.dropLast() }
            let scalars = Array(text.unicodeScalars)
            var widths: [Int] = []
            var index = 0
            for span in withheld[number] ?? [] {
                while widths.count < span.column - 1, index < scalars.count {
                    widths.append(UTF16.width(scalars[index]))
                    index += 1
                }
                widths += repeatElement(1, count: span.length)
                index += Self.withheldMask.unicodeScalars.count
            }
            while index < scalars.count {
                widths.append(UTF16.width(scalars[index]))
                index += 1
            }
            return widths
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
