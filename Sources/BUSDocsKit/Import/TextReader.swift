import Foundation

/// Plain text, Markdown and PDF (through `pdftotext` from poppler-utils) as blocks. Text from a PDF comes
/// in lines: page numbers and the lines repeated at the top or foot of most pages (running headers and
/// footers) are dropped, words hyphenated at a line's end are joined, and lines are re-flowed into
/// paragraphs, list items and headings.
enum TextReader {
    static func plain(_ text: String, markdown: Bool) -> ImportedDocument {
        var document = ImportedDocument()
        var lines = lines(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        // Word's "Spara som → Oformaterad text" writes each paragraph on one line, with no blank line
        // between: lines that long were never wrapped, so each is a paragraph of its own.
        let content = lines.map { $0.trimmingWhitespace() }
        if !markdown, content.count >= 3, !content.dropLast().contains(where: \.isEmpty), content.contains(where: { $0.count > 100 }) {
            lines = lines.flatMap { [$0, ""] }
        }
        document.blocks = blocks(lines: lines, markdown: markdown, hashHeadings: true, document: &document)
        return document
    }

    /// A PDF read with its layout (`PDFLayout`): headings by the size they are set in, tables and
    /// signature columns by blocks side by side; page numbers and running lines dropped as from text.
    static func pdf(path: String) throws -> ImportedDocument {
        let xhtml = try pdfText(path: path, arguments: ["-bbox-layout"])
        let layout: PDFLayout
        do { layout = try PDFLayout(xhtml: Array(xhtml.utf8)) } catch let failure as XMLReader.Failure {
            throw ImportProblem(sv: "PDF-filen går inte att läsa (\(failure.message))", en: "the PDF cannot be read (\(failure.message))")
        }
        guard layout.hasText else { throw noText }
        let levels = layout.headingLevels()
        var document = ImportedDocument()
        document.generator = layout.metadata["Creator"].map(Whitespace.collapsed)
        var pages = layout.items()
        while pages.last?.allSatisfy({ $0.text.trimmingWhitespace().isEmpty }) == true, pages.count > 1 { pages.removeLast() }
        pages = dropRunningLines(pages, text: \.text, document: &document)
        var lines: [String] = [], headings: [Int: Int] = [:], rows: [Int: [String]] = [:]
        // A page ends a paragraph unless the next page goes on with it: a line starting with a small letter
        // continues the sentence the page broke off.
        func isBlank(_ item: PDFLayout.Item) -> Bool { if case .blank = item { return true } else { return false } }
        var items: [PDFLayout.Item] = []
        for (index, page) in pages.enumerated() {
            var page = page[...]
            if let last = items.last, case .line = last, case .line(let text, _)? = page.first(where: { !isBlank($0) }),
               text.trimmingWhitespace().first?.isLowercase == true {
                page = page.drop(while: isBlank)
            } else if let rest = continuedTable(page, after: &items, document: &document) {
                page = rest
            } else if index > 0 {
                items.append(.blank)
            }
            items += page
            while let last = items.last, isBlank(last) { items.removeLast() }
        }
        items.append(.blank)
        for item in items {
            switch item {
            case .line(let text, let height):
                if let level = levels[PDFLayout.rounded(height)] { headings[lines.count] = level }
                lines.append(text)
            case .blank: lines.append("")
            case .row(let cells):
                rows[lines.count] = cells
                lines.append(item.text)
            }
        }
        // bus-docs' own PDF sets every heading larger than its text: a numbered line in the text's size
        // is a list's item ("1. Avvikelseblankett"), not a numbered heading.
        let own = document.generator == OwnDocument.generator
        document.blocks = blocks(lines: lines, markdown: false, headings: headings, rows: rows, sizedHeadingsOnly: own, document: &document)
        return document
    }

    /// A table the page before ended with and this page goes on with (rows of as many cells): its rows
    /// run on as one table, without the header row repeated at the page's top, and a first row whose first
    /// cell is empty is the rest of the row the page broke, joined to it cell by cell. The page's items
    /// after what was taken, or nil when the page does not go on with a table.
    static func continuedTable(_ page: ArraySlice<PDFLayout.Item>, after items: inout [PDFLayout.Item],
                               document: inout ImportedDocument) -> ArraySlice<PDFLayout.Item>? {
        func cells(_ item: PDFLayout.Item?) -> [String]? { if case .row(let cells)? = item { return cells } else { return nil } }
        func same(_ a: [String], _ b: [String]) -> Bool { a.map(Whitespace.collapsed) == b.map(Whitespace.collapsed) }
        var rest = page.drop { if case .blank = $0 { return true } else { return false } }
        guard let previous = cells(items.last), var row = cells(rest.first), row.count == previous.count else { return nil }
        var first = items.count - 1
        while first > 0, cells(items[first - 1])?.count == previous.count { first -= 1 }
        if let header = cells(items[first]), same(row, header) {
            rest = rest.dropFirst()
            guard let next = cells(rest.first), next.count == previous.count else { return rest }
            row = next
        }
        if row.first.map(Whitespace.collapsed)?.isEmpty == true {
            let joined = zip(previous, row).map { before, after in
                after.trimmingWhitespace().isEmpty ? before : before.isEmpty ? after : TextReader.joined(before, after, document: &document)
            }
            items[items.count - 1] = .row(joined)
            rest = rest.dropFirst()
        }
        return rest
    }

    static func lines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static let noText = ImportProblem(sv: "PDF-filen har ingen text (en inskannad bild?); kör textigenkänning (OCR) först eller importera originalet",
                                      en: "the PDF has no text (a scanned image?); run OCR first or import the original document")

    /// `pdftotext -enc UTF-8 [ARGUMENTS] FILE -`; a PDF without text (a scan) is a problem, as is a missing poppler-utils.
    static func pdfText(path: String, arguments: [String] = []) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-enc", "UTF-8", "-eol", "unix"] + arguments + [path, "-"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw ImportProblem(sv: "pdftotext saknas; installera poppler-utils (`make` gör det)", en: "pdftotext is missing; install poppler-utils (`make` does)")
        }
        let read = PipeIO.readToEnd(output.fileHandleForReading, errors.fileHandleForReading)
        let data = read[0], message = String(decoding: read[1], as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 127 {
            throw ImportProblem(sv: "pdftotext saknas; installera poppler-utils (`make` gör det)", en: "pdftotext is missing; install poppler-utils (`make` does)")
        }
        guard process.terminationStatus == 0 else {
            let reason = message.split(separator: "\n").first.map(String.init) ?? "exit \(process.terminationStatus)"
            if reason.contains("Incorrect password") {
                throw ImportProblem(sv: "PDF-filen är skyddad med lösenord; spara en kopia utan lösenord", en: "the PDF is password-protected; save a copy without a password")
            }
            throw ImportProblem(sv: "PDF-filen går inte att läsa (\(reason))", en: "the PDF cannot be read (\(reason))")
        }
        let text = String(decoding: data, as: UTF8.self)
        guard text.contains(where: { $0.isLetter }) else { throw noText }
        return text
    }

