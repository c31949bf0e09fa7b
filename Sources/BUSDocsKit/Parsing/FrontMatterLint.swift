/// What YAML reads differently from what a person meant, on lines that parse without error: a value cut
/// at ` #` (the rest is a comment) and Word's curly quotes (“Sigtuna”), which YAML keeps as text — after a
/// key, inside `{ … }` and `[ … ]`, and as a list item. Both are BUS019 warnings with the fix.
enum FrontMatterLint {
    /// Curly quotes Word puts in for straight ones.
    static let curlyQuotes: Set<Character> = ["“", "”", "„", "‘", "’", "«", "»"]

    /// The findings, and where each curly-quoted value inside `{ … }` stands as written, up to its closing
    /// quote: YAML ends such a value at a comma inside the quotes (`{ namn: “A, B” }` is `namn: “A` and a
    /// key `B”`), and what it reads after that comma is this finding's, not an unknown key's.
    static func check(yaml: String, firstLine: Int = 2) -> (findings: [Diagnostic], quotedInFlow: [SourceRange]) {
        var findings: [Diagnostic] = []
        var quotedInFlow: [SourceRange] = []
        // The whole text first (no pair of bytes that decides spans a line end): most front matter has no
        // line to look at.
        guard mayNeedLook(yaml.utf8[...]) else { return (findings, quotedInFlow) }
        let lines = yaml.linesByUTF8()
        for (offset, raw) in lines.enumerated() {
            // Most lines hold neither a curly quote nor ` #`: decided on bytes, before reading characters.
            guard mayNeedLook(raw.utf8) else { continue }
            let line = Array(raw.hasSuffix("\r") ? raw.dropLast() : raw)
            let number = firstLine + offset
            let inFlow = curlyInFlow(line)
            for (key, start, end) in inFlow {
                let value = String(line[start..<end]).trimmingWhitespace()
                let inner = value.filter { !curlyQuotes.contains($0) }
                findings.append(StructureRule.curlyQuotes(key: key, value: value, fixed: "\(key): \"\(inner)\"",
                                                          readAsStraight: straightenable(line, start: start, end: end),
                                                          at: SourceLocation(line: number, column: start + 1)))
                quotedInFlow.append(SourceRange(start: SourceLocation(line: number, column: start + 1), end: SourceLocation(line: number, column: end + 1)))
            }
            if !inFlow.isEmpty { continue }
            if let (start, end) = curlyListItem(line), let key = parentKey(of: offset, in: lines) {
                let (value, comment) = withoutComment(line[start..<end])
                let fixed = String(line[..<start]).trimmingWhitespace() + " " + straightened(value) + comment
                findings.append(StructureRule.curlyQuotes(key: key, value: value, fixed: fixed,
                                                          at: SourceLocation(line: number, column: start + 1)))
                continue
            }
            guard let (key, valueStart) = keyAndValue(line) else { continue }
            let value = Array(line[valueStart...])
            guard let first = value.first else { continue }
            if first == "[", let quote = value.firstIndex(where: curlyQuotes.contains) {
                let (list, comment) = withoutComment(value[...])
                findings.append(StructureRule.curlyQuotes(key: key, value: list, fixed: "\(key): \(straightened(list))\(comment)",
                                                          at: SourceLocation(line: number, column: valueStart + quote + 1)))
                continue
            }
            if curlyQuotes.contains(first) {
                // To YAML the curly quotes are text, so a ` #` after them starts a comment: the comment stays
                // one, after the closing quote.
                let (plain, comment) = withoutComment(value[...])
                let inner = plain.filter { !curlyQuotes.contains($0) }
                findings.append(StructureRule.curlyQuotes(key: key, value: plain, fixed: "\(key): \"\(inner)\"\(comment)",
                                                          at: SourceLocation(line: number, column: valueStart + 1)))
                continue
            }
            // A plain value (not quoted, not a flow collection) that a ` #` followed by a word cuts short.
            guard first != "\"", first != "'", first != "[", first != "{", first != "#" else { continue }
            // Where the comment starts, as the YAML reader finds it (`YAMLLineScanner`, the one scanner).
            let bytes = Array(String(value).utf8)
            guard let hash = YAMLLineScanner.commentStart(bytes), hash < bytes.count else { continue }
            let next = hash + 1 < bytes.count ? bytes[hash + 1] : UInt8(ascii: " ")
            if next != UInt8(ascii: " ") && next != UInt8(ascii: "#") {
                let before = String(decoding: bytes[..<hash], as: UTF8.self)
                let kept = before.trimmingWhitespace()
                let whole = String(value).trimmingWhitespace()
                findings.append(StructureRule.cutAtHash(key: key, kept: kept, whole: whole,
                                                        at: SourceLocation(line: number, column: valueStart + before.count + 1)))
            }
        }
        return (findings, quotedInFlow)
    }

