/// Scalars and one-line flow collections of the front matter (`[a, b]`, `{ part: x, roll: "y" }`), with
/// the column each starts at. Anything it does not know makes it fail, so the caller can ask Yams.
struct FlowParser {
    let text: [Unicode.Scalar]
    let line: Int
    let firstColumn: Int
    var position = 0
    /// Collections nested deeper than this are for Yams, which has its own limit and message.
    static let maximumDepth = 32
    private var depth = 0

    init(text: [Unicode.Scalar], line: Int, firstColumn: Int) {
        self.text = text
        self.line = line
        self.firstColumn = firstColumn
    }

    var atEnd: Bool {
        var index = position
        while index < text.count, text[index] == " " { index += 1 }
        return index == text.count
    }

    private var location: SourceLocation { SourceLocation(line: line, column: firstColumn + position) }

    private mutating func skipSpaces() {
        while position < text.count, text[position] == " " { position += 1 }
    }

    /// A value: a flow collection or a scalar. Inside a flow collection plain scalars end at `,]}`.
    mutating func value(inFlow: Bool) -> YAMLNode? {
        skipSpaces()
        guard position < text.count else { return nil }
        switch text[position] {
        case "[": return sequence()
        case "{": return mapping()
        case "\"", "'": return quoted()
        default: return plain(inFlow: inFlow)
        }
    }

    private mutating func sequence() -> YAMLNode? {
        let start = location
        position += 1
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { return nil }
        var items: [YAMLNode] = []
        skipSpaces()
        if position < text.count, text[position] == "]" {
            position += 1
            return .sequence(items, start)
        }
        while true {
            guard let item = value(inFlow: true) else { return nil }
            skipSpaces()
            // `[a: b]` makes single-pair mappings; agreements do not need them.
            guard position < text.count, text[position] != ":" else { return nil }
            items.append(item)
            if text[position] == "]" { position += 1; return .sequence(items, start) }
            guard text[position] == "," else { return nil }
            position += 1
            skipSpaces()
            if position < text.count, text[position] == "]" { position += 1; return .sequence(items, start) }
        }
    }

    private mutating func mapping() -> YAMLNode? {
        let start = location
        position += 1
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { return nil }
        var entries: [YAMLEntry] = []
        skipSpaces()
        if position < text.count, text[position] == "}" {
            position += 1
            return .mapping(entries, start)
        }
        while true {
            skipSpaces()
            guard let key = value(inFlow: true), key.string != nil else { return nil }
            skipSpaces()
            guard position < text.count, text[position] == ":" else { return nil }
            position += 1
            skipSpaces()
            // An empty value (`{ a: , b: c }`) is for Yams.
            guard position < text.count, text[position] != ",", text[position] != "}", let value = value(inFlow: true) else { return nil }
            entries.append(YAMLEntry(key: key, value: value))
            skipSpaces()
            guard position < text.count else { return nil }
            if text[position] == "}" { position += 1; return .mapping(entries, start) }
            guard text[position] == "," else { return nil }
            position += 1
            skipSpaces()
            if position < text.count, text[position] == "}" { position += 1; return .mapping(entries, start) }
        }
    }

    /// `"…"` with the common escapes, or `'…'` with `''`; other escapes are for Yams.
    private mutating func quoted() -> YAMLNode? {
        let start = location
        let quote = text[position]
        position += 1
        var value = String.UnicodeScalarView()
        while position < text.count {
            let scalar = text[position]
            if quote == "'" && scalar == "'" {
                if position + 1 < text.count, text[position + 1] == "'" {
                    value.append("'")
                    position += 2
                    continue
                }
                position += 1
                return .scalar(String(value), quoted: true, start)
            }
            if quote == "\"" && scalar == "\"" {
                position += 1
                return .scalar(String(value), quoted: true, start)
            }
            if quote == "\"" && scalar == "\\" {
                guard position + 1 < text.count else { return nil }
                switch text[position + 1] {
                case "\"": value.append("\"")
                case "\\": value.append("\\")
                case "/": value.append("/")
                case "n": value.append("\n")
                case "t": value.append("\t")
                default: return nil
                }
                position += 2
                continue
            }
            value.append(scalar)
            position += 1
        }
        return nil
    }

    /// A plain scalar: up to the end, or in flow context up to `,]}` or a `: `; trailing spaces dropped.
    private mutating func plain(inFlow: Bool) -> YAMLNode? {
        let start = location
        let first = text[position]
        if KeyFinder.indicators.contains(first) || (first == "-" && (position + 1 == text.count || text[position + 1] == " ")) {
            return nil
        }
        var end = position
        while end < text.count {
            let scalar = text[end]
            if scalar == ":" && (end + 1 == text.count || text[end + 1] == " " || (inFlow && ",[]{}".unicodeScalars.contains(text[end + 1]))) {
                if !inFlow { return nil }
                break
            }
            if inFlow && ",[]{}".unicodeScalars.contains(scalar) { break }
            end += 1
        }
        var last = end
        while last > position, text[last - 1] == " " { last -= 1 }
        guard last > position else { return nil }
        let value = String(String.UnicodeScalarView(text[position..<last]))
        position = end
        return .scalar(value, quoted: false, start)
    }
}
