/// A fast parser for the YAML that agreements are written in: block mappings and sequences by
/// indentation, one-line flow collections (`[a, b]`, `{ part: x, roll: y }`), plain and quoted scalars,
/// comments. It returns nil for anything else (block scalars, multi-line values, tags, tabs, documents),
/// and the caller hands those files to Yams; on the forms it accepts it gives the same tree and the same
/// positions as Yams, which the tests check on every fixture and on mutated files.
enum FrontMatterYAML {
    /// The tree of `yaml`, whose first line is file line `firstLine`; nil when Yams must decide.
    static func parse(_ yaml: String, firstLine: Int) -> YAMLNode? {
        guard let lines = Line.split(yaml, firstLine: firstLine), let first = lines.first, first.indent == 0 else { return nil }
        var parser = BlockParser(lines: lines)
        guard let root = parser.block(indent: 0), parser.index == lines.count else { return nil }
        // Over the budget, libyaml's reading gives the finding.
        var budget = YAMLBudget()
        return budget.admits(root) ? root : nil
    }

    /// One line with content: its file line, indentation and text after the indentation, comment removed.
    struct Line {
        var number: Int
        var indent: Int
        /// UTF-8; columns count Unicode scalars (`column(at:)`), as Yams does.
        var content: [UInt8]

        var isSequenceItem: Bool {
            content.first == .dash && (content.count == 1 || content[1] == .space)
        }

        /// The column of the byte at `index` of the content.
        func column(at index: Int) -> Int {
            indent + LineTable.scalars(in: content[..<index]) + 1
        }

        static func split(_ yaml: String, firstLine: Int) -> [Line]? {
            var yaml = yaml
            // The lines cut from the contiguous text, each line's content (after its indentation) copied
            // once; the indentation is spaces only, which none of the checks below looks at.
            return yaml.withUTF8 { text -> [Line]? in
                var lines: [Line] = []
                var lineStart = 0, offset = 0
                while true {
                    var lineEnd = lineStart
                    while lineEnd < text.count, text[lineEnd] != 0x0A { lineEnd += 1 }
                    var contentStart = lineStart
                    while contentStart < lineEnd, text[contentStart] == .space { contentStart += 1 }
                    var content = Array(UnsafeBufferPointer(rebasing: text[contentStart..<lineEnd]))
                    // Tabs are white space in some places of YAML and content in others, and libyaml ends
                    // lines at U+0085, U+2028 and U+2029: for bytes like these libyaml decides.
                    guard !YAMLLineScanner.hasDoubtfulBytes(content) else { return nil }
                    guard let end = YAMLLineScanner.commentStart(content) else { return nil }
                    content.removeSubrange(end...)
                    while let last = content.last, last == .space { content.removeLast() }
                    if !content.isEmpty {
                        if content[0] == UInt8(ascii: "%") || content[0] == UInt8(ascii: "@") || content[0] == UInt8(ascii: "`")
                            || content.starts(with: "---".utf8) || content.starts(with: "...".utf8) {
                            return nil
                        }
                        lines.append(Line(number: firstLine + offset, indent: contentStart - lineStart, content: content))
                        // Every line holds a node: past the budget, libyaml's reading stops and says so.
                        if lines.count > YAMLReader.maximumNodes { return nil }
                    }
                    guard lineEnd < text.count else { break }
                    lineStart = lineEnd + 1
                    offset += 1
                }
                return lines
            }
        }
    }

    /// Block structure: mappings and sequences nested by indentation.
    struct BlockParser {
        var lines: [Line]
        var index = 0
        /// Nodes made by one-line values so far, for the budget.
        var flowNodes = 0
        /// What makes a sequence item a flow collection or quoted scalar rather than `key: value`.
        static let flowOrQuote = Array("[{\"'".utf8)

        mutating func block(indent: Int) -> YAMLNode? {
            guard index < lines.count else { return nil }
            return lines[index].isSequenceItem ? sequence(indent: indent) : mapping(indent: indent)
        }

