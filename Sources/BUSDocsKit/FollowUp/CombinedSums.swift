/// What a reader can tell by reading every published sum together, not one by one: Nacka's row totals,
/// grand total and one column total together pin a hidden count that no single sum pins.
///
/// Every sum is an equation over the counts the reader does not know (a printed count is a constant). The
/// equations are brought to reduced row echelon form, so that a count the equations settle together stands
/// alone in a row and a count they tie to a few others stands with just those. Then every equation, the
/// sums and the reduced ones, tightens the ranges the marks give — a "färre än 3" is 1 to 2, a ".." at
/// least 1 (a 0 is never hidden), a count not printed at least 0 — to whole numbers, until nothing changes.
/// Every step is a reader's valid deduction, so a range of one value is a count worked out. The ranges can
/// still be wider than what the sums allow (a reader may pin a count by trying values through several sums
/// at once), so `admitsAnother(than:at:)` settles a count exactly, by a search over whole numbers.
struct CombinedSums {
    /// Each unknown count's range, by cell; nil for a printed count.
    let ranges: [ClosedRange<Int>?]
    /// The unknown counts' columns, by cell.
    private let column: [Int: Int]
    /// The sums and their reduced rows, over the unknown counts.
    private let equations: [Equation]
    /// The ranges the equations leave, before rounding to `ranges`; a search never tries a count above
    /// `cap`, the largest true count of the problem.
    private let low: [Double], high: [Double]
    private let cap: Double

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
        self.column = column
        self.equations = equations
        self.low = low
        self.high = high
        cap = Double(entries.map(\.value).max() ?? 0)
        ranges = entries.indices.map { cell in
            column[cell].flatMap { index in
                guard low[index].isFinite, high[index].isFinite, low[index] <= high[index] else { return nil }
                return Int(low[index])...Int(high[index])
            }
        }
    }

    static let tolerance = 1e-7

    /// Whether the printed figures and every sum allow `cell` some whole value other than `value`: a
    /// depth-first search for counts that fit every equation, each count tried from the value nearest its
    /// true one outwards, the ranges tightened before every branch. A count a reader cannot tell from
    /// another value is not disclosed; one the search cannot settle within its budget is taken as disclosed,
    /// so that it is protected rather than left open.
    func admitsAnother(than value: Int, at cell: Int, truth: [Int]) -> Bool {
        guard let index = column[cell] else { return false }
        let truth = column.reduce(into: [Double](repeating: 0, count: low.count)) { $0[$1.value] = Double(truth[$1.key]) }
        // Only the counts tied to this one through some chain of equations matter.
        var component: Set<Int> = [index]
        var grown = true
        while grown {
            grown = false
            for equation in equations where equation.terms.contains(where: { component.contains($0.0) }) {
                for (term, _) in equation.terms where component.insert(term).inserted { grown = true }
            }
        }
        let equations = equations.filter { $0.terms.contains { component.contains($0.0) } }
        let members = component.sorted()
        var budget = 20_000
        func search(_ low: [Double], _ high: [Double]) -> Bool {
            var (low, high) = (low, high)
            guard budget > 0, Self.tighten(&low, &high, by: equations) else { return false }
            budget -= 1
            // The most a count is tried at: the cap, or its least where that is above the cap.
            let most = low.indices.map { min(high[$0], Swift.max(cap, low[$0])) }
            guard let open = members.filter({ low[$0] < most[$0] }).min(by: { most[$0] - low[$0] < most[$1] - low[$1] }) else {
                // Every count has one value left: they fit when the equations hold for them all.
                var fixedHigh = high
                for member in members { fixedHigh[member] = low[member] }
                return Self.tighten(&low, &fixedHigh, by: equations)
            }
            let values = stride(from: low[open], through: most[open], by: 1).sorted { abs($0 - truth[open]) < abs($1 - truth[open]) }
            for candidate in values {
                var (tryLow, tryHigh) = (low, high)
                tryLow[open] = candidate
                tryHigh[open] = candidate
                if search(tryLow, tryHigh) { return true }
                if budget <= 0 { return false }
            }
            return false
        }
        // Below the value, then above it.
        let other = Double(value)
        var (belowHigh, aboveLow) = (high, low)
        belowHigh[index] = min(high[index], other - 1)
        aboveLow[index] = max(low[index], other + 1)
        return (low[index] <= belowHigh[index] && search(low, belowHigh))
            || (aboveLow[index] <= min(high[index], cap) && search(aboveLow, high))
    }

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
