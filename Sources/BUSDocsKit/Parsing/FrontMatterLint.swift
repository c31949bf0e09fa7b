/// What YAML reads differently from what a person meant, on lines that parse without error: a value cut
/// at ` #` (the rest is a comment) and Word's curly quotes (“Sigtuna”), which YAML keeps as text. Both are
/// BUS019 warnings with the fix.
enum FrontMatterLint {
    /// Curly quotes Word puts in for straight ones.
    static let curlyQuotes: Set<Character> = ["“", "”", "„", "‘", "’", "«", "»"]

    static func check(yaml: String, firstLine: Int = 2) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (offset, raw) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Array(raw.hasSuffix("\r") ? raw.dropLast() : raw)
            let number = firstLine + offset
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
            var index = 1
            while index < value.count {
                if value[index] == "#", value[index - 1] == " " {
                    let next = index + 1 < value.count ? value[index + 1] : " "
                    if next != " " && next != "#" {
                        let kept = String(value[..<index]).trimmingCharacters(in: .whitespaces)
                        let whole = String(value).trimmingCharacters(in: .whitespaces)
                        findings.append(StructureRule.cutAtHash(key: key, kept: kept, whole: whole,
                                                                at: SourceLocation(line: number, column: valueStart + index + 1)))
                    }
                    break
                }
                index += 1
            }
        }
        return findings
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
