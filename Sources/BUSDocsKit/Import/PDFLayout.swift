import Foundation

/// A PDF's text with its layout, as `pdftotext -bbox-layout` gives it: each page's text blocks with their
/// place, each line with its height (the font size it was set in). From that, what plain text loses: the
/// headings (lines set larger than the body text, the largest the title) and the tables (blocks side by
/// side at the same height: a table's cells, a signature page's columns).
struct PDFLayout {
    struct Line {
        var text: String
        var height: Double
        var top: Double
        /// Its left edge: a block pdftotext makes of a printed table holds lines of several columns.
        var x: Double = 0
    }

    struct Block {
        var lines: [Line]
        var x: Double
        var y: Double
        var height: Double
    }

    /// One thing of a page in reading order: a line of text (a block's lines, a blank between blocks), or
    /// a row of blocks side by side, each block a cell.
    enum Item {
        case line(String, height: Double)
        case blank
        case row([String])

        var text: String {
            switch self {
            case .line(let text, _): return text
            case .blank: return ""
            case .row(let cells): return cells.joined(separator: " ")
            }
        }
    }

    var pages: [[Block]]
    /// The document's information (Title, Creator, Producer …) as pdftotext puts it in the head.
    var metadata: [String: String] = [:]

    /// The pages of `pdftotext -bbox-layout` output (XHTML).
    init(xhtml: [UInt8]) throws {
        let root = try XMLReader.parse(xhtml)
        for meta in root.child("head")?.elements ?? [] where meta.name == "meta" {
            if let name = meta.attributes["name"], let content = meta.attributes["content"] { metadata[name] = content }
        }
        pages = root.descendants("page").map { page in
            page.descendants("block").compactMap { block -> Block? in
                let lines = block.descendants("line").compactMap { line -> Line? in
                    let words = line.descendants("word").map { Whitespace.collapsed($0.text) }.filter { !$0.isEmpty }
                    guard !words.isEmpty else { return nil }
                    let height = Self.number(line, "yMax") - Self.number(line, "yMin")
                    return Line(text: words.joined(separator: " "), height: height, top: Self.number(line, "yMin"), x: Self.number(line, "xMin"))
                }
                guard !lines.isEmpty else { return nil }
                let y = Self.number(block, "yMin")
                return Block(lines: lines, x: Self.number(block, "xMin"), y: y, height: Self.number(block, "yMax") - y)
            }
        }
    }

    private static func number(_ element: XMLElement, _ name: String) -> Double {
        element.attributes[name].flatMap(Double.init) ?? 0
    }

    var hasText: Bool { pages.contains { $0.contains { $0.lines.contains { $0.text.contains(where: \.isLetter) } } } }

    /// The body text's size: the line height most of the text is set in (counted in characters).
    var bodyHeight: Double {
        var characters: [Int: Int] = [:]
        for page in pages { for block in page { for line in block.lines { characters[Self.rounded(line.height), default: 0] += line.text.count } } }
        return Double(characters.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 0) / 2
    }

    /// Heights to the half point, so that one font size is one key.
    static func rounded(_ height: Double) -> Int { Int((height * 2).rounded()) }

    /// The heading level of each size set clearly larger than the body text (by 15 % or more, as Word sets
    /// its second-level headings): the largest is 1 (the title), the next 2, and so on, at most 6.
    func headingLevels() -> [Int: Int] {
        let body = bodyHeight
        guard body > 0 else { return [:] }
        let sizes = Set(pages.flatMap { $0.flatMap { $0.lines.map(\.height) } }.filter { $0 >= body * 1.15 }.map(Self.rounded))
        var levels: [Int: Int] = [:]
        for (rank, size) in sizes.sorted(by: >).enumerated() { levels[size] = min(rank + 1, 6) }
        return levels
    }

    /// Each page as items in reading order. Blocks that stand side by side (their heights overlap) make a
    /// region read as a table: its columns are where the blocks start, and a row starts where lines start
    /// level in two columns or more, each the first line of its block (a PDF that sets each cell apart),
    /// or else one in every column (a printed Word table, where a column's cells run together). A region without
    /// such rows (columns set off from each other) is read column by column.
    func items() -> [[Item]] {
        let tolerance = max(bodyHeight / 3, 1)
        return pages.map { page in
            var regions: [[Block]] = []
            var bottom = -Double.infinity
            for block in page.sorted(by: { $0.y < $1.y }) {
                if !regions.isEmpty, block.y < bottom - tolerance {
                    regions[regions.count - 1].append(block)
                    bottom = max(bottom, block.y + block.height)
                } else {
                    regions.append([block])
                    bottom = block.y + block.height
                }
            }
            return regions.flatMap { region -> [Item] in
                let columns = region.count > 1 ? Self.columns(region, tolerance: tolerance) : []
                guard columns.count > 1 else { return region.flatMap(Self.lines) }
                return Self.table(region, columns: columns, tolerance: tolerance)
            }
        }
    }

    /// A block's lines, and a blank after it.
    static func lines(_ block: Block) -> [Item] {
        block.lines.map { .line($0.text, height: $0.height) } + [.blank]
    }

