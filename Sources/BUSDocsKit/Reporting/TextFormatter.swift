import Foundation

/// `path:line:col: error: [BUS001] message`, the source line with a caret, each note as
/// `  path:line:col: note: message`, the hint; a summary last.
public struct TextFormatter: ReportFormatter {
    public init() {}

    public func format(_ report: CheckReport, language: Language) -> String {
        findings(report, language: language) + summary(report, language: language) + "\n"
    }

    /// The findings without the summary line, for printing a long run part by part.
    public func findings(_ report: CheckReport, language: Language) -> String {
        var out = ""
        for file in report.files {
            for diagnostic in file.diagnostics {
                let location = diagnostic.location
                out += Self.headline(diagnostic, path: file.path, language: language) + "\n"
                let line = file.line(location.line)
                if !line.isEmpty {
                    out += "\(line)\n\(caret(under: line, at: file.shownColumn(location.column, line: location.line)))\n"
                }
                out += Self.noteLines(diagnostic, path: file.path, language: language).map { "  \($0)\n" }.joined()
                if let hint = diagnostic.hint {
                    let text = hint.text(in: language).replacingOccurrences(of: "\n", with: "\n        ")
                    out += "  \(language == .swedish ? "tips" : "hint"): \(text)\n"
                }
            }
        }
        return out
    }

    /// `error`/`warning`, or `fel`/`varning` in Swedish: one language per run. `LANG=C` gives the English
    /// words editors' problem matchers look for.
    static func severity(_ severity: Severity, in language: Language) -> String {
        guard language == .swedish else { return severity.rawValue }
        return severity == .error ? "fel" : "varning"
    }

    /// `path:line:col: error: [BUS001] message`: a finding in one line, as every text output starts it.
    static func headline(_ diagnostic: Diagnostic, path: String, language: Language) -> String {
        "\(path):\(diagnostic.location.line):\(diagnostic.location.column): \(severity(diagnostic.severity, in: language)): "
            + "[\(diagnostic.ruleID)] \(diagnostic.message.text(in: language))"
    }

    /// `path:line:col: note: message` for each of a finding's notes (`not` in Swedish), to print indented
    /// under it.
    static func noteLines(_ diagnostic: Diagnostic, path: String, language: Language) -> [String] {
        diagnostic.notes.map {
            "\(path):\($0.location.line):\($0.location.column): \(language == .swedish ? "not" : "note"): \($0.message.text(in: language))"
        }
    }

    /// Spaces (and the line's own tabs) up to the column, then `^`.
    func caret(under line: Substring, at column: Int) -> String {
        let prefix = line.unicodeScalars.prefix(max(0, column - 1)).map { $0 == "\t" ? "\t" : " " }
        return prefix.joined() + "^"
    }

    public func summary(_ report: CheckReport, language: Language) -> String {
        let files = report.files.count, errors = report.errorCount, warnings = report.warningCount
        switch language {
        case .swedish:
            return "\(files) \(files == 1 ? "fil kontrollerad" : "filer kontrollerade"): \(errors) fel, \(warnings) \(warnings == 1 ? "varning" : "varningar")"
        case .english:
            return "\(files) \(files == 1 ? "file" : "files") checked: \(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
        }
    }
}
