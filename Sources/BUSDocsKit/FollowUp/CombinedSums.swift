/// What a reader can tell by reading every published sum together, not one by one: Nacka's row totals,
/// grand total and one column total together pin a hidden count that no single sum pins.
///
/// Every sum is an equation over the counts the reader does not know (a printed count is a constant). The
/// equations are brought to reduced row echelon form, so that a count the equations settle together stands
/// alone in a row and a count they tie to a few others stands with just those. Then every equation, the
/// sums and the reduced ones, tightens the ranges the marks give — a "färre än 3" is 1 to 2, a ".." at
/// least 1 (a 0 is never hidden), a count not printed at least 0 — to whole numbers, until nothing changes.
/// Every step is a reader's valid deduction, so a range of one value is a count worked out.
struct CombinedSums {
    /// Each unknown count's range, by cell; nil for a printed count.
    let ranges: [ClosedRange<Int>?]

    init(_ problem: ProtectionProblem) {
        let entries = problem.entries
        let unknown = entries.indices.filter { !(entries[$0].displayed && entries[$0].state == .shown) }
        var column: [Int: Int] = [:]
        for (index, cell) in unknown.enumerated() { column[cell] = index }
        let width = unknown.count
        // The marks' ranges; `Double.infinity` for no upper bound.
        var low = unknown.map { cell -> Double in entries[cell].displayed ? 1 : 0 }
        var high = unknown.map { cell -> Double in entries[cell].displayed && entries[cell].state == .small ? 2 : .infinity }
        // The sums as rows: coefficients over the unknown counts, then the constant they add up to.
        var rows: [[Double]] = problem.sums.compactMap { sum in
            var row = [Double](repeating: 0, count: width + 1)
            for (cell, sign) in sum.items.map({ ($0, 1.0) }) + [(sum.total, -1.0)] {
                if let index = column[cell] { row[index] += sign } else { row[width] -= sign * Double(entries[cell].value) }
            }
            return row[..<width].contains { $0 != 0 } ? row : nil
        }
        let reduced = Self.reducedRowEchelon(rows, width: width)
        rows += reduced
        // The rows as their nonzero terms, for the tightening passes.
        let equations: [Equation] = rows.map { row in (terms: row[..<width].indices.filter { abs(row[$0]) > Self.tolerance }.map { ($0, row[$0]) }, constant: row[width]) }
        _ = Self.tighten(&low, &high, by: equations)
        // A count the ranges leave two values is tried at each: where one of them leaves some other count
        // no value at all, the reader knows it is the other ("färre än 3" twice in a row that the totals
        // tie: only one of 1 and 2 fits).
        var probing = true
        var probes = 0
        while probing, probes < 3 {
            probing = false
            probes += 1
            for index in 0..<width where high[index] - low[index] == 1 {
                for value in [low[index], high[index]] {
                    var (tryLow, tryHigh) = (low, high)
                    tryLow[index] = value
                    tryHigh[index] = value
                    if !Self.tighten(&tryLow, &tryHigh, by: equations) {
                        // That value fits nothing: the count is the other one.
                        if value == low[index] { low[index] = high[index] } else { high[index] = low[index] }
                        _ = Self.tighten(&low, &high, by: equations)
                        probing = true
                        break
                    }
                }
            }
        }
        ranges = entries.indices.map { cell in
            column[cell].flatMap { index in
                guard low[index].isFinite, high[index].isFinite, low[index] <= high[index] else { return nil }
                return Int(low[index])...Int(high[index])
            }
        }
    }

    static let tolerance = 1e-7

    typealias Equation = (terms: [(Int, Double)], constant: Double)

    /// Tightens the ranges by every equation until nothing changes: each term is what the constant less the
    /// others' least and most allows, rounded inwards to whole numbers. False when some range is left
    /// empty: the ranges fit no counts at all.
    static func tighten(_ low: inout [Double], _ high: inout [Double], by equations: [Equation]) -> Bool {
        var changed = true
        var rounds = 0
        while changed, rounds < 100 {
            changed = false
            rounds += 1
            for equation in equations where !equation.terms.isEmpty {
                // The least and the most the whole left side can be, and how many terms are unbounded there.
                var least = 0.0, most = 0.0, leastOpen = 0, mostOpen = 0
                for (index, a) in equation.terms {
                    let (l, h) = a > 0 ? (a * low[index], a * high[index]) : (a * high[index], a * low[index])
                    if l.isInfinite { leastOpen += 1 } else { least += l }
                    if h.isInfinite { mostOpen += 1 } else { most += h }
                }
                for (index, a) in equation.terms {
                    let (l, h) = a > 0 ? (a * low[index], a * high[index]) : (a * high[index], a * low[index])
                    // The others' least and most: the whole's, without this term.
                    let othersLeast = l.isInfinite ? (leastOpen > 1 ? -Double.infinity : least) : (leastOpen > 0 ? -Double.infinity : least - l)
                    let othersMost = h.isInfinite ? (mostOpen > 1 ? Double.infinity : most) : (mostOpen > 0 ? Double.infinity : most - h)
                    // a·x = constant − others.
                    var newLow = a > 0 ? (equation.constant - othersMost) / a : (equation.constant - othersLeast) / a
                    var newHigh = a > 0 ? (equation.constant - othersLeast) / a : (equation.constant - othersMost) / a
                    // Counts are whole numbers.
                    if newLow.isFinite { newLow = (newLow - tolerance).rounded(.up) }
                    if newHigh.isFinite { newHigh = (newHigh + tolerance).rounded(.down) }
                    if newLow > low[index] { low[index] = newLow; changed = true }
                    if newHigh < high[index] { high[index] = newHigh; changed = true }
                    if low[index] > high[index] { return false }
                }
            }
        }
        return true
    }

    /// The rows in reduced row echelon form, by Gaussian elimination with partial pivoting; rows left all
    /// zero (sums the others imply) are dropped.
    static func reducedRowEchelon(_ rows: [[Double]], width: Int) -> [[Double]] {
        var matrix = rows
        var pivotRow = 0
        for column in 0..<width where pivotRow < matrix.count {
            guard let best = (pivotRow..<matrix.count).max(by: { abs(matrix[$0][column]) < abs(matrix[$1][column]) }),
                  abs(matrix[best][column]) > tolerance else { continue }
            matrix.swapAt(pivotRow, best)
            let pivot = matrix[pivotRow][column]
            for index in column...width { matrix[pivotRow][index] /= pivot }
            for other in matrix.indices where other != pivotRow {
                let factor = matrix[other][column]
                guard abs(factor) > tolerance else { continue }
                for index in column...width { matrix[other][index] -= factor * matrix[pivotRow][index] }
                matrix[other][column] = 0
            }
            pivotRow += 1
        }
        return Array(matrix[..<pivotRow])
    }
}