    /// Page numbers ("3", "Sida 3 av 10", "- 3 -") and lines repeated at the top or foot of at least half
    /// the pages (three pages or more) are dropped.
    static func dropRunningLines<Line>(_ pages: [[Line]], text: (Line) -> String, document: inout ImportedDocument) -> [[Line]] {
        // The first two and the last two lines with text: only those are a running line, by their place
        // (the title under a running header that repeats it stays).
        func edges(_ page: [Line]) -> [Int] {
            let content = page.indices.filter { !Whitespace.collapsed(text(page[$0])).isEmpty }
            return Array(Set(content.prefix(2) + content.suffix(2))).sorted()
        }
        var counts: [String: Int] = [:]
        for page in pages { for line in Set(edges(page).map { numberless(text(page[$0])) }) { counts[line, default: 0] += 1 } }
        let repeated = pages.count >= 3 ? Set(counts.filter { $0.value * 2 >= pages.count && !$0.key.isEmpty }.keys) : []
        var dropped = 0
        let result = pages.map { page -> [Line] in
            let edge = Set(edges(page))
            return page.indices.compactMap { index -> Line? in
                let line = page[index]
                guard edge.contains(index) else { return line }
                let collapsed = Whitespace.collapsed(text(line))
                if isPageNumber(collapsed) || repeated.contains(numberless(collapsed)) {
                    dropped += 1
                    return nil
                }
                return line
            }
        }
        document.note(.pageNumbersDropped, dropped)
        return result
    }

