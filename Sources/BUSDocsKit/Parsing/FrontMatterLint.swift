/// What YAML reads differently from what a person meant, on lines that parse without error: a value cut
/// at ` #` (the rest is a comment) and Word's curly quotes (“Sigtuna”), which YAML keeps as text. Both are
/// BUS019 warnings with the fix.
enum FrontMatterLint {
    /// Curly quotes Word puts in for straight ones.
    static let curlyQuotes: Set<Character> = ["“", "”", "„", "‘", "’", "«", "»"]

    static func check(yaml: String, firstLine: Int = 2) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (offset, raw) in yaml.linesByUTF8().enumerated() {
            // Most lines hold neither a curly quote nor ` #`: decided on bytes, before reading characters.
            guard mayNeedLook(raw.utf8) else { continue }
            let line = Array(raw.hasSuffix("\r") ? raw.dropLast() : raw)
            let number = firstLine + offset
            if let (key, start, end) = curlyInFlow(line) {
                let value = String(line[start..<end]).trimmingCharacters(in: .whitespaces)
                let inner = value.filter { !curlyQuotes.contains($0) }
                findings.append(StructureRule.curlyQuotes(key: key, value: value, fixed: "\(key): \"\(inner)\"",
                                                          at: SourceLocation(line: number, column: start + 1)))
                continue
            }
            guard let (key, valueStart) = keyAndValue(line) else { continue }
            let value = Array(line[valueStart...])
            guard let first = value.first else { continue }
            if curlyQuotes.contains(first) {
                let plain = String(value).trimmingCharacters(in: .whitespaces)
                let inner = plain.filter { !curlyQuotes.contains($0) }
                findings.append(StructureRule.curlyQuotes(key: key, value: plain, fixed: "\(key): \"\(inner)\"",
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
                let kept = before.trimmingCharacters(in: .whitespaces)
                let whole = String(value).trimmingCharacters(in: .whitespaces)
                findings.append(StructureRule.cutAtHash(key: key, kept: kept, whole: whole,
                                                        at: SourceLocation(line: number, column: valueStart + before.count + 1)))
            }
        }
        return findings
    }

    /// Whether a line has ` #` or the lead bytes of a curly quote (U+2018…U+201E, « and »).
    static func mayNeedLook(_ bytes: Substring.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if (byte == 0x23 && previous == 0x20) || (byte == 0x80 && previous == 0xE2) || ((byte == 0xAB || byte == 0xBB) && previous == 0xC2) {
                return true
            }
            previous = byte
        }
        return false
    }

    /// `{ key: “value”, … }`: the first key inside a flow mapping whose value opens with a curly quote, and
    /// where that value starts and ends (at `,` or `}`).
    static func curlyInFlow(_ line: [Character]) -> (String, Int, Int)? {
        guard line.contains("{") else { return nil }
        var index = 0
        while index + 2 < line.count {
            if line[index] == ":", line[index + 1] == " ", curlyQuotes.contains(line[index + 2]) {
                var keyStart = index
                while keyStart > 0, line[keyStart - 1].isLetter || line[keyStart - 1].isNumber || line[keyStart - 1] == "-" { keyStart -= 1 }
                let key = String(line[keyStart..<index])
                let start = index + 2
                var end = start
                while end < line.count, line[end] != ",", line[end] != "}" { end += 1 }
                if !key.isEmpty, (line[..<keyStart].contains("{")) { return (key, start, end) }
            }
            index += 1
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