        mutating func mapping(indent: Int) -> YAMLNode? {
            var entries: [YAMLEntry] = []
            let start = lines[index]
            while index < lines.count, lines[index].indent == indent, !lines[index].isSequenceItem {
                let line = lines[index]
                guard let colon = KeyFinder.colon(in: line.content) else { return nil }
                let keyText = String(String(decoding: line.content[..<colon], as: UTF8.self).trimming(.trailing) { $0 == " " })
                guard !keyText.isEmpty else { return nil }
                let key = YAMLNode.scalar(keyText, quoted: false, SourceLocation(line: line.number, column: indent + 1))
                var valueStart = colon + 1
                while valueStart < line.content.count, line.content[valueStart] == .space { valueStart += 1 }
                index += 1
                let value: YAMLNode?
                if valueStart == line.content.count {
                    value = nestedValue(under: indent, after: line, column: line.column(at: colon) + 1)
                } else {
                    value = inline(Array(line.content[valueStart...]), line: line.number, column: line.column(at: valueStart), parentIndent: indent)
                }
                guard let value else { return nil }
                entries.append(YAMLEntry(key: key, value: value))
            }
            if index < lines.count, lines[index].indent > indent { return nil }
            return .mapping(entries, SourceLocation(line: start.number, column: indent + 1))
        }

        mutating func sequence(indent: Int) -> YAMLNode? {
            var items: [YAMLNode] = []
            let start = lines[index]
            while index < lines.count, lines[index].indent == indent, lines[index].isSequenceItem {
                let line = lines[index]
                var itemStart = 1
                while itemStart < line.content.count, line.content[itemStart] == .space { itemStart += 1 }
                let rest = Array(line.content[itemStart...])
                let column = indent + itemStart + 1
                let item: YAMLNode?
                if rest.isEmpty {
                    index += 1
                    item = nestedValue(under: indent, after: line, column: column, sequenceMayFollow: false)
                } else if let first = rest.first, !Self.flowOrQuote.contains(first), KeyFinder.colon(in: rest) != nil {
                    // `- key: value` opens a mapping whose keys line up with `key`.
                    lines[index] = Line(number: line.number, indent: column - 1, content: rest)
                    item = mapping(indent: column - 1)
                } else if rest.first == .dash && (rest.count == 1 || rest[1] == .space) {
                    return nil
                } else {
                    index += 1
                    item = inline(rest, line: line.number, column: column, parentIndent: indent)
                }
                guard let item else { return nil }
                items.append(item)
            }
            if index < lines.count, lines[index].indent > indent { return nil }
            return .sequence(items, SourceLocation(line: start.number, column: indent + 1))
        }

        /// The value of `key:` with nothing after the colon: a nested block, or an empty scalar.
        mutating func nestedValue(under indent: Int, after line: Line, column: Int, sequenceMayFollow: Bool = true) -> YAMLNode? {
            if index < lines.count {
                let next = lines[index]
                if next.indent > indent || (sequenceMayFollow && next.indent == indent && next.isSequenceItem) {
                    return block(indent: next.indent)
                }
            }
            // libyaml places an empty value where the next token starts; the decoder reports it at the key.
            return nil
        }

        /// A value on the key's own line; a value continued on more-indented lines is for Yams.
        mutating func inline(_ text: [UInt8], line: Int, column: Int, parentIndent: Int) -> YAMLNode? {
            if index < lines.count, lines[index].indent > parentIndent { return nil }
            var flow = FlowParser(text: text, line: line, firstColumn: column)
            guard let value = flow.value(inFlow: false), flow.atEnd else { return nil }
            flowNodes += flow.nodes
            return flowNodes > YAMLReader.maximumNodes ? nil : value
        }
    }
}

/// Where the `:` of `key: value` stands, for a plain key; nil when the line is not a plain key.
enum KeyFinder {
    /// Characters that make a line something other than a plain key when they come first.
    static let indicators: [Bool] = (0...255).map { "[]{}\"'&*!|>?#,%@`".utf8.contains(UInt8($0)) }

    static func isIndicator(_ byte: UInt8) -> Bool {
        indicators[Int(byte)]
    }

    static func colon(in content: [UInt8]) -> Int? {
        guard let first = content.first, !isIndicator(first) else { return nil }
        if first == .dash, content.count == 1 || content[1] == .space { return nil }
        for index in content.indices where content[index] == .colon {
            if index + 1 == content.count || content[index + 1] == .space { return index }
        }
        return nil
    }
}

/// ASCII bytes the parsers look for.
extension UInt8 {
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let dash = UInt8(ascii: "-")
    static let colon = UInt8(ascii: ":")
    static let comma = UInt8(ascii: ",")
    static let doubleQuote = UInt8(ascii: "\"")
    static let singleQuote = UInt8(ascii: "'")
    static let backslash = UInt8(ascii: "\\")
}