    /// A line with its digits taken out: "Sida 3 av 10" and "Sida 4 av 10" are the same running line.
    static func numberless(_ line: String) -> String {
        Whitespace.collapsed(line).filter { !$0.isNumber }
    }

    static func isPageNumber(_ text: String) -> Bool {
        let words = Words.folded(text)
        guard !words.isEmpty, words.count <= 4 else { return false }
        return words.allSatisfy { Int($0) != nil || ["sida", "sidan", "page", "av", "of"].contains($0) } && words.contains { Int($0) != nil }
    }

    static let bullets: Set<Character> = Set("•●◦▪■–—-*+\u{F0B7}\u{F0A7}o")

    /// Lines into blocks: blank lines end paragraphs; a bullet or "1." starts a list item; a short line
    /// alone (or a Markdown `#` line) is a heading when it looks like one.
    /// `hashHeadings`: a `#` line is a heading in plain text too (a .txt saved from an editor or a mail
    /// often has them); not in text from a PDF.
    /// `headings`: lines known to be headings (by the size a PDF sets them in), with their level; the lines
    /// of one heading that follow each other are one. `rows`: lines that are a table's row, with its cells.
    /// `sizedHeadingsOnly`: `headings` are all the headings there are.
    static func blocks(lines: [String], markdown: Bool, hashHeadings: Bool = false, headings: [Int: Int] = [:], rows: [Int: [String]] = [:],
                       sizedHeadingsOnly: Bool = false, document: inout ImportedDocument) -> [ImportedDocument.Block] {
        var raw: [RawParagraph] = []
        var current: RawParagraph?
        var currentLines = 0
        func flush() {
            if let paragraph = current { raw.append(paragraph) }
            current = nil
            currentLines = 0
        }
        var inFence = false
        // A line much shorter than the text's usual width ends its paragraph when the next line starts
        // with a capital (text from a PDF has no blank line after a heading or a paragraph).
        let widths = lines.map { $0.trimmingWhitespace().count }.filter { $0 > 0 }.sorted()
        let typical = widths.isEmpty ? 80 : widths[min(widths.count - 1, widths.count * 9 / 10)]
        var previousWidth = 0
        var previousHeading: Int?
        let listed = markdown ? [:] : numberedRuns(lines, headings: headings)
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingWhitespace()
            defer { previousWidth = trimmed.count; previousHeading = headings[index] }
            if let cells = rows[index] {
                flush()
                if previousHeading == nil, index > 0, rows[index - 1] != nil, var table = raw.popLast() {
                    table.rows?.append(cells)
                    raw.append(table)
                } else {
                    raw.append(RawParagraph(text: cells.joined(separator: " "), rows: [cells]))
                }
                continue
            }
            if let level = headings[index], !trimmed.isEmpty {
                flush()
                if previousHeading == level, var heading = raw.popLast() {
                    heading.text = joined(heading.text, trimmed, document: &document)
                    raw.append(heading)
                } else {
                    raw.append(RawParagraph(text: trimmed, headingLevel: level))
                }
                continue
            }
            if !markdown, let first = trimmed.first, first.isUppercase || first.isNumber, let text = current?.text,
               previousWidth * 10 < typical * 7, endsParagraph(text, typical: typical) {
                flush()
            }
            if let text = listed[index] {
                flush()
                let indent = line.prefix { $0 == " " || $0 == "\t" }.count
                current = RawParagraph(text: text, list: (true, min(indent / 2, 5)))
                currentLines = 1
                continue
            }
            if !markdown, !sizedHeadingsOnly, BlockClassifier.numberedHeading(trimmed) != nil {
                flush()
                raw.append(RawParagraph(text: trimmed))
                continue
            }
            if markdown, trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); flush(); continue }
            if trimmed.isEmpty || (markdown && inFence && trimmed.isEmpty) { flush(); continue }
            if markdown || hashHeadings, trimmed.hasPrefix("#") {
                let level = trimmed.prefix { $0 == "#" }.count
                if level <= 6, trimmed.dropFirst(level).first == " " {
                    flush()
                    var title = String(trimmed.dropFirst(level)).trimmingWhitespace()
                    if let brace = title.range(of: " {#"), title.hasSuffix("}") { title = String(title[..<brace.lowerBound]) }
                    raw.append(RawParagraph(text: title, headingLevel: level))
                    continue
                }
            }
            if let (ordered, text) = listItem(trimmed, markdown: markdown)
                ?? (markdown ? nil : numberedItem(trimmed, after: current, anyText: sizedHeadingsOnly)) {
                flush()
                let indent = line.prefix { $0 == " " || $0 == "\t" }.count
                current = RawParagraph(text: text, list: (ordered, min(indent / 2, 5)))
                currentLines = 1
                continue
            }
            if var paragraph = current {
                paragraph.text = joined(paragraph.text, trimmed, document: &document)
                current = paragraph
                currentLines += 1
            } else {
                current = RawParagraph(text: trimmed)
                currentLines = 1
            }
        }
        flush()
        if markdown { for index in raw.indices { raw[index].text = unescaped(raw[index].text) } }
        return BlockClassifier.blocks(raw, plainText: !markdown && headings.isEmpty)
    }

    /// Whether a paragraph whose last line is short ends there: after a sentence, or when it is one line
    /// or two (a heading) that does not stop at a word that needs the next ("stöd i" / "Sigtuna").
    static func endsParagraph(_ text: String, typical: Int) -> Bool {
        guard let last = text.last else { return false }
        if ".!?:".contains(last) { return true }
        guard text.count * 2 <= typical * 3, !text.contains(". "), last.isLetter || last.isNumber || last == ")" else { return false }
        let word = text.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return !["i", "och", "för", "av", "till", "med", "om", "på", "som", "att", "en", "ett", "den", "det", "samt", "eller", "från", "inom", "vid", "mellan",
                 "kring", "under", "över", "hos", "mot", "efter", "genom", "enligt", "utan"].contains(word)
    }

    /// A line re-flowed onto the paragraph: "samver-" + "kan" is "samverkan"; "barn-" + "och" keeps its
    /// hyphen ("barn- och ungdomspsykiatri"), as does a hyphen after a capital or digit ("BUS-" + "gruppen" is "BUS-gruppen")
    /// and one before a capital ("Spånga-" + "Tensta" is "Spånga-Tensta").
    static func joined(_ paragraph: String, _ line: String, document: inout ImportedDocument) -> String {
        // "utbildningsförvaltninge" + "n": a narrow column broke a word without a hyphen; one letter alone
        // is no word (but "i", "å", "ö" are).
        // So is a letter before a comma or a point ("utbildningsförvaltninge" + "n, förskola och skola").
        if let letter = line.first, letter.isLowercase, !"iåöo".contains(letter), paragraph.last?.isLetter == true,
           line.count == 1 || line.dropFirst().first.map({ ",.;:".contains($0) }) == true {
            return paragraph + line
        }
        // "Spånga-" + "Tensta": a hyphen before a capital joins the halves of a name, hyphen kept; so does
        // a slash ("och/" + "eller").
        if paragraph.hasSuffix("-"), paragraph.dropLast().last?.isLetter == true, line.first?.isUppercase == true {
            return paragraph + line
        }
        if paragraph.hasSuffix("/"), paragraph.dropLast().last?.isLetter == true, line.first?.isLetter == true {
            return paragraph + line
        }
        guard paragraph.hasSuffix("-"), !paragraph.hasSuffix(" -"), let next = line.first, next.isLowercase else {
            return paragraph + " " + line
        }
        let before = paragraph.dropLast().last
        let nextWord = line.prefix { $0.isLetter }.lowercased()
        if ["och", "eller", "samt", "till"].contains(nextWord) { return paragraph + " " + line }
        if before?.isUppercase == true || before?.isNumber == true { return paragraph + line }
        document.note(.hyphenationJoined)
        return String(paragraph.dropLast()) + line
    }

    /// The lines that are items of a numbered list, with their text: "1. närmaste arbetsledare", "2. BUS
    /// individforum Nacka", "3. …" one under the other, each within three lines of the one numbered before
    /// or after it, with no blank line or heading between (a PDF's list, as LibreOffice prints one), and a
    /// numbered line whose sentence goes on on the next line. A numbered heading ("2. Syfte") has its
    /// section's text, set apart, before the next, and ends on its own line.
    static func numberedRuns(_ lines: [String], headings: [Int: Int]) -> [Int: String] {
        func number(_ line: String) -> (Int, String)? {
            let trimmed = line.trimmingWhitespace()
            let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 2, let value = Int(digits), trimmed.dropFirst(digits.count).hasPrefix(". ") else { return nil }
            let text = String(trimmed.dropFirst(digits.count + 2)).trimmingWhitespace()
            guard let first = text.first, first.isLetter else { return nil }
            return (value, text)
        }
        var found: [Int: String] = [:]
        var previous: (index: Int, number: Int)?
        for (index, line) in lines.enumerated() {
            if line.trimmingWhitespace().isEmpty || headings[index] != nil { previous = nil; continue }
            guard let (value, text) = number(line) else {
                if let last = previous, index - last.index >= 3 { previous = nil }
                continue
            }
            if let last = previous, last.number + 1 == value {
                found[last.index] = number(lines[last.index])?.1
                found[index] = text
            }
            // "3. Frågor av principiell karaktär skickas till" over "samrådsgruppen …": a sentence the line
            // broke, no heading.
            if text.first?.isUppercase == true, index + 1 < lines.count, headings[index + 1] == nil,
               lines[index + 1].trimmingWhitespace().first?.isLowercase == true {
                found[index] = text
            }
            previous = (index, value)
        }
        return found
    }

    /// "1. Avvikelsen hanteras …" in text without markup (a PDF's numbered list): an ordered item when
    /// a sentence follows the number and the line before ended its sentence (or was an item): "den" +
    /// "1. januari" runs on. A number with a title is a heading (`BlockClassifier.numberedHeading`).
    /// `anyText`: every numbered line is an item, a short one too (no numbered headings in the text).
    static func numberedItem(_ line: String, after current: RawParagraph?, anyText: Bool) -> (Bool, String)? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2, line.dropFirst(digits.count).hasPrefix(". ") else { return nil }
        let text = String(line.dropFirst(digits.count + 2)).trimmingWhitespace()
        guard text.first?.isUppercase == true, anyText || text.split(separator: " ").count >= 3 else { return nil }
        if let current, current.list == nil, let last = current.text.last, !".:;!?".contains(last) { return nil }
        return (true, text)
    }

    static func listItem(_ line: String, markdown: Bool) -> (Bool, String)? {
        if let first = line.first, bullets.contains(first), line.dropFirst().first == " " {
            if first == "o" && !markdown { return (false, String(line.dropFirst(2))) }
            if first != "o" { return (false, String(line.dropFirst(2)).trimmingWhitespace()) }
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 2 {
            let rest = line.dropFirst(digits.count)
            if rest.hasPrefix(") ") || (markdown && rest.hasPrefix(". ")) { return (true, String(rest.dropFirst(2))) }
        }
        if line.count > 3, let first = line.first, "abcdefgh".contains(first), line.dropFirst().hasPrefix(") ") {
            return (true, String(line.dropFirst(3)))
        }
        return nil
    }

    /// Markdown's backslash escapes and emphasis markers taken out of text that is read again.
    static func unescaped(_ text: String) -> String {
        var out = ""
        var escape = false
        for character in text {
            if escape { out.append(character); escape = false; continue }
            if character == "\\" { escape = true; continue }
            if character == "*" || character == "_" && (out.last?.isLetter != true) { continue }
            out.append(character)
        }
        return out
    }
}
