/// libyaml's error messages in words an agreement's author can act on, in Swedish and English. The
/// common ones are translated; any other keeps libyaml's English words.
enum YAMLMessages {
    static let outOfMemory = LocalizedText(sv: "YAML-huvudet kunde inte läsas (minnet tog slut)", en: "the YAML front matter could not be read (out of memory)")
    static let secondDocument = LocalizedText(sv: "YAML-huvudet får bara innehålla ett dokument", en: "the YAML front matter may hold one document only")
    static let unclosedQuote = LocalizedText(sv: "citattecknet avslutas aldrig", en: "the quotation mark is never closed")
    static let unclosedList = LocalizedText(sv: "listan `[…]` avslutas aldrig med `]`", en: "the list `[…]` is never closed by `]`")
    static let unclosedMapping = LocalizedText(sv: "värdena inom `{…}` avslutas aldrig med `}`", en: "the values in `{…}` are never closed by `}`")
    static let missingComma = LocalizedText(sv: "kommatecken saknas mellan två värden inom `[…]` eller `{…}`",
                                            en: "a comma is missing between two values in `[…]` or `{…}`")
    static let colonNotAllowed = LocalizedText(sv: "kolon följt av mellanslag är inte tillåtet här — sätt värdet inom citattecken",
                                               en: "a colon followed by a space is not allowed here — put the value in quotes")

