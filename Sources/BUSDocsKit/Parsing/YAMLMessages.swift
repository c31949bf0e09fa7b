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

    static let colonInValue = LocalizedText(sv: "värdet innehåller ett kolon följt av mellanslag — sätt det inom citattecken",
                                            en: "the value holds a colon followed by a space — put it in quotes")

    /// A plain value with a colon and a space in it (`roll: Verksamhetschef: BUP`, in `{ … }` or on a
    /// line of its own), which YAML reads as a second key: the key, the whole value as written, and
    /// where the value starts (column from 1). `line` counts the yaml's lines from 1; `column` is where
    /// libyaml stopped (from 1), on the value's second colon.
    static func colonInValue(yaml: String, line: Int, column: Int, inFlow: Bool) -> (key: String, value: String, column: Int)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.indices.contains(line - 1) else { return nil }
        let text = Array(String(lines[line - 1].trimming(.trailing) { $0 == "\r" }).unicodeScalars)
        let colon = column - 1
        guard colon > 0, text.indices.contains(colon), text[colon] == ":" else { return nil }
        // The item of `{ … }` or the line the colon is in: from the last `,`, `{` or `[` before it (or the
        // line's start, after any `- `), to the next `,`, `}` or `]` (or the line's end, before a comment).
        var start = 0
        if inFlow {
            guard let open = text[..<colon].lastIndex(where: { $0 == "," || $0 == "{" || $0 == "[" }) else { return nil }
            start = open + 1
        }
        while start < colon, text[start] == " " || (!inFlow && text[start] == "-" && start + 1 < colon && text[start + 1] == " ") { start += 1 }
        var end = text.count
        if inFlow {
            guard let close = text[colon...].firstIndex(where: { $0 == "," || $0 == "}" || $0 == "]" }) else { return nil }
            end = close
        } else if let comment = (colon + 1..<text.count).first(where: { text[$0] == "#" && text[$0 - 1] == " " }) {
            end = comment
        }
        let item = String(String.UnicodeScalarView(text[start..<colon]))
        guard let separator = item.range(of: ": ") else { return nil }
        let key = String(item[..<separator.lowerBound])
        guard !key.isEmpty, !key.contains(" "), !key.contains("\""), !key.contains("'") else { return nil }
        let valueStart = start + item[..<separator.upperBound].unicodeScalars.count
        var valueScalars = text[valueStart..<end]
        while let first = valueScalars.first, first == " " { valueScalars.removeFirst() }
        while let last = valueScalars.last, last == " " { valueScalars.removeLast() }
        let value = String(String.UnicodeScalarView(valueScalars))
        guard let first = value.unicodeScalars.first, first != "\"", first != "'", first != "{", first != "[" else { return nil }
        return (key, value, valueScalars.startIndex + 1)
    }

    /// `value` in quotes, as YAML reads it back unchanged: double quotes, or single ones when it holds a `"`.
    static func quoted(_ value: String) -> String {
        guard value.contains("\"") || value.contains("\\") else { return "\"\(value)\"" }
        return "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
    }

    static let tabIndentation = LocalizedText(sv: "tabb används för indrag — använd mellanslag", en: "tab used for indentation — use spaces")
    static let badIndentation = LocalizedText(sv: "fel indrag — raden passar inte in under raderna ovanför",
                                              en: "bad indentation — the line does not line up with the lines above")
    static let unlikeTheLinesBelow = LocalizedText(sv: "fel indrag — raden är indragen på ett annat sätt än raderna under den",
                                                   en: "bad indentation — the line is indented unlike the lines below it")

    /// A line that does not line up with the lines it belongs with, or is indented with a tab (libyaml's
    /// `line`, from 1), rewritten to line up: the line to change (from 1; the one above when the first
    /// key of a block is the odd one out, "   per: år" over "  ansvarig: …"), its indentation in spaces
    /// and tabs, the indentation of the lines it belongs with, whether those are below it, and the line
    /// as it should be. Nil where the lines around do not tell.
    static func realigned(yaml: String, line: Int) -> (line: Int, spaces: Int, tabs: Int, sibling: Int, below: Bool, fixed: String)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { (line: Substring) in String(line.trimming(.trailing) { $0 == "\r" }) }
        guard lines.indices.contains(line - 1) else { return nil }
        let text = lines[line - 1]
        let lead = text.prefix { $0 == " " || $0 == "\t" }
        let content = String(text.dropFirst(lead.count).trimming(.trailing) { $0 == " " || $0 == "\t" })
        guard !content.isEmpty, !content.hasPrefix("#") else { return nil }
        let above = lines[..<(line - 1)].enumerated().compactMap { index, text in indentedLine(text).map { (index + 1, $0) } }
        let below = lines[line...].compactMap(indentedLine)
        let spaces = lead.prefix { $0 == " " }.count
        let tabs = lead.filter { $0 == "\t" }.count
        guard !above.contains(where: { $0.1.tab }) else { return nil }
        // The first line: a top-level key.
        guard let (previousLine, previous) = above.last else {
            return tabs > 0 || spaces > 0 ? (line, spaces, tabs, 0, false, content) : nil
        }
        let isItem = content.hasPrefix("- ") || content == "-"
        /// Where the lines under an opening `key:` start: as the first one (item, for an item) below, or two deeper.
        func under(_ opener: IndentedLine) -> Int {
            let block = below.prefix { $0.indent > opener.column }
            return (isItem ? block.filter(\.isItem).map(\.indent).min() : block.first?.indent) ?? opener.column + 2
        }
        // The keys of a list item lined up with the items after it, under an item line that is not
        // ("   - id: bup" over "    namn: …" with "  - id: hab" below): the item line is to change.
        if tabs == 0, !isItem, previous.isItem, previous.isKey, previous.column != spaces,
           let next = below.first(where: { $0.isItem && $0.indent < spaces }), next.column == spaces,
           !below.prefix(while: { !($0.isItem && $0.indent < spaces) }).contains(where: { $0.indent < spaces }) {
            let fixed = String(repeating: " ", count: next.indent) + lines[previousLine - 1].drop { $0 == " " }.trimming(.trailing) { $0 == " " }
            return (previousLine, previous.indent, 0, next.indent, true, fixed)
        }
        let key = keyLine(String(repeating: " ", count: spaces) + content)?.key
        // The first key under `key:` indented unlike the keys after it: that one is to change.
        if tabs == 0, !isItem, key != nil, !previous.isItem, previous.isKey, previous.indent != spaces,
           let opener = above.dropLast().last?.1, opener.opens, opener.column < min(spaces, previous.indent),
           below.prefix(while: { $0.indent > opener.column }).contains(where: { $0.indent == spaces && !$0.isItem }) {
            let fixed = String(repeating: " ", count: spaces) + lines[previousLine - 1].drop { $0 == " " }.trimming(.trailing) { $0 == " " }
            return (previousLine, previous.indent, 0, spaces, true, fixed)
        }
        // The first item of a list indented unlike the items after it, all of one line each.
        if tabs == 0, isItem, previous.isItem, previous.indent != spaces,
           let openerIndex = above.lastIndex(where: { $0.1.opens && !$0.1.isItem && $0.1.column < min(spaces, previous.indent) }),
           openerIndex + 1 < above.count, above.count - openerIndex <= 2 || above[(openerIndex + 2)...].allSatisfy({ $0.1.isItem && $0.1.indent == spaces }),
           let (firstLine, first) = Optional(above[openerIndex + 1]), first.isItem,
           !above[(openerIndex + 1)...].contains(where: { !$0.1.isItem }),
           below.prefix(while: { $0.indent > above[openerIndex].1.column }).contains(where: { $0.isItem && $0.indent == spaces }) {
            let fixed = String(repeating: " ", count: spaces) + lines[firstLine - 1].drop { $0 == " " }.trimming(.trailing) { $0 == " " }
            return (firstLine, first.indent, 0, spaces, true, fixed)
        }
        let sibling: Int?
        if isItem {
            // A list item lines up with the item above it, or starts the list under its key.
            if previous.opens, !previous.isItem { sibling = under(previous) }
            else {
                // The lists still open above, innermost first: the one whose items this line is nearest to.
                var levels: [(indent: Int, key: String?)] = []
                var limit = Int.max
                for (number, candidate) in above.reversed() where candidate.indent < limit {
                    if candidate.isItem { levels.append((candidate.indent, keyLine(lines[number - 1])?.key)) }
                    // The list a key opens may stand at the key's own indentation.
                    limit = candidate.isItem ? candidate.indent : candidate.indent + 1
                }
                // A tab is no count of spaces: the list whose items start with the same key, else the innermost.
                let key = keyLine(String(repeating: " ", count: spaces) + content)?.key
                sibling = tabs > 0 ? (levels.first { key != nil && $0.key == key } ?? levels.first)?.indent
                    : levels.map(\.indent).min { abs($0 - spaces) < abs($1 - spaces) }
            }
        } else if let key {
            if previous.opens { sibling = under(previous) }
            else {
                // The levels a key may belong to, innermost first: the key above's, then each enclosing
                // key's. The one that may hold this key; else the innermost.
                var levels: [(column: Int, line: Int)] = []
                for (number, candidate) in above.reversed() where candidate.isKey && candidate.column < (levels.last?.column ?? Int.max) {
                    levels.append((candidate.column, number))
                    if candidate.column == 0 { break }
                }
                let keys = levels.map { level in keyLine(lines[level.line - 1])?.key ?? "" }
                let fitting = levels.indices.first { index in FrontMatterKeys.names(of: Array(keys[(index + 1)...].reversed())).contains(key) }
                // A tab is no count of spaces: then the innermost.
                sibling = fitting.map { levels[$0].column }
                    ?? (tabs > 0 ? levels.first?.column : levels.map(\.column).min { abs($0 - spaces) < abs($1 - spaces) })
            }
        } else {
            sibling = nil
        }
        guard let sibling, tabs > 0 || spaces != sibling else { return nil }
        return (line, spaces, tabs, sibling, false, String(repeating: " ", count: sibling) + content)
    }

    /// A line of content: its indentation, where its text starts after any `- `, whether it is a list
    /// item, a `key:`, a `key:` with nothing after it (its value on the lines below), and whether its
    /// indentation holds a tab.
    private struct IndentedLine {
        var indent: Int, column: Int, isItem: Bool, isKey: Bool, opens: Bool, tab: Bool
    }

    private static func indentedLine(_ text: String) -> IndentedLine? {
        let lead = text.prefix { $0 == " " || $0 == "\t" }
        let rest = text.dropFirst(lead.count)
        guard !rest.trimmingWhitespace().isEmpty, !rest.hasPrefix("#") else { return nil }
        let isItem = rest.hasPrefix("- ") || rest == "-"
        let column = text.prefix { $0 == " " || $0 == "\t" || $0 == "-" }.count
        let key = keyLine(text)
        return IndentedLine(indent: lead.count, column: column, isItem: isItem, isKey: key != nil,
                            opens: key != nil && key?.value == nil, tab: lead.contains("\t"))
    }

    /// A key line indented deeper than the `key: value` line above it, which YAML reads as more of
    /// that value (and then stumbles on the colon): the indentation is what to fix, not the quotes.
    /// `line` counts the yaml's lines from 1; the result is the indentation the line has, the one it should
    /// have, and the line with that.
    static func deeperThanSibling(yaml: String, line: Int) -> (indent: Int, sibling: Int, fixed: String)? {
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
        return (indent, keyColumn, String(repeating: " ", count: keyColumn) + text.dropFirst(indent).trimming(.trailing) { $0 == " " })
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

    /// A value opened with a quote and left open on its line (`område: "Vallentuna`), which YAML carries
    /// on over the lines below until the next quote, and then stumbles at `line` (from 1) or at the end:
    /// the line the quote opens on (from 1), the quote's column (from 1), and the line with it closed.
    /// Only when no line between the two holds the same quote, so the open quote is the one YAML was in.
    static func unclosedQuote(yaml: String, before line: Int) -> (line: Int, column: Int, fixed: String)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        var index = min(line, lines.count) - 1
        var between: [Substring] = []
        while index >= 0 {
            let text = lines[index]
            if let open = openQuote(text) {
                guard !between.contains(where: { $0.contains(open.quote) }) else { return nil }
                let trimmed = text.trimming(.trailing) { $0 == " " || $0 == "\r" }
                return (index + 1, open.column, String(trimmed) + String(open.quote))
            }
            if index < line - 1 { between.append(text) }
            index -= 1
        }
        return nil
    }

    /// The quote a `key: "value` or `- "value` line opens and does not close, with its column (from 1).
    private static func openQuote(_ text: Substring) -> (quote: Character, column: Int)? {
        guard !text.trimmingWhitespace().hasPrefix("#") else { return nil }
        let start: String.Index
        if let colon = text.range(of: ": ") {
            start = colon.upperBound
        } else if let dash = text.firstIndex(where: { $0 != " " }), text[dash...].hasPrefix("- ") {
            start = text.index(dash, offsetBy: 2)
        } else {
            return nil
        }
        let value = text[start...].drop { $0 == " " }
        guard let quote = value.first, quote == "\"" || quote == "'" else { return nil }
        var rest = value.dropFirst()
        while let next = rest.firstIndex(of: quote) {
            // `\"` inside double quotes and `''` inside single ones do not close the value.
            if quote == "\"", next > rest.startIndex, rest[rest.index(before: next)] == "\\" {
                rest = rest[rest.index(after: next)...]
                continue
            }
            if quote == "'", rest.index(after: next) < rest.endIndex, rest[rest.index(after: next)] == "'" {
                rest = rest[rest.index(next, offsetBy: 2)...]
                continue
            }
            return nil
        }
        return (quote, text.distance(from: text.startIndex, to: value.startIndex) + 1)
    }

    static func deeperIndented(_ spaces: Int) -> LocalizedText {
        LocalizedText(sv: "raden är indragen mer än raden ovanför — använd samma indrag (\(spaces) mellanslag)",
                      en: "the line is indented more than the line above — use the same indentation (\(spaces) \(spaces == 1 ? "space" : "spaces"))")
    }

    static func translate(problem: String, context: String?, character: Unicode.Scalar? = nil) -> LocalizedText {
        if character == "\t" || problem.contains("tab character") {
            return tabIndentation
        }
        if problem.hasPrefix("found unexpected end of stream"), let context, context.contains("quoted scalar") {
            return unclosedQuote
        }
        if problem.hasPrefix("mapping values are not allowed") {
            return colonNotAllowed
        }
        if problem.hasPrefix("did not find expected key") || problem.hasPrefix("did not find expected '-' indicator")
            || problem.hasPrefix("block sequence entries are not allowed") {
            return badIndentation
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
