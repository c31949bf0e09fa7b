/// A CSV file as Excel and LibreOffice save it: a header row, `;` or `,` between cells (whichever the
/// header uses), cells in double quotes when they hold the separator, a quote or a line break, UTF-8 with
/// or without a byte-order mark, CRLF or LF. Every cell keeps where it starts, for findings.
public struct CSVTable: Sendable {
    public struct Cell: Sendable, Equatable {
        /// The text without surrounding quotes and spaces; doubled quotes undone.
        public var text: String
        /// Where the text starts (after an opening quote and leading spaces).
        public var location: SourceLocation
        /// Whether the cell was written in quotes (its text then starts one column later).
        public var quoted: Bool
    }

    public struct Row: Sendable {
        public var cells: [Cell]
        public var line: Int
        /// Where the row ends, for a finding about a missing cell.
        public var end: SourceLocation

        public var isEmpty: Bool { cells.allSatisfy { $0.text.isEmpty } }
    }

    /// The text after decoding: no byte-order mark, LF line endings, for quoting lines in findings.
    public var source: SourceFile
    public var separator: Character
    public var header: Row?
    /// The rows after the header, rows with only empty cells left out (Excel writes `;;;` for them).
    public var rows: [Row]
    /// Where a quote that is never closed opens: the rest of the file was read as one cell.
    public var unclosedQuote: SourceLocation?

    /// Reads the bytes of a file; nil when they are not UTF-8.
    public static func read(path: String, bytes: [UInt8]) -> CSVTable? {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard var text = String(validating: bytes, as: UTF8.self) else { return nil }
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return parse(SourceFile(path: path, text: text))
    }

    /// The separator the header line uses most, outside quotes: `;` unless it has more commas.
    static func separator(of text: Substring) -> Character {
        var semicolons = 0, commas = 0, quoted = false
        for character in text {
            if character == "\n", !quoted { break }
            switch character {
            case "\"": quoted.toggle()
            case ";" where !quoted: semicolons += 1
            case "," where !quoted: commas += 1
            default: break
            }
        }
        return commas > semicolons ? "," : ";"
    }

    static func parse(_ source: SourceFile) -> CSVTable {
        let separator = separator(of: source.text[...])
        var rows: [Row] = []
        var cells: [Cell] = []
        var line = 1, column = 1
        var rowLine = 1
        var text = "", quoted = false, inQuotes = false, cellStart = SourceLocation(line: 1, column: 1)
        var started = false
        var scalars = Array(source.text.unicodeScalars)
        if scalars.last != "\n" { scalars.append("\n") }
        var index = 0

        func endCell() {
            var location = cellStart
            let trimmed: String
            if quoted {
                trimmed = text
            } else {
                trimmed = text.trimmingSpaces()
                if !trimmed.isEmpty {
                    location.column += text.unicodeScalars.prefix { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }.count
                }
            }
            cells.append(Cell(text: trimmed, location: location, quoted: quoted))
            text = ""; quoted = false; started = false
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if !started {
                cellStart = SourceLocation(line: line, column: column)
                started = true
            }
            if inQuotes {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        text.unicodeScalars.append("\"")
                        index += 2; column += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    text.unicodeScalars.append(scalar)
                }
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
                index += 1
                continue
            }
            if scalar == "\"", text.trimmingSpaces().isEmpty, !quoted {
                quoted = true; inQuotes = true; text = ""
                column += 1; index += 1
                cellStart = SourceLocation(line: line, column: column)
                continue
            }
            if Character(scalar) == separator {
                endCell()
                column += 1; index += 1
                continue
            }
            if scalar == "\n" {
                endCell()
                let row = Row(cells: cells, line: rowLine, end: SourceLocation(line: line, column: column))
                rows.append(row)
                cells = []
                line += 1; column = 1; index += 1
                rowLine = line
                continue
            }
            if !(quoted && (scalar == " " || scalar == "\t")) {
                // Text after a closing quote is kept: the cell is then not what the writer meant, and
                // the checks say so.
                text.unicodeScalars.append(scalar)
            }
            column += 1; index += 1
        }
        var unclosed: SourceLocation?
        if inQuotes {
            unclosed = SourceLocation(line: cellStart.line, column: max(1, cellStart.column - 1))
            endCell()
            rows.append(Row(cells: cells, line: rowLine, end: SourceLocation(line: line, column: column)))
        }
        let header = rows.first { !$0.isEmpty }
        let body = header.map { h in rows.filter { $0.line > h.line && !$0.isEmpty } } ?? []
        return CSVTable(source: source, separator: separator, header: header, rows: body, unclosedQuote: unclosed)
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and no-break spaces (a spreadsheet pads cells with them).
    func trimmingSpaces() -> String {
        String(trimming { $0.isSpaceOrTab || $0 == "\u{A0}" })
    }
}
