/// HTML escaping for `{{name}}` (`CompiledTemplate`), the same as swift-mustache's own, character for
/// character, but a text with nothing to escape (nearly every one) is passed on as it is after one look at
/// its bytes, instead of being rebuilt a character at a time.
public enum HTMLEscaping {
    /// `text` with `<`, `>`, `&`, `"` and `'` as HTML entities: for templates and for the pages the
    /// preview writes itself.
    public static func escape(_ text: String) -> String {
        // Most texts have none of them: their bytes are searched through a pointer, not the UTF-8 view.
        var text = text
        let special = text.withUTF8 { bytes in
            bytes.contains { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }
        }
        guard special else { return text }
        // As swift-mustache does it: by characters, so a `<` that a combining mark follows is one
        // character that is not `<`, and stays as it is.
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