    /// The left edges the lines of a region's blocks start at, left to right: a LibreOffice print of a Word
    /// table comes as blocks that hold lines of more than one column ("Nykvarns kommun" at the left edge,
    /// "Barn- och" in the next column), each line at its own column's edge.
    static func columns(_ region: [Block], tolerance: Double) -> [Double] {
        var columns: [Double] = []
        for x in region.flatMap({ $0.lines.map(\.x) }).sorted() where columns.last.map({ x - $0 > tolerance }) ?? true { columns.append(x) }
        return columns
    }

    /// A line of a table's region, in the column it starts in; `first`: the first line of its block.
    struct Placed { var text: String; var top: Double; var column: Int; var first: Bool }

    static func table(_ region: [Block], columns: [Double], tolerance: Double) -> [Item] {
        var placed: [Placed] = []
        for block in region {
            for (index, line) in block.lines.enumerated() {
                let column = columns.lastIndex { $0 <= line.x + tolerance } ?? 0
                placed.append(Placed(text: line.text, top: line.top, column: column, first: index == 0))
            }
        }
        // The tops lines start at, level ones as one.
        var tops: [[Placed]] = []
        for line in placed.sorted(by: { $0.top < $1.top }) {
            if let last = tops.last?.first, line.top - last.top <= tolerance { tops[tops.count - 1].append(line) } else { tops.append([line]) }
        }
        // Where each cell is a block of its own (first lines start rows more than once, or start every
        // block), only first lines start rows: a long cell's second line beside another's is no new row.
        let firstLines = tops.filter { level in Set(level.map(\.column)).count > 1 && level.allSatisfy(\.first) }
        let startsEveryBlock = region.allSatisfy { block in firstLines.contains { level in level.contains { $0.first && abs($0.top - block.y) <= tolerance } } }
        var starts = (firstLines.count > 1 || startsEveryBlock ? firstLines : tops.filter { level in
            let used = Set(level.map(\.column))
            return used.count > 1 && (level.allSatisfy(\.first) || used.count == columns.count)
        }).map { $0[0].top }
        if !(firstLines.count > 1 || startsEveryBlock), let bordered = borderedStarts(tops, tolerance: tolerance) { starts = bordered }
        // A table starts with a row; columns whose lines are never level from the top are set off.
        guard let first = starts.first, let top = tops.first?.first?.top, first - top <= tolerance else {
            // Columns set off from each other: each read top to bottom, left to right.
            return columns.indices.flatMap { column in
                region.filter { Self.column(of: $0, columns, tolerance) == column }.sorted { $0.y < $1.y }.flatMap(lines)
            }
        }
        var items: [Item] = []
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1] - tolerance : .infinity
            let band = placed.filter { $0.top >= start - tolerance && $0.top < end }
            let cells = columns.indices.map { column -> String in
                let texts = band.filter { $0.column == column }.sorted { $0.top < $1.top }.map(\.text)
                guard let head = texts.first else { return "" }
                var document = ImportedDocument()
                return texts.dropFirst().reduce(head) { TextReader.joined($0, $1, document: &document) }
            }
            items.append(.row(cells))
        }
        items.append(.blank)
        return items
    }

    /// The rows of a bordered table as LibreOffice prints one, where its cells run together in blocks and
    /// wrap over several lines: a cell's lines follow each other at the line pitch, and the border between
    /// two rows sets the next row's first lines further down. A row starts at a level whose lines are each
    /// set further below the line above it in its column than the pitch (or have none above): in two columns
    /// or more, or in one right under a row of one line per cell (a repeated header row, with the rest of a
    /// row that the page broke under it). Lines above the first such level go on with a row the page before
    /// broke, and are a row of their own. Nil without that sign (a table set without borders).
    static func borderedStarts(_ levels: [[Placed]], tolerance: Double) -> [Double]? {
        var above: [Int: Double] = [:]
        var gaps: [[Double?]] = []
        for level in levels {
            gaps.append(level.map { line in above[line.column].map { line.top - $0 } })
            for line in level { above[line.column] = line.top }
        }
        // The pitch: the closest two lines of one column are.
        guard let pitch = gaps.joined().compactMap({ $0 }).filter({ $0 > tolerance }).min() else { return nil }
        let margin = 0.25
        let wrapped = gaps.contains { level in level.count > 1 && level.allSatisfy { $0.map { abs($0 - pitch) < margin } ?? false } }
        // Only where the pitch tells a row's border from a wrapped line beside it.
        guard wrapped else { return nil }
        var starts: [Double] = []
        for (index, level) in levels.enumerated() where gaps[index].allSatisfy({ $0.map { $0 > pitch + margin } ?? true }) {
            let underOneLineRow = index > 0 && starts.last == levels[index - 1][0].top
            if Set(level.map(\.column)).count > 1 || underOneLineRow { starts.append(level[0].top) }
        }
        guard starts.count > 1, let first = levels.first?.first?.top else { return nil }
        if starts[0] - first > tolerance { starts.insert(first, at: 0) }
        return starts
    }

    static func column(of block: Block, _ columns: [Double], _ tolerance: Double) -> Int {
        columns.lastIndex { $0 <= block.x + tolerance } ?? 0
    }

    /// A cell's lines as one text: "enheten för barn och" + "unga" and "samver-" + "kan" re-flowed.
    static func cellText(_ block: Block) -> String {
        var document = ImportedDocument()
        return block.lines.dropFirst().reduce(block.lines[0].text) { TextReader.joined($0, $1.text, document: &document) }
    }
}
