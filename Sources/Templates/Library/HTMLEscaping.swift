import Mustache
import Synchronization

/// HTML escaping for `{{name}}`, the same as swift-mustache's own, character for character, but a text
/// with nothing to escape (nearly every one) is passed on as it is after one look at its bytes, instead of
/// being rebuilt a character at a time.
///
/// swift-mustache escapes with the content type a template names in `{{% CONTENT_TYPE: HTML }}`; this one
/// is registered under that name, so the built-in templates, which start their content with that tag,
/// are escaped by it. A user's template without the tag is escaped by swift-mustache's own: the same text.
public struct HTMLEscaping: MustacheContentType {
    /// Registers it as `HTML`; templates read afterwards use it. Done once, before any template is read.
    static func register() {
        registered.withLock { done in
            guard !done else { return }
            MustacheContentTypes.register(HTMLEscaping(), named: "HTML")
            done = true
        }
    }

    private static let registered = Mutex(false)

    public func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    /// `text` with `<`, `>`, `&`, `"` and `'` as HTML entities: for templates and for the pages the
    /// preview writes itself.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) else {
            return text
        }
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
