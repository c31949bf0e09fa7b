import BUSDocsKit
import Testing

/// A reader combines the sums: two row totals and a column's printed figures can together pin a hidden
/// count that no sum alone pins. The protection's audit must find that; a brute-force reader checks it.
@Suite struct CombinedSumsTests {
    /// A matrix of counts with its row, column and grand totals, protected.
    static func protect(_ values: [[Int]]) -> (ProtectionProblem, [[ProtectionProblem.Cell]], [ProtectionProblem.Cell], [ProtectionProblem.Cell], ProtectionProblem.Cell) {
        var problem = ProtectionProblem()
        let cells = values.map { $0.map { problem.count($0) } }
        let rows = cells.map { problem.total(of: $0) }
        let columns = values[0].indices.map { column in problem.total(of: cells.map { $0[column] }) }
        let grand = problem.total(of: rows)
        problem.sum(columns, is: grand)
        problem.solve(suppressing: true)
        return (problem, cells, rows, columns, grand)
    }

    /// Nacka's deviations of 2024 (senders Socialtjänst, Elevhälsa, BUP, BUMM; receivers Socialtjänst,
    /// Skola, BUP, HAB, BUMM). Protected sum by sum it printed Socialtjänst's column as 5 over three "..",
    /// and the row totals left 6 for the same three and BUP → Skola: that one was 1, worked out.
    @Test func nackasDeviationTableLeavesNoHiddenCountToWorkOut() {
        let values = [[0, 3, 12, 5, 2], [3, 0, 5, 0, 0], [1, 1, 0, 0, 0], [1, 0, 0, 0, 0]]
        let (problem, cells, rows, columns, grand) = Self.protect(values)
        // A ".." is at most the grand total: the cap never cuts off a true count.
        let reader = Reader(matrix: cells, rows: rows, columns: columns, grand: grand, of: problem, cap: max(1, problem.value(grand)))
        #expect(reader.disclosed.isEmpty, "\(cells.map { $0.map { problem.figure($0).description } })")
        #expect(problem.derivable.isEmpty)
        // Every count of 1 or 2 is hidden.
        for cell in cells.joined() where (1...2).contains(problem.value(cell)) { #expect(!problem.figure(cell).isShown) }
    }

    /// Random sender × receiver matrices, 3×4 to 5×6, most counts 0 to 2: a brute-force reader of the
    /// printed marks and totals finds no hidden count of 1 or 2 that only one value fits.
    @Test func randomMatricesLeaveNoHiddenCountToABruteForceReader() {
        for seed in 0..<25 {
            var generator = SeededGenerator(seed: UInt64(9100 + seed))
            let rowCount = Int.random(in: 3...5, using: &generator), columnCount = Int.random(in: 4...6, using: &generator)
            let values = (0..<rowCount).map { _ in
                (0..<columnCount).map { _ in
                    Int.random(in: 0..<3, using: &generator) == 0 ? Int.random(in: 3...15, using: &generator) : Int.random(in: 0...2, using: &generator)
                }
            }
            let (problem, cells, rows, columns, grand) = Self.protect(values)
            // A ".." is at most the grand total: the cap never cuts off a true count.
            let reader = Reader(matrix: cells, rows: rows, columns: columns, grand: grand, of: problem, cap: max(1, problem.value(grand)))
            #expect(reader.disclosed.isEmpty, "seed \(seed): \(values) \(cells.map { $0.map { problem.figure($0).description } })")
            #expect(problem.derivable.isEmpty, "seed \(seed)")
        }
    }
}
