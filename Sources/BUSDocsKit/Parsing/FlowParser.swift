/// Scalars and one-line flow collections of the front matter (`[a, b]`, `{ part: x, roll: "y" }`), with
/// the column each starts at. Anything it does not know makes it fail, so the caller can ask Yams.
struct FlowParser {
    /// UTF-8.
    let text: [UInt8]
    let line: Int
    let firstColumn: Int
    var position = 0
    /// Collections nested deeper than this are for Yams, which has its own limit and message.
    static let maximumDepth = 32
    private var depth = 0

    init(text: [UInt8], line: Int, firstColumn: Int) {
        self.text = text
        self.line = line
        self.firstColumn = firstColumn
    }

    var atEnd: Bool {
        var index = position
        while index < text.count, text[index] == .space { index += 1 }
        return index == text.count
    }

    /// The column at `counted`, kept so that each location costs only the bytes since the last one.
    private var counted = 0, countedColumn = 0

    private mutating func location() -> SourceLocation {
        countedColumn += LineTable.scalars(in: text[counted..<position])
        counted = position
        return SourceLocation(line: line, column: firstColumn + countedColumn)
    }

    private mutating func skipSpaces() {
        while position < text.count, text[position] == .space { position += 1 }
    }

    private static let openSequence = UInt8(ascii: "["), closeSequence = UInt8(ascii: "]")
    private static let openMapping = UInt8(ascii: "{"), closeMapping = UInt8(ascii: "}")

    /// `,[]{}`: where a plain scalar ends inside a flow collection.
    private static func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == .comma || byte == openSequence || byte == closeSequence || byte == openMapping || byte == closeMapping
    }

    /// A value: a flow collection or a scalar. Inside a flow collection plain scalars end at `,]}`.
    /// Nodes started so far.
    private(set) var nodes = 0

    mutating func value(inFlow: Bool) -> YAMLNode? {
        nodes += 1
        skipSpaces()
        guard position < text.count else { return nil }
        switch text[position] {
        case Self.openSequence: return sequence()
        case Self.openMapping: return mapping()
        case .doubleQuote, .singleQuote: return quoted()
        default: return plain(inFlow: inFlow)
        }
    }

    private mutating func sequence() -> YAMLNode? {
        let start = location()
        position += 1
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { return nil }
        var items: [YAMLNode] = []
        skipSpaces()
        if position < text.count, text[position] == Self.closeSequence {
            position += 1
            return .sequence(items, start)
        }
        while true {
            guard let item = value(inFlow: true) else { return nil }
            skipSpaces()
            // `[a: b]` makes single-pair mappings; agreements do not need them.
            guard position < text.count, text[position] != .colon else { return nil }
            items.append(item)
            if text[position] == Self.closeSequence { position += 1; return .sequence(items, start) }
            guard text[position] == .comma else { return nil }
            position += 1
            skipSpaces()
            if position < text.count, text[position] == Self.closeSequence { position += 1; return .sequence(items, start) }
        }
    }

    private mutating func mapping() -> YAMLNode? {
        let start = location()
        position += 1
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { return nil }
        var entries: [YAMLEntry] = []
        skipSpaces()
        if position < text.count, text[position] == Self.closeMapping {
            position += 1
            return .mapping(entries, start)
        }
        while true {
            skipSpaces()
            guard let key = value(inFlow: true), key.string != nil else { return nil }
            skipSpaces()
            guard position < text.count, text[position] == .colon else { return nil }
            position += 1
            skipSpaces()
            // An empty value (`{ a: , b: c }`) is for Yams.
            guard position < text.count, text[position] != .comma, text[position] != Self.closeMapping, let value = value(inFlow: true) else { return nil }
            entries.append(YAMLEntry(key: key, value: value))
            skipSpaces()
            guard position < text.count else { return nil }
            if text[position] == Self.closeMapping { position += 1; return .mapping(entries, start) }
            guard text[position] == .comma else { return nil }
            position += 1
            skipSpaces()
            if position < text.count, text[position] == Self.closeMapping { position += 1; return .mapping(entries, start) }
        }
    }

    /// `"…"` with the common escapes, or `'…'` with `''`; other escapes are for Yams. Where it ends is
    /// `YAMLLineScanner.quotedEnd`'s to say, as for every other reader of a quoted scalar.
    private mutating func quoted() -> YAMLNode? {
        let start = location()
        let quote = text[position]
        guard let end = YAMLLineScanner.quotedEnd(text, from: position) else { return nil }
        var value: [UInt8] = []
        var index = position + 1
        while index < end - 1 {
            let byte = text[index]
            if quote == .singleQuote && byte == .singleQuote {
                value.append(.singleQuote)  // `''`: only a doubled quote stands inside
                index += 2
                continue
            }
            if quote == .doubleQuote && byte == .backslash {
                switch text[index + 1] {
                case .doubleQuote: value.append(.doubleQuote)
                case .backslash: value.append(.backslash)
                case UInt8(ascii: "/"): value.append(UInt8(ascii: "/"))
                case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): value.append(.tab)
                default: return nil
                }
                index += 2
                continue
            }
            value.append(byte)
            index += 1
        }
        position = end
        return .scalar(String(decoding: value, as: UTF8.self), quoted: true, start)
    }

    /// A plain scalar: up to the end, or in flow context up to `,]}` or a `: `; trailing spaces dropped.
    private mutating func plain(inFlow: Bool) -> YAMLNode? {
        let start = location()
        let first = text[position]
        // In a flow collection libyaml reads a `:` that starts a token as the value indicator.
        if KeyFinder.isIndicator(first) || (first == .dash && (position + 1 == text.count || text[position + 1] == .space)) || (inFlow && first == .colon) {
            return nil
        }
        var end = position
        while end < text.count {
            let byte = text[end]
            // libyaml ends a plain scalar in a flow collection at `:` before `,?[]{}`.
            if byte == .colon && (end + 1 == text.count || text[end + 1] == .space
                || (inFlow && (Self.isFlowIndicator(text[end + 1]) || text[end + 1] == UInt8(ascii: "?")))) {
                if !inFlow { return nil }
                break
            }
            if inFlow && Self.isFlowIndicator(byte) { break }
            end += 1
        }
        var last = end
        while last > position, text[last - 1] == .space { last -= 1 }
        guard last > position else { return nil }
        let value = String(decoding: text[position..<last], as: UTF8.self)
        position = end
        return .scalar(value, quoted: false, start)
    }
}