    /// A key line indented deeper than the `key: value` line above it, which YAML reads as more of
    /// that value (and then stumbles on the colon): the indentation is what to fix, not the quotes.
    /// `line` counts the yaml's lines from 1; the result is the indentation the line has and the one it should have.
    static func deeperThanSibling(yaml: String, line: Int) -> (indent: Int, sibling: Int)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { (line: Substring) in String(line.trimming(.trailing) { $0 == "\r" }) }
        guard lines.indices.contains(line - 1) else { return nil }
        let text = lines[line - 1]
        let indent = text.prefix { $0 == " " }.count
        guard text.dropFirst(indent).firstRange(of: ": ") != nil || text.hasSuffix(":") else { return nil }
        guard let above = lines[..<(line - 1)].last(where: { !$0.trimmingWhitespace().isEmpty && !$0.trimmingWhitespace().hasPrefix("#") })
        else { return nil }
        // The key above starts after its indentation and any `- ` of a list item.
        let keyColumn = above.prefix { $0 == " " || $0 == "-" }.count
        let rest = above.dropFirst(keyColumn)
        guard let colon = rest.firstRange(of: ": "), !rest[colon.upperBound...].trimmingWhitespace().isEmpty,
              !rest.hasPrefix("\""), !rest.hasPrefix("'"), indent > keyColumn
        else { return nil }
        return (indent, keyColumn)
    }

    /// The `key: value` line above a deeper key line, when that key is one of the keys the one above
    /// may hold (`uppföljning: varje år` over `  ansvarig: styrgrupp`): the value is what is wrong, not
    /// the indentation. The key's path, the keys under it, its value, and where the value starts (line
    /// from 1 and column from 0, in the yaml).
    static func valueOverItsKeys(yaml: String, line: Int) -> (path: [String], keys: [String], value: String, line: Int, column: Int)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { (line: Substring) in String(line.trimming(.trailing) { $0 == "\r" }) }
        guard deeperThanSibling(yaml: yaml, line: line) != nil, let below = keyLine(lines[line - 1]) else { return nil }
        guard let aboveIndex = lines[..<(line - 1)].lastIndex(where: { !$0.trimmingWhitespace().isEmpty && !$0.trimmingWhitespace().hasPrefix("#") }),
              let above = keyLine(lines[aboveIndex]), let value = above.value
        else { return nil }
        // The keys the line above sits in: each less indented key line above it, outwards.
        var path = [above.key]
        var column = above.column
        for text in lines[..<aboveIndex].reversed() where column > 0 {
            guard let outer = keyLine(text), outer.column < column else { continue }
            path.insert(outer.key, at: 0)
            column = outer.column
        }
        guard FrontMatterKeys.names(of: path).contains(below.key) else { return nil }
        // The keys under it, up to the first line that is not deeper.
        let keys = lines[(aboveIndex + 1)...].prefix { $0.trimmingWhitespace().isEmpty || $0.prefix { $0 == " " }.count > above.column }
            .compactMap { keyLine($0)?.key }
        return (path, keys, value.text, aboveIndex + 1, value.column)
    }

    /// A `key:` line: its indentation (before any `- `), where the key starts (after it), the key, and the
    /// value written after it on the line with where it starts (columns from 0).
    private static func keyLine(_ text: String) -> (indent: Int, column: Int, key: String, value: (text: String, column: Int)?)? {
        let indent = text.prefix { $0 == " " }.count
        let column = text.prefix { $0 == " " || $0 == "-" }.count
        let rest = text.dropFirst(column)
        guard let colon = rest.firstIndex(of: ":"), !rest.hasPrefix("#"), !rest.hasPrefix("\""), !rest.hasPrefix("'") else { return nil }
        let key = String(rest[..<colon])
        guard !key.isEmpty, !key.contains(" ") else { return nil }
        let after = rest[rest.index(after: colon)...]
        guard after.isEmpty || after.hasPrefix(" ") else { return nil }
        let written = after.trimmingWhitespace()
        guard !written.isEmpty, !written.hasPrefix("#") else { return (indent, column, key, nil) }
        let start = column + key.count + 1 + after.prefix { $0 == " " }.count
        return (indent, column, key, (String(written), start))
    }

    static func deeperIndented(_ spaces: Int) -> LocalizedText {
        LocalizedText(sv: "raden är indragen mer än raden ovanför — använd samma indrag (\(spaces) mellanslag)",
                      en: "the line is indented more than the line above — use the same indentation (\(spaces) spaces)")
    }

    static func translate(problem: String, context: String?, character: Unicode.Scalar? = nil) -> LocalizedText {
        if character == "\t" || problem.contains("tab character") {
            return LocalizedText(sv: "tabb används för indrag — använd mellanslag", en: "tab used for indentation — use spaces")
        }
        if problem.hasPrefix("found unexpected end of stream"), let context, context.contains("quoted scalar") {
            return unclosedQuote
        }
        if problem.hasPrefix("mapping values are not allowed") {
            return colonNotAllowed
        }
        if problem.hasPrefix("did not find expected key") || problem.hasPrefix("did not find expected '-' indicator")
            || problem.hasPrefix("block sequence entries are not allowed") {
            return LocalizedText(sv: "fel indrag — raden passar inte in under raderna ovanför",
                                 en: "bad indentation — the line does not line up with the lines above")
        }
        if problem.hasPrefix("could not find expected ':'") {
            return LocalizedText(sv: "kolon saknas efter nyckeln", en: "the colon after the key is missing")
        }
        if problem.hasPrefix("did not find expected ',' or ']'") {
            return unclosedList
        }
        if problem.hasPrefix("did not find expected ',' or '}'") {
            return unclosedMapping
        }
        if problem.hasPrefix("found character that cannot start any token") {
            let shown = character.map { " `\($0)`" } ?? ""
            return LocalizedText(sv: "tecknet\(shown) kan inte inleda ett värde — sätt värdet inom citattecken",
                                 en: "the character\(shown) cannot start a value — put the value in quotes")
        }
        if problem.hasPrefix("did not find expected node content") {
            return LocalizedText(sv: "ett värde saknas här — sätt värdet inom citattecken om det börjar med ett specialtecken",
                                 en: "a value is missing here — put the value in quotes if it starts with a special character")
        }
        if problem.hasPrefix("found unknown escape character") {
            return LocalizedText(sv: "okänd escape-sekvens (`\\`) inom citattecken", en: "unknown escape sequence (`\\`) in quotes")
        }
        if problem.hasPrefix("control characters are not allowed") {
            return LocalizedText(sv: "styrtecken är inte tillåtna", en: "control characters are not allowed")
        }
        let english = [problem, context.map { "(\($0))" }].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        return LocalizedText(sv: english, en: english)
    }
}
