/// The little Markdown findings use — `code` and *emphasis* — as escaped HTML with `<code>` and `<em>`, so
/// a page never shows backticks and asterisks. A quoted text that starts with spaces is a line to type,
/// indentation and all (`Skriv "    verksamheter: [bup]".`): it is code too, which the stylesheet shows
/// with its spaces.
public enum InlineMarkup {
    public static func html(_ text: String) -> String {
        var out = ""
        var inCode = false, inEmphasis = false, inQuote = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            switch character {
            case "\"" where !inCode && !inQuote:
                if let close = characters.firstIndex(of: "\""), characters.first.map({ $0 == " " || $0 == "\t" }) == true,
                   characters[..<close].contains(where: { !$0.isWhitespace }) {
                    out += "&quot;<code>" + characters[..<close].map { escape(String($0)) }.joined() + "</code>&quot;"
                    characters = characters[characters.index(after: close)...]
                } else {
                    out += "&quot;"
                    inQuote = true
                }
            case "\"" where !inCode:
                out += "&quot;"
                inQuote = false
            case "\\" where !inCode && characters.first.map({ "*`_\\".contains($0) }) == true:
                out += escape(String(characters.popFirst()!))
            case "`":
                if inCode {
                    out += "</code>"
                    inCode = false
                } else if characters.contains("`") {
                    out += "<code>"
                    inCode = true
                } else {
                    out += "`"
                }
            case "*" where !inCode:
                if inEmphasis {
                    out += "</em>"
                    inEmphasis = false
                } else if let next = characters.first, !next.isWhitespace, characters.contains("*") {
                    out += "<em>"
                    inEmphasis = true
                } else {
                    out += "*"
                }
            default:
                out += escape(String(character))
            }
        }
        if inCode { out += "</code>" }
        if inEmphasis { out += "</em>" }
        return out
    }

    /// The text with the markup taken away: "skolan kan kalla", for plain text and attributes.
    public static func plain(_ text: String) -> String {
        var out = ""
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if character == "\\", let next = characters.first, "*`_\\".contains(next) {
                out.append(characters.popFirst()!)
            } else if character != "`" && character != "*" {
                out.append(character)
            }
        }
        return out
    }

    static func escape(_ text: String) -> String {
        switch text {
        case "&": return "&amp;"
        case "<": return "&lt;"
        case ">": return "&gt;"
        case "\"": return "&quot;"
        case "'": return "&#39;"
        default: return text
        }
    }
}
