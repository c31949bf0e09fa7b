/// Finds the YAML front matter between the opening and closing `---` lines.
public struct FrontMatterSplit: Equatable, Sendable {
    /// The YAML text, lines 2… of the file up to the closing line.
    public var yaml: String
    /// The body's Markdown, after the closing line.
    public var body: String
    /// The file line the body starts on.
    public var bodyFirstLine: Int
    /// The file line of the closing `---`.
    public var closingLine: Int
}

public enum FrontMatterSplitter {
    public static func split(_ source: SourceFile) -> Result<FrontMatterSplit, Diagnostic> {
        if source.text.allSatisfy(\.isWhitespace) {
            return .failure(StructureRule.emptyFile())
        }
        guard isDelimiter(source.line(1)) else {
            return .failure(StructureRule.noFrontMatter())
        }
        var closing: Int?
        for number in 2...max(2, source.lines.count) where number <= source.lines.count {
            let line = source.line(number)
            if isDelimiter(line) || line.trimming(.trailing, where: \.isSpaceOrTab) == "..." {
                closing = number
                break
            }
        }
        guard let closing else {
            // `--`, `----` or a dash Word made of it: the closing line mistyped, which is the one to mend.
            for number in 2...max(2, source.lines.count) where number <= source.lines.count {
                let line = source.line(number).trimming(.trailing, where: \.isSpaceOrTab)
                if !line.isEmpty, line.allSatisfy({ "-–—‐".contains($0) }), line != "-" {
                    return .failure(StructureRule.mistypedClosingLine(String(line), at: SourceLocation(line: number, column: 1)))
                }
            }
            return .failure(StructureRule.unterminatedFrontMatter())
        }
        let yaml = source.lines[1..<(closing - 1)].joinedLines()
        let body = source.lines[closing...].joinedLines()
        return .success(FrontMatterSplit(yaml: yaml, body: body, bodyFirstLine: closing + 1, closingLine: closing))
    }

    static func isDelimiter(_ line: Substring) -> Bool {
        line.trimming(.trailing, where: \.isSpaceOrTab) == "---"
    }
}
