import BUSDocsKit

/// How an LSP client counts characters in a line (`positionEncoding`, LSP 3.17); UTF-16 unless agreed otherwise.
enum PositionEncoding: String, Sendable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case utf32 = "utf-32"

    func units(_ scalar: Unicode.Scalar) -> Int {
        switch self {
        case .utf8: return UTF8.width(scalar)
        case .utf16: return UTF16.width(scalar)
        case .utf32: return 1
        }
    }
}

/// An open document's lines as the client sees them, to turn bus-docs' positions (1-based, columns in
/// Unicode scalars, without a byte-order mark) into the client's (0-based, columns in code units) and back.
struct TextLines: Sendable {
    /// Each line's scalars without its terminator; LSP ends lines at LF, CRLF and a lone CR, as bus-docs does.
    let lines: [[Unicode.Scalar]]
    /// A byte-order mark that bus-docs does not count but the client does.
    let byteOrderMark: Bool

    init(_ text: String) {
        var lines: [[Unicode.Scalar]] = []
        var line: [Unicode.Scalar] = []
        var afterCR = false
        for scalar in text.unicodeScalars {
            if afterCR {
                afterCR = false
                if scalar == "\n" { continue }
            }
            if scalar == "\n" || scalar == "\r" {
                lines.append(line)
                line = []
                afterCR = scalar == "\r"
            } else {
                line.append(scalar)
            }
        }
        lines.append(line)
        byteOrderMark = lines[0].first == "\u{FEFF}"
        if byteOrderMark { lines[0].removeFirst() }
        self.lines = lines
    }

    /// The client's position of a bus-docs location.
    func position(_ location: SourceLocation, _ encoding: PositionEncoding) -> JSONValue {
        let index = max(0, location.line - 1)
        guard index < lines.count else { return ["line": .int(index), "character": 0] }
        let scalars = lines[index].prefix(max(0, location.column - 1))
        var character = scalars.reduce(0) { $0 + encoding.units($1) }
        if index == 0, byteOrderMark { character += encoding.units("\u{FEFF}") }
        return ["line": .int(index), "character": .int(character)]
    }

    func range(_ range: SourceRange, _ encoding: PositionEncoding) -> JSONValue {
        ["start": position(range.start, encoding), "end": position(range.end, encoding)]
    }

    /// The bus-docs location of a client's position; a character inside a scalar or past the end of the
    /// line is the scalar's start or the line's end.
    func location(_ position: JSONValue?, _ encoding: PositionEncoding) -> SourceLocation? {
        guard let line = position?["line"]?.int, var character = position?["character"]?.int, line >= 0, character >= 0 else { return nil }
        guard line < lines.count else { return SourceLocation(line: line + 1, column: 1) }
        if line == 0, byteOrderMark { character = max(0, character - encoding.units("\u{FEFF}")) }
        var column = 1, used = 0
        for scalar in lines[line] {
            let width = encoding.units(scalar)
            if used + width > character { break }
            used += width
            column += 1
        }
        return SourceLocation(line: line + 1, column: column)
    }

    /// The text of a stretch of one line, or nil when it runs past it.
    func text(_ range: SourceRange) -> String? {
        guard range.start.line == range.end.line, range.start.line >= 1, range.start.line <= lines.count else { return nil }
        let line = lines[range.start.line - 1]
        let start = range.start.column - 1, end = range.end.column - 1
        guard start >= 0, start <= end, end <= line.count else { return nil }
        return String(String.UnicodeScalarView(line[start..<end]))
    }

    /// Where `text` stands on a line nearest to a column: a value that YAML read from quotes starts one
    /// column later than its node.
    func find(_ text: String, line number: Int, near column: Int) -> SourceRange? {
        guard number >= 1, number <= lines.count, !text.isEmpty else { return nil }
        let line = lines[number - 1], needle = Array(text.unicodeScalars)
        guard needle.count <= line.count else { return nil }
        let starts = (0...(line.count - needle.count)).filter { Array(line[$0..<($0 + needle.count)]) == needle }
        guard let best = starts.min(by: { abs($0 + 1 - column) < abs($1 + 1 - column) }) else { return nil }
        return SourceRange(start: SourceLocation(line: number, column: best + 1), end: SourceLocation(line: number, column: best + 1 + needle.count))
    }

    /// The end of the word a finding points at (to the next space or YAML punctuation), for the range an
    /// editor underlines; at least one character when the line has one there.
    func wordEnd(from location: SourceLocation) -> SourceLocation {
        guard location.line >= 1, location.line <= lines.count else { return location }
        let line = lines[location.line - 1]
        var end = max(0, location.column - 1)
        let stops: Set<Unicode.Scalar> = [" ", "\t", ",", ":", "{", "}", "[", "]", "#"]
        while end < line.count, !stops.contains(line[end]) { end += 1 }
        if end == location.column - 1 { end = min(line.count, end + 1) }
        if end <= location.column - 1 { return location }
        return SourceLocation(line: location.line, column: end + 1)
    }

    /// The text with a stretch (from the client's positions) replaced: an incremental change.
    static func replacing(_ range: SourceRange, in text: String, with replacement: String) -> String {
        let scalars = Array(text.unicodeScalars)
        func offset(_ location: SourceLocation) -> Int {
            var line = 1, index = 0
            while line < location.line, index < scalars.count {
                if scalars[index] == "\n" || scalars[index] == "\r" {
                    if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                    line += 1
                }
                index += 1
            }
            if line == 1, index == 0, scalars.first == "\u{FEFF}" { index = 1 }
            var column = 1
            while column < location.column, index < scalars.count, scalars[index] != "\n", scalars[index] != "\r" {
                index += 1
                column += 1
            }
            return index
        }
        let start = offset(range.start), end = max(start, offset(range.end))
        var result = String.UnicodeScalarView(scalars[..<start])
        result.append(contentsOf: replacement.unicodeScalars)
        result.append(contentsOf: scalars[end...])
        return String(result)
    }
}
