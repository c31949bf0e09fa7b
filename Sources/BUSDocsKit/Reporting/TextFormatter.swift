import Foundation

/// `path:line:col: error: [BUS001] message`, the source line with a caret, the hint; a summary last.
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
                out += "\(file.path):\(location.line):\(location.column): \(Self.severity(diagnostic.severity, in: language)): "
                out += "[\(diagnostic.ruleID)] \(diagnostic.message.text(in: language))\n"
                let line = file.line(location.line)
                if !line.isEmpty {
                    out += "\(line)\n\(caret(under: line, at: location.column))\n"
                }
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
