/// The text of one agreement file after decoding: UTF-8, no byte-order mark, LF line endings.
public struct SourceFile: Sendable {
    /// The path as the user named it; diagnostics print it as it is.
    public var path: String
    public var text: String
    /// The file's lines without their line terminators; `lines[0]` is line 1.
    public var lines: [Substring]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The text of a 1-based line, or "" past the end.
    public func line(_ number: Int) -> Substring {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    /// The position of `index` in `text`, with the column counted in Unicode scalars.
    public func location(of index: String.Index) -> SourceLocation {
        var line = 1
        var lineStart = text.startIndex
        for (number, content) in lines.enumerated() {
            let end = content.endIndex
            if index <= end {
                line = number + 1
                lineStart = content.startIndex
                break
            }
        }
        let column = text.unicodeScalars[lineStart..<index].count + 1
        return SourceLocation(line: line, column: column)
    }

    /// Where `needle` first stands on a 1-based line (column 1 when it does not).
    public func locate(_ needle: Substring, onLine number: Int) -> SourceLocation {
        let content = line(number)
        guard let found = content.range(of: needle) else { return SourceLocation(line: number, column: 1) }
        return SourceLocation(line: number, column: content.unicodeScalars[content.startIndex..<found.lowerBound].count + 1)
    }
}
