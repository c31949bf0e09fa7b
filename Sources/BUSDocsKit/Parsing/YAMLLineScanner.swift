/// Quotes and comments on one line of YAML, the way libyaml reads them: a quote opens a quoted scalar
/// only where a node may start (at the start, after `: `, `- ` at a node's start, or after `[`, `{`, `,`
/// inside a flow collection); anywhere else, as inside a plain scalar, it is an ordinary character.
enum YAMLLineScanner {
    /// Where a comment starts (`#` at the start or after a space, outside quotes); the content's end when
    /// there is none; nil for a quote that does not close on the line.
    static func commentStart(_ content: [UInt8]) -> Int? {
        var nodeMayStart = true
        var flowDepth = 0
        var index = 0
        while index < content.count {
            let byte = content[index]
            let followedBySpace = index + 1 == content.count || content[index + 1] == .space
            switch byte {
            case UInt8(ascii: "#") where index == 0 || content[index - 1] == .space:
                return index
            case .doubleQuote where nodeMayStart, .singleQuote where nodeMayStart:
                guard let end = quotedEnd(content, from: index) else { return nil }
                index = end
                nodeMayStart = false
                continue
            case .space:
                break
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if nodeMayStart || flowDepth > 0 {
                    flowDepth += 1
                    nodeMayStart = true
                } else {
                    nodeMayStart = false
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if flowDepth > 0 { flowDepth -= 1 }
                nodeMayStart = false
            case .comma:
                nodeMayStart = flowDepth > 0
            case .colon:
                nodeMayStart = followedBySpace
            case .dash:
                nodeMayStart = nodeMayStart && followedBySpace
            default:
                nodeMayStart = false
            }
            index += 1
        }
        return content.count
    }

    /// The end (exclusive) of the quoted scalar whose opening quote is at `start`: `\"` escapes in double
    /// quotes, `''` in single quotes; nil when it does not close on the line.
    static func quotedEnd(_ content: [UInt8], from start: Int) -> Int? {
        let quote = content[start]
        var index = start + 1
        while index < content.count {
            let byte = content[index]
            if quote == .doubleQuote && byte == .backslash {
                index += 2
                continue
            }
            if byte == quote {
                guard quote == .singleQuote, index + 1 < content.count, content[index + 1] == .singleQuote else { return index + 1 }
                index += 2
                continue
            }
            index += 1
        }
        return nil
    }

    /// The end (exclusive) of the scalar that starts at byte `start`: after its closing quote (the line's
    /// end when it has none), or for a plain scalar before a comment or, inside `[…]` or `{…}`, before
    /// `,`, `]` or `}`, without trailing spaces.
    static func scalarEnd(_ content: [UInt8], from start: Int, inFlow: Bool) -> Int {
        guard start < content.count else { return start }
        if content[start] == .doubleQuote || content[start] == .singleQuote {
            return quotedEnd(content, from: start) ?? content.count
        }
        var end = start
        while end < content.count {
            let byte = content[end]
            if inFlow && (byte == .comma || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")) { break }
            if byte == UInt8(ascii: "#"), end > start, content[end - 1] == .space { break }
            end += 1
        }
        while end > start, content[end - 1] == .space { end -= 1 }
        return end
    }

    /// Bytes on which the fast parser and libyaml may read a line differently: tab, carriage return and
    /// other control characters, DEL, the C1 controls (U+0085 is a line break to libyaml), U+2028, U+2029,
    /// a byte-order mark and U+FFFE/U+FFFF.
    static func hasDoubtfulBytes(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F { return true }
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] < 0xA0 { return true }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return true }
            if byte == 0xEF, index + 2 < bytes.count,
               (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF) || (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE) {
                return true
            }
            index += 1
        }
        return false
    }
}
