import Foundation

/// One JSON object: counts and every finding, for scripts. Its shape is `schemas/check.schema.json`,
/// version 1.
public struct JSONFormatter: ReportFormatter {
    /// `check --strict`: warnings fail the run too.
    public var strict: Bool

    public init(strict: Bool = false) {
        self.strict = strict
    }

    struct Output: Encodable {
        var version = JSONOutput.version
        var files: Int
        var errors: Int
        var warnings: Int
        /// Whether warnings fail the run (`check --strict`).
        var strict: Bool
        /// The run's verdict, as its exit status gives it: no errors, and no warnings under `strict`.
        var passed: Bool
        var diagnostics: [FindingEntry]
        /// Per file, the section that answers to each required topic (null where none does).
        var sections: [String: [String: Section?]] = [:]
        /// Why the check could not run; only then present.
        var failure: Failure? = nil
    }

    struct Section: Encodable {
        var heading: String
        var line: Int
        var matchedBy: String
    }

    struct Failure: Encodable {
        var message: String
        var exitStatus = 2
    }

    public func format(_ report: CheckReport, language: Language) -> String {
        let output = Output(
            files: report.files.count, errors: report.errorCount, warnings: report.warningCount,
            strict: strict, passed: report.errorCount == 0 && !(strict && report.warningCount > 0),
            diagnostics: report.located.map { FindingEntry($1, file: $0, language: language) },
            sections: Dictionary(report.files.filter { !$0.sections.isEmpty }.map { file in
                (file.path, Dictionary(file.sections.map { section in
                    (section.topic, section.heading.map { Section(heading: $0, line: section.line ?? 0, matchedBy: section.matchedBy?.rawValue ?? "") })
                }, uniquingKeysWith: { first, _ in first }))
            }, uniquingKeysWith: { first, _ in first }))
        return JSONOutput.encode(output)
    }

    public func failure(_ message: String, language: Language) -> String {
        JSONOutput.encode(Output(files: 0, errors: 0, warnings: 0, strict: strict, passed: false, diagnostics: [], failure: Failure(message: message)))
    }
}

/// A finding as `check` and `diff` write it in JSON: the same shape in both.
struct FindingEntry: Encodable {
    var file: String
    var line: Int
    var column: Int
    var severity: String
    var rule: String
    var message: String
    var hint: String?
    /// Other places in the same file, only when there are any.
    var notes: [NoteEntry]?

    struct NoteEntry: Encodable {
        var message: String
        var line: Int
        var column: Int
    }

    init(_ diagnostic: Diagnostic, file: String, language: Language) {
        self.file = file
        line = diagnostic.location.line
        column = diagnostic.location.column
        severity = diagnostic.severity.rawValue
        rule = diagnostic.ruleID
        message = diagnostic.message.text(in: language)
        hint = diagnostic.hint?.text(in: language)
        let notes = diagnostic.notes.map {
            NoteEntry(message: $0.message.text(in: language), line: $0.location.line, column: $0.location.column)
        }
        self.notes = notes.isEmpty ? nil : notes
    }
}

/// Deterministic, readable JSON: sorted keys, two-space indent, slashes unescaped.
enum JSONOutput {
    /// The version of the JSON that `check` and `diff` write; it changes only when a field changes meaning
    /// or goes away (a new optional field, such as a finding's `notes`, keeps it).
    static let version = 1

    static func encode<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
