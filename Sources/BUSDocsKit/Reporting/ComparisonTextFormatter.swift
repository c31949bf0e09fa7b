/// `bus-docs diff` as text: the changes in substance (`!` where the agreement weakens), each with the line
/// and the version it is in, the findings that appear and disappear, then each changed section at any
/// level, under its path, with `[-deleted-]` and `{+inserted+}` words.
public struct ComparisonTextFormatter {
    /// Words of unchanged text kept on each side of a change.
    static let context = 8

    public init() {}

    public func format(_ comparison: AgreementComparison, language: Language) -> String {
        let sv = language == .swedish
        var out = "\(sv ? "Jämförelse" : "Comparison"): \(comparison.old.label) → \(comparison.new.label)\n\n"
        out += sv ? "Ändringar i sak:\n" : "Changes in substance:\n"
        if comparison.changes.isEmpty { out += sv ? "  inga\n" : "  none\n" }
        for change in comparison.changes {
            let mark = change.weakens ? "!" : change.kind == .added ? "+" : change.kind == .removed ? "-" : "~"
            out += "  \(mark) \(change.description.text(in: language))"
            if change.weakens {
                out += sv ? " — försvagar" : " — weakens"
                if !change.breaks.isEmpty { out += (sv ? ", bryter mot " : ", breaks ") + change.breaks.joined(separator: ", ") }
            }
            // Which version the line is in: the old one for what was removed.
            if let line = change.line, let file = comparison.file(of: change) {
                out += sv ? " (rad \(line) i \(file))" : " (line \(line) in \(file))"
            }
            out += "\n"
        }
        // Each list of findings after a blank line, none when there are none.
        out += findings(sv ? "Nya fynd" : "New findings", comparison.appeared, path: comparison.new.label, language: language)
        out += findings(sv ? "Försvunna fynd" : "Findings gone", comparison.disappeared, path: comparison.old.label, language: language)
        out += "\n" + (sv ? "Avsnitt:\n" : "Sections:\n")
        let unchanged = comparison.sections.filter { $0.status == .unchanged }.count
        for section in comparison.sections where section.status != .unchanged {
            // `### Organisation › BUS individforum`: its level, and where it stands.
            let marker = section.heading.isEmpty ? "" : String(repeating: "#", count: section.level) + " "
            out += "  \(section.statusText.text(in: language)): \(marker)\(section.title.text(in: language))"
            if let old = section.oldHeading { out += sv ? " (hette \(old))" : " (was \(old))" }
            out += "\n"
            if section.edited, section.status != .added, section.status != .removed {
                out += redline(section.pieces).split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }.joined(separator: "\n") + "\n"
            }
        }
        if unchanged > 0 || comparison.sections.isEmpty {
            out += sv ? "  \(unchanged) avsnitt \(unchanged == 1 ? "oförändrat" : "oförändrade")\n"
                      : "  \(unchanged) \(unchanged == 1 ? "section" : "sections") unchanged\n"
        }
        let weakening = comparison.changes.filter(\.weakens).count
        let count = comparison.changes.count
        out += "\n" + (sv ? "\(count) \(count == 1 ? "ändring" : "ändringar") i sak, \(weakening) försvagar överenskommelsen"
                          : "\(count) \(count == 1 ? "change" : "changes") in substance, \(weakening) \(weakening == 1 ? "weakens" : "weaken") the agreement") + "\n"
        return out
    }

    private func findings(_ title: String, _ diagnostics: [Diagnostic], path: String, language: Language) -> String {
        guard !diagnostics.isEmpty else { return "" }
        return "\n\(title):\n" + diagnostics.map {
            "  \(TextFormatter.headline($0, path: path, language: language))\n"
                + TextFormatter.noteLines($0, path: path, language: language).map { "    \($0)\n" }.joined()
        }.joined()
    }

    /// The changes with a few words of context; long unchanged stretches become `…`.
    func redline(_ pieces: [WordDiff.Piece]) -> String {
        var out = ""
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case .deleted(let text): out += "[-\(text.trimmingWhitespace())-]" + trailingSpace(text)
            case .inserted(let text): out += "{+\(text.trimmingWhitespace())+}" + trailingSpace(text)
            case .same(let text):
                let words = WordDiff.words(text)
                let head = index > 0 ? Self.context : 0, tail = index < pieces.count - 1 ? Self.context : 0
                if words.count <= head + tail {
                    out += text
                } else {
                    out += words.prefix(head).joined() + "… " + words.suffix(tail).joined()
                }
            }
        }
        return out.trimmingWhitespace()
    }

    /// The white space after a changed run, kept as written (a deleted paragraph keeps its blank line).
    private func trailingSpace(_ text: String) -> String {
        String(text.reversed().prefix { $0.isWhitespace }.reversed())
    }
}
