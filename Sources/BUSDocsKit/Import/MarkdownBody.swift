/// The imported blocks as the agreement's CommonMark body. The document's first heading is its `#` title
/// and the other headings are `##` and below, so the sections the rules look for are `##`. CommonMark
/// has no tables, so a table becomes a list with an item per row (`- **Kolumn:** värde; **Kolumn:** värde`
/// when it has a header row, else the cells with ` | ` between); footnotes are numbered `[1]` in the
/// text and listed under a last heading *Fotnoter*. Text is escaped so it reads as written, never as
/// markup.
enum MarkdownBody {
    /// `exactLevels`: the blocks' heading levels are already the body's (`#` is 1), kept as they are.
    static func render(_ document: ImportedDocument, exactLevels: Bool = false) -> String {
        var out: [String] = []
        let levels = document.blocks.compactMap { block -> Int? in
            if case .heading(let level, _) = block { return level }
            return nil
        }
        // The document's title (its title style, or a short bold first line) is `#` whatever the sections'
        // levels; without one, the top level once is the title. Then the shallowest remaining level is `##`.
        let hasTitle = document.blocks.contains { if case .title = $0 { return true } else { return false } }
        let titleLevel = levels.first
        let titled = !hasTitle && (titleLevel.map { top in levels.filter { $0 == top }.count == 1 } ?? false)
        let sectionLevel = levels.dropFirst(titled ? 1 : 0).min() ?? 2
        var first = true
        var titleWritten = false
        var previousDepth = 1
        var previousList = false
        /// The first numbered heading's count of numbers and depth.
        var numbered: (parts: Int, depth: Int)?
        for block in document.blocks {
            let isList: Bool
            switch block {
            case .title(let text):
                // A second title-styled line (a subtitle written so) is a section of its own.
                let depth = titleWritten ? 2 : 1
                titleWritten = true
                previousDepth = depth
                out.append("")
                out.append(String(repeating: "#", count: depth) + " " + escaped(text, lineStart: false))
                isList = false
                first = false
            case .heading(let level, let text):
                // Never a level skipped: "3. Organisation" then "3.1" is `##` then `###`.
                var depth = exactLevels ? min(max(level, 1), 6) : (first && titled) ? 1 : min(previousDepth + 1, 6, max(2, level - sectionLevel + 2))
                // A numbered heading is as deep as its number says, next to the first numbered one: "3.1"
                // under "3." even where both are set alike (a PDF prints both in one size).
                if exactLevels ? depth > 1 : !(first && titled), let parts = BlockClassifier.numberedHeading(text).map({ $0.0 - 1 }) {
                    if let base = numbered {
                        depth = min(previousDepth + 1, 6, max(2, base.depth + parts - base.parts))
                    } else {
                        numbered = (parts, depth)
                    }
                }
                previousDepth = depth
                out.append("")
                out.append(String(repeating: "#", count: depth) + " " + escaped(text, lineStart: false))
                isList = false
                first = false
            case .paragraph(let text):
                out.append("")
                out.append(escaped(text, lineStart: true))
                isList = false
            case .listItem(let ordered, let level, let text):
                if !previousList { out.append("") }
                let indent = String(repeating: "   ", count: min(level, 4))
                out.append(indent + (ordered ? "1. " : "- ") + escaped(text, lineStart: false))
                isList = true
            case .table(let rows, var header):
                out.append("")
                // A header that labels a column with no values would be lost: then the rows stand as they are.
                // Labels are short: a first row of sentences is no header.
                if header, rows[0].contains(where: { $0.split(separator: " ").count > 3 }) { header = false }
                if header, rows.count > 1, rows[0].indices.contains(where: { column in
                    !rows[0][column].isEmpty && rows.dropFirst().allSatisfy { !$0.indices.contains(column) || $0[column].isEmpty }
                }) {
                    header = false
                }
                let body = header && rows.count > 1 ? Array(rows.dropFirst()) : rows
                for row in body {
                    let cells: [String]
                    if header && rows.count > 1 {
                        cells = zip(rows[0] + Array(repeating: "", count: max(0, row.count - rows[0].count)), row)
                            .filter { !$0.1.isEmpty }
                            .map { $0.0.isEmpty ? escaped($0.1, lineStart: false) : "**\(escaped($0.0, lineStart: false)):** \(escaped($0.1, lineStart: false))" }
                        out.append("- " + cells.joined(separator: "; "))
                    } else {
                        cells = row.filter { !$0.isEmpty }.map { escaped($0, lineStart: false) }
                        out.append("- " + cells.joined(separator: " | "))
                    }
                }
                isList = true
            }
            previousList = isList
            _ = first
        }
        if !document.footnotes.isEmpty {
            out.append("")
            out.append("## Fotnoter")
            out.append("")
            for (index, note) in document.footnotes.enumerated() {
                out.append("\(index + 1). " + escaped(note, lineStart: false))
            }
        }
        while out.first == "" { out.removeFirst() }
        return out.joined(separator: "\n") + "\n"
    }

    /// Markdown's markup characters escaped; a line that would start a heading, list or quote gets a
    /// backslash. `<` is escaped so text is never read as (dropped) HTML.
    static func escaped(_ text: String, lineStart: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            // A note's marker "[2]" stays as it is: without a link after it, it is text to CommonMark.
            if characters[index] == "[", let close = characters[index...].prefix(5).firstIndex(of: "]"), close > index + 1,
               characters[(index + 1)..<close].allSatisfy({ $0.isASCII && $0.isNumber }),
               close + 1 == characters.count || !"(:[".contains(characters[close + 1]) {
                out += String(characters[index...close])
                index = close + 1
                continue
            }
            if "\\`*_[]<>|".contains(characters[index]) { out.append("\\") }
            out.append(characters[index])
            index += 1
        }
        guard lineStart, let first = out.first else { return out }
        if "#-+=".contains(first) || (first == ">") { return "\\" + out }
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = out.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") || rest == "." || rest == ")" {
                return digits + "\\" + rest
            }
        }
        return out
    }
}
