/// Column widths for a table of figures in Word, so that no word is broken inside: every column is at
/// least as wide as its longest word (head or cell) needs, measured as LibreOffice prints a document
/// without Calibri (DejaVu Sans, the widest of the fonts it falls back on; Word's Calibri is narrower).
/// A line may then break only between words, or after a hyphen ("Rinkeby-|Kista"). The widths start
/// from the weights the table asks for and move from columns with room to spare to those without; when
/// the words cannot all fit at the body's size, the heads are set smaller, down to 7 pt, and then, for a
/// table that allows it (`smallestCellPoints`), the cells too.
struct ColumnWidths: Equatable {
    /// Each column's width in twips; together the text's width.
    var twips: [Int]
    /// The heads' size in points; nil for the body's (11 pt).
    var headPoints: Int?
    /// The cells' size in points; nil for the body's (11 pt).
    var cellPoints: Int? = nil

    static let bodyPoints = 11
    static let smallestHeadPoints = 7
    /// A cell's margins, left and right (Table Normal's 108 twips each).
    static let cellMargins = 216

    /// `rows`: each row's texts, the row head first; `boldRows`: whether each row is set in bold (a total).
    /// `headPoints`: the heads' largest size; `cellPoints`: the cells' (a form's table, smaller than the
    /// text); `smallestCellPoints`: how small the cells may be set when the words do not fit even with the
    /// heads at 7 pt (9 pt, still legible).
    static func fitting(head: [String], rows: [[String]], boldRows: [Bool], weights: [Int],
                        textWidth: Int = WordXML.textWidth, headPoints largestHead: Int = bodyPoints,
                        cellPoints largestCell: Int = bodyPoints, smallestCellPoints: Int = bodyPoints) -> ColumnWidths {
        let weightSum = max(1, weights.reduce(0, +))
        var preferred = weights.map { $0 * textWidth / weightSum }
        preferred[0] += textWidth - preferred.reduce(0, +)
        for cellPoints in stride(from: min(bodyPoints, largestCell), through: min(largestCell, smallestCellPoints), by: -1) {
            for points in stride(from: min(largestHead, cellPoints), through: smallestHeadPoints, by: -1) {
                let needs = head.indices.map { column in
                    let headNeed = longestWord(head[column], points: points, bold: true)
                    let cellNeed = zip(rows, boldRows).map { row, bold in
                        column < row.count ? longestWord(row[column], points: cellPoints, bold: bold) : 0
                    }.max() ?? 0
                    return max(headNeed, cellNeed) + cellMargins
                }
                if let widths = widths(preferred: preferred, needs: needs) {
                    return ColumnWidths(twips: widths, headPoints: points == bodyPoints ? nil : points,
                                        cellPoints: cellPoints == bodyPoints ? nil : cellPoints)
                }
            }
        }
        let cellPoints = min(bodyPoints, largestCell, smallestCellPoints)
        return ColumnWidths(twips: preferred, headPoints: smallestHeadPoints, cellPoints: cellPoints == bodyPoints ? nil : cellPoints)
    }

    /// The preferred widths, each raised to its need with the twips taken from the columns that have
    /// more than they need, in proportion to what they have to spare; nil when the needs are wider
    /// than the text.
    static func widths(preferred: [Int], needs: [Int]) -> [Int]? {
        let total = preferred.reduce(0, +)
        guard needs.reduce(0, +) <= total else { return nil }
        let deficit = zip(preferred, needs).map { max(0, $1 - $0) }.reduce(0, +)
        guard deficit > 0 else { return preferred }
        let spare = zip(preferred, needs).map { max(0, $0 - $1) }
        let spareSum = spare.reduce(0, +)
        var widths = zip(preferred, needs).enumerated().map { index, pair in
            max(pair.0, pair.1) - spare[index] * deficit / spareSum
        }
        // Rounding: what is left over goes to the column with the most room.
        let widest = spare.indices.max { spare[$0] < spare[$1] }!
        widths[widest] += total - widths.reduce(0, +)
        return widths
    }

    /// The width in twips of the longest word of a text; a hyphenated word counts as its parts, and words
    /// joined by a no-break space ("färre än 3") as one.
    static func longestWord(_ text: String, points: Int, bold: Bool) -> Int {
        text.split { $0.isWhitespace && $0 != "\u{00A0}" }
            .flatMap { word in hyphenParts(String(word)) }
            .map { width(of: $0, points: points, bold: bold) }.max() ?? 0
    }

    /// "Rinkeby-Kista" is "Rinkeby-" and "Kista": a line may break after the hyphen.
    static func hyphenParts(_ word: String) -> [String] {
        var parts = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        for index in parts.indices.dropLast() { parts[index] += "-" }
        return parts.filter { !$0.isEmpty }
    }

    /// A word's width in twips: DejaVu Sans Bold's advance widths (in thousandths of an em), the
    /// regular face about nine tenths of them.
    static func width(of word: String, points: Int, bold: Bool) -> Int {
        let ems = word.reduce(0) { $0 + advance($1) }
        let scaled = bold ? ems : ems * 9 / 10
        // Thousandths of an em at `points` points, in twips (20 a point), rounded up.
        return (scaled * points * 20 + 999) / 1000
    }

    static func advance(_ character: Character) -> Int {
        if let known = advances[character] { return known }
        if character.isNumber { return 696 }
        if character.isUppercase { return 780 }
        if character.isLetter { return 690 }
        return 450
    }

    static let advances: [Character: Int] = [
        "a": 675, "b": 716, "c": 593, "d": 716, "e": 678, "f": 435, "g": 716, "h": 712, "i": 343, "j": 343,
        "k": 665, "l": 343, "m": 1042, "n": 712, "o": 687, "p": 716, "q": 716, "r": 493, "s": 595, "t": 478,
        "u": 712, "v": 652, "w": 924, "x": 645, "y": 652, "z": 582, "å": 675, "ä": 675, "ö": 687, "é": 678,
        "I": 372, "J": 372, "M": 995, "W": 1103,
        " ": 348, "\u{00A0}": 348, ".": 380, ",": 380, ":": 400, ";": 400, "-": 415, "–": 500, "\\": 521, "/": 521, "%": 1002,
        "(": 457, ")": 457, "_": 500,
    ]
}
