/// An ellipsis or a run of underscores left where a value belongs: `roll: "…"`, "Kontaktperson: …",
/// "redovisas för ... i februari", "Mottagare: […]", "Ansvarig: ____". Not one in a quotation
/// (”vid alla åtgärder som rör barn … ska”, where it marks words left out), not a trailing one after a
/// word ("BUP, BUMM …", which is "and so on"), not a dot leader ("Bakgrund.....") and not Markdown's own
/// use of underscores (a thematic break `___`, `___fet kursiv___`).
enum EllipsisPlaceholder {
    /// Where each placeholder starts, in the order of the text. `bodyStart`: the first line of the body;
    /// the lines before it are front matter, where any ellipsis in a value is one.
    static func locations(in source: SourceFile, bodyStart: Int) -> [SourceLocation] {
        // Most agreements have none of these at all: the text is not read scalar by scalar then.
        guard [Array("…".utf8), Array("...".utf8), Array("___".utf8), Array(#"\_\_\_"#.utf8)]
            .contains(where: { !SourceFile.offsets(of: $0, in: source.bytes).isEmpty }) else { return [] }
        var found: [SourceLocation] = []
        var paragraph: [(scalar: Unicode.Scalar, line: Int, column: Int)] = []
        var inFence = false
        var signing = false
        func flush() {
            found += placeholders(in: paragraph, frontMatter: false, signing: signing)
            paragraph = []
        }
        for (index, text) in source.lines.enumerated() {
            let line = index + 1
            let scalars = Array(text.unicodeScalars)
            if line < bodyStart {
                // A front-matter line: its value, without a comment, is a paragraph of its own.
                var value: [(scalar: Unicode.Scalar, line: Int, column: Int)] = []
                for (column, scalar) in scalars.enumerated() {
                    if scalar == "#", column == 0 || scalars[column - 1] == " " { break }
                    value.append((scalar, line, column + 1))
                }
                found += placeholders(in: value, frontMatter: true)
                continue
            }
            let trimmed = String(text.blanksTrimmed())
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flush()
                inFence.toggle()
                continue
            }
            if inFence { continue }
            if trimmed.hasPrefix("#") {
                flush()
                // Under a heading for signing ("Underskrifter"), lines of underscores are lines to sign on:
                // the section is BUS013's finding, as a whole.
                signing = Words.folded(trimmed).contains { $0.hasPrefix("underskrift") }
                continue
            }
            if trimmed.isEmpty || isThematicBreak(trimmed) {
                flush()
                continue
            }
            // A list item starts a paragraph of its own, so its marker is what stands before its text.
            if trimmed.range(of: #"^([-*+]|\d+[.)])\s"#, options: .regularExpression) != nil { flush() }
            if !paragraph.isEmpty { paragraph.append((" ", line, 0)) }
            paragraph += scalars.enumerated().map { ($0.element, line, $0.offset + 1) }
        }
        flush()
        return found
    }

    static func isThematicBreak(_ trimmed: String) -> Bool {
        let marks = trimmed.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// The placeholders of one paragraph (or front-matter value).
    private static func placeholders(in text: [(scalar: Unicode.Scalar, line: Int, column: Int)], frontMatter: Bool, signing: Bool = false) -> [SourceLocation] {
        let scalars = text.map(\.scalar)
        var found: [SourceLocation] = []
        // YAML's own quotes are not a quotation in the front matter.
        let quotes: Set<Unicode.Scalar> = frontMatter ? ["”", "“", "«", "»"] : ["”", "“", "«", "»", "\""]
        var quoteMarks = 0, inCode = false
        var index = 0
        func isWordScalar(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        }
        func neighbour(_ from: Int, step: Int) -> Unicode.Scalar? {
            var position = from
            while position >= 0, position < scalars.count {
                if scalars[position] != " ", scalars[position] != "\t" { return scalars[position] }
                position += step
            }
            return nil
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "`" { inCode.toggle() }
            if quotes.contains(scalar) { quoteMarks += 1 }
            if inCode || quoteMarks % 2 == 1 {
                index += 1
                continue
            }
            // An ellipsis: "…", "……", "..." or "...." (five or more dots are a leader).
            var length = 0
            if scalar == "…" || scalar == "." {
                while index + length < scalars.count, scalars[index + length] == scalar { length += 1 }
                if scalar == "…" ? length > 2 : (length < 3 || length > 4) {
                    index += length
                    continue
                }
            }
            // Underscores: three or more (`\_` as Markdown escapes them), not against a word.
            var underscores = 0, position = index
            while position < scalars.count {
                if scalars[position] == "_" { underscores += 1; position += 1 }
                else if scalars[position] == "\\", position + 1 < scalars.count, scalars[position + 1] == "_" { underscores += 1; position += 2 }
                else { break }
            }
            if underscores >= 3, !signing, !isWordScalar(index > 0 ? scalars[index - 1] : nil), !isWordScalar(position < scalars.count ? scalars[position] : nil) {
                found.append(SourceLocation(line: text[index].line, column: text[index].column))
                index = position
                continue
            }
            if underscores > 0 { index = max(position, index + 1); continue }
            guard length > 0 else {
                index += 1
                continue
            }
            let end = index + length
            let before = index > 0 ? scalars[index - 1] : nil, after = end < scalars.count ? scalars[end] : nil
            let previous = neighbour(index - 1, step: -1), next = neighbour(end, step: 1)
            let bracketed = (previous == "[" && next == "]") || (previous == "(" && next == ")")
            let alone = previous == nil || previous == ":" || previous == "|" || previous == "[" || previous == "("
                || (previous == "-" || previous == "*" || previous == "+") && !isWordScalar(before)
            // Between two words of a sentence: "redovisas för ... i februari".
            let gap = before == " " && after == " " && isWordScalar(previous) && next.map { $0.properties.isLowercase } == true
            if frontMatter || bracketed || alone || gap {
                // A bracketed one is marked at its bracket: "[…]" is the placeholder.
                let at = bracketed ? (scalars[..<index].lastIndex { $0 == "[" || $0 == "(" } ?? index) : index
                found.append(SourceLocation(line: text[at].line, column: text[at].column))
            }
            index = end
        }
        return found
    }
}
