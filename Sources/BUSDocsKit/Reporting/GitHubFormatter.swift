import Foundation

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=BUS001::message`; each of a
/// finding's notes is a `::notice` at its own place. GitHub places `file=` relative to the repository's
/// root, so paths are relative to `root` wherever the check ran (a file outside it keeps its path).
public struct GitHubFormatter: ReportFormatter {
    public var root: SourceRoot

    public init(root: SourceRoot = .current) {
        self.root = root
    }

    public func format(_ report: CheckReport, language: Language) -> String {
        var out = ""
        for (reportPath, diagnostic) in report.located {
            let path = root.relative(reportPath) ?? reportPath
            var message = diagnostic.message.text(in: language)
            if let hint = diagnostic.hint { message += "\n" + hint.text(in: language) }
            out += "::\(diagnostic.severity.rawValue) file=\(escapeProperty(path)),line=\(diagnostic.location.line),"
            out += "col=\(diagnostic.location.column),title=\(diagnostic.ruleID)::\(escapeData(message))\n"
            for note in diagnostic.notes {
                out += "::notice file=\(escapeProperty(path)),line=\(note.location.line),col=\(note.location.column),"
                out += "title=\(diagnostic.ruleID)::\(escapeData(note.message.text(in: language)))\n"
            }
        }
        return out + TextFormatter().summary(report, language: language) + "\n"
    }

    public func failure(_ message: String, language: Language) -> String {
        "::error::\(escapeData(message))\n"
    }

    /// The escaping GitHub's runner applies to a command's message.
    func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// The escaping of a command's properties, which also reserve `:` and `,`.
    func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