    /// Whether a line has ` #` or the lead bytes of a curly quote (U+2018…U+201E, « and »).
    static func mayNeedLook(_ bytes: Substring.UTF8View) -> Bool {
        func look<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
            var previous: UInt8 = 0
            for byte in bytes {
                if (byte == 0x23 && previous == 0x20) || (byte == 0x80 && previous == 0xE2) || ((byte == 0xAB || byte == 0xBB) && previous == 0xC2) {
                    return true
                }
                previous = byte
            }
            return false
        }
        // Read in place when the text is contiguous (it is, once read from a file).
        return bytes.withContiguousStorageIfAvailable(look) ?? look(bytes)
    }

    /// The front matter as YAML should read it: a value in Word's curly quotes inside `{ … }` in straight
    /// quotes, so that a comma inside them stays in the value (`{ namn: “A, B” }` is `namn: A, B`, not
    /// `namn: “A` and a key `B”`). Each quote becomes a straight one padded with spaces to the same number
    /// of bytes, so every line and column YAML reports is still the one written. A value with a straight
    /// quote or a backslash inside, or no closing curly quote, is left as written.
    static func straightenedInFlow(_ yaml: String) -> String {
        guard mayNeedLook(yaml.utf8[...]) else { return yaml }
        var changed = false
        let lines = yaml.linesByUTF8().map { raw -> String in
            guard mayNeedLook(raw.utf8), raw.contains("{") else { return String(raw) }
            var line = Array(raw)
            for (_, start, end) in curlyInFlow(line).reversed() where straightenable(line, start: start, end: end) {
                let open = line[start].utf8.count, close = line[end - 1].utf8.count
                line.replaceSubrange((end - 1)..<end, with: ["\""] + Array(repeating: " ", count: close - 1))
                line.replaceSubrange(start..<(start + 1), with: Array(repeating: " ", count: open - 1) + ["\""])
                changed = true
            }
            return String(line)
        }
        return changed ? lines.joined(separator: "\n") : yaml
    }

    /// Whether the value between `start` and `end` (from `curlyInFlow`) is a curly-quoted one that YAML
    /// reads whole in straight quotes: closed by a curly quote, with no straight quote or backslash inside.
    static func straightenable(_ line: [Character], start: Int, end: Int) -> Bool {
        guard end - start >= 2, curlyQuotes.contains(line[start]), curlyQuotes.contains(line[end - 1]) else { return false }
        return !line[(start + 1)..<(end - 1)].contains { $0 == "\"" || $0 == "\\" || curlyQuotes.contains($0) && $0 != "’" }
    }

    /// `{ key: “value”, … }`: each key inside a flow mapping whose value opens with a curly quote, and
    /// where that value starts and ends: after the curly quote that closes it (one followed by `,`, `}`,
    /// a comment or the end of the line), so that a comma inside the quotes stays in the value; at `,`
    /// or `}` when no quote closes it.
    static func curlyInFlow(_ line: [Character]) -> [(key: String, start: Int, end: Int)] {
        guard line.contains("{") else { return [] }
        var found: [(key: String, start: Int, end: Int)] = []
        var index = 0
        while index + 2 < line.count {
            if line[index] == ":", line[index + 1] == " ", curlyQuotes.contains(line[index + 2]) {
                var keyStart = index
                while keyStart > 0, line[keyStart - 1].isLetter || line[keyStart - 1].isNumber || line[keyStart - 1] == "-" { keyStart -= 1 }
                let key = String(line[keyStart..<index])
                let start = index + 2
                let end = closingQuote(in: line, after: start).map { $0 + 1 } ?? {
                    var end = start
                    while end < line.count, line[end] != ",", line[end] != "}" { end += 1 }
                    return end
                }()
                if !key.isEmpty, line[..<keyStart].contains("{") {
                    found.append((key, start, end))
                    index = end
                    continue
                }
            }
            index += 1
        }
        return found
    }

    /// The first curly quote after `start` that ends a value in `{ … }`: followed, after spaces, by `,`,
    /// `}`, ` #` or nothing.
    static func closingQuote(in line: [Character], after start: Int) -> Int? {
        var index = start + 1
        while index < line.count {
            if curlyQuotes.contains(line[index]) {
                var next = index + 1
                while next < line.count, line[next] == " " || line[next] == "\t" { next += 1 }
                if next == line.count || line[next] == "," || line[next] == "}" || (line[next] == "#" && next > index + 1) { return index }
            }
            index += 1
        }
        return nil
    }

    /// `- { part: bup, roll: Verksamhetschef #2 }`: the first line, up to `line` (from 1), where ` #` inside
    /// `{ … }` starts a comment, so that the `}` after it is never read. The key whose value it cuts, the
    /// value as YAML keeps it and as written (up to `,` or `}`), and where the `#` is (line and column from 1).
    static func hashInFlow(yaml: String, upTo line: Int) -> (key: String, kept: String, whole: String, line: Int, column: Int)? {
        for (index, raw) in yaml.linesByUTF8().prefix(max(0, line)).enumerated() {
            let bytes = Array(raw.utf8)
            guard let hash = YAMLLineScanner.commentStart(bytes), hash < bytes.count else { continue }
            let before = Array(String(decoding: bytes[..<hash], as: UTF8.self))
            let depth = before.reduce(0) { $0 + ($1 == "{" ? 1 : $1 == "}" ? -1 : 0) }
            guard depth > 0, let open = before.lastIndex(where: { $0 == "{" || $0 == "," }) else { continue }
            let entry = before[(open + 1)...]
            guard let colon = entry.indices.first(where: { entry[$0] == ":" && $0 + 1 < entry.endIndex && entry[$0 + 1] == " " }) else { continue }
            let key = String(entry[..<colon]).trimmingWhitespace()
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { continue }
            let after = Array(String(decoding: bytes[hash...], as: UTF8.self))
            let rest = after.prefix { $0 != "," && $0 != "}" }
            let kept = String(entry[(colon + 1)...]).trimmingWhitespace()
            let whole = (String(entry[(colon + 1)...]) + String(rest)).trimmingWhitespace()
            guard !kept.isEmpty else { continue }
            return (key, kept, whole, index + 1, before.count + 1)
        }
        return nil
    }

    /// A value with its comment taken off, as the YAML reader finds it (`YAMLLineScanner`): the value without
    /// the spaces around it, and the comment with the spaces before it as typed — `“A”   # b` gives `“A”`
    /// and `   # b`; with no comment, the value and "".
    static func withoutComment(_ value: ArraySlice<Character>) -> (value: String, comment: String) {
        let text = String(value)
        let bytes = Array(text.utf8)
        guard let hash = YAMLLineScanner.commentStart(bytes), hash < bytes.count else { return (text.trimmingWhitespace(), "") }
        let before = String(decoding: bytes[..<hash], as: UTF8.self)
        let spaces = before.reversed().prefix { $0 == " " || $0 == "\t" }.count
        let comment = String(before.suffix(spaces)) + String(decoding: bytes[hash...], as: UTF8.self)
        return (before.trimmingWhitespace(), String(comment.trimming(.trailing)))
    }

    /// Every curly quote as a straight double quote: `[“a”, ‘b’]` → `["a", "b"]`.
    static func straightened(_ text: String) -> String {
        String(text.map { curlyQuotes.contains($0) ? "\"" : $0 })
    }

    /// `- “Sigtuna”`: a block list item that opens with a curly quote; where its value starts and ends.
    static func curlyListItem(_ line: [Character]) -> (Int, Int)? {
        var index = 0
        while index < line.count, line[index] == " " { index += 1 }
        guard index + 2 < line.count, line[index] == "-", line[index + 1] == " " else { return nil }
        index += 2
        while index < line.count, line[index] == " " { index += 1 }
        guard index < line.count, curlyQuotes.contains(line[index]) else { return nil }
        var end = line.count
        while end > index, line[end - 1] == " " { end -= 1 }
        return (index, end)
    }

    /// The key a block list item belongs to: the nearest line above that is less indented and ends in
    /// `key:`.
    static func parentKey(of offset: Int, in lines: [Substring]) -> String? {
        let indent = lines[offset].prefix { $0 == " " }.count
        for line in lines[..<offset].reversed() {
            let lead = line.prefix { $0 == " " }.count
            let text = line.trimmingWhitespace()
            guard lead < indent || (lead == indent && !text.hasPrefix("-")), !text.isEmpty, !text.hasPrefix("#") else { continue }
            guard text.hasSuffix(":") else { return nil }
            let key = text.dropLast().drop { $0 == "-" || $0 == " " }
            return key.isEmpty ? nil : String(key)
        }
        return nil
    }

    /// `key: value` or `- key: value` on a line: the key and the index its value starts at.
    static func keyAndValue(_ line: [Character]) -> (String, Int)? {
        var index = 0
        while index < line.count, line[index] == " " || line[index] == "-" { index += 1 }
        let keyStart = index
        while index < line.count, line[index].isLetter || line[index].isNumber || line[index] == "-" { index += 1 }
        guard index > keyStart, index + 1 < line.count, line[index] == ":", line[index + 1] == " " else { return nil }
        let key = String(line[keyStart..<index])
        index += 1
        while index < line.count, line[index] == " " { index += 1 }
        return index < line.count ? (key, index) : nil
    }
}
