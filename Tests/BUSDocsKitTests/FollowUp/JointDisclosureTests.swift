import BUSDocsKit
import Foundation
import Testing
import TestSupport

/// Protection audited as a reader reads the whole report: every row total, column total and grand total
/// at once, not one sum at a time. No hidden count, of any size, may take one value only.
@Suite struct JointDisclosureTests {
    /// The example registers as the reviewer ran them (`--today 2027-01-15`): Nacka's deviations 2024
    /// printed Elevhälsa/BUP/BUMM → Socialtjänst and BUP → Skola hidden, with row totals adding to 33, 22
    /// and 5 shown and the Socialtjänst column 5: BUP → Skola was 33 − 22 − 5 = 6 − 5 = 1 exactly.
    @Test func nackasDeviations2024GiveNoHiddenCellAway() throws {
        let report = try OneMarkPerFigureTests.exampleReport(today: LocalDate(iso: "2027-01-15")!)
        let readers = PublishedReportReaderTests.readers(of: report, cap: 6)
        #expect(readers.map(\.year) == [2024, 2025])
        for (year, reader) in readers {
            #expect(reader.determined.isEmpty, "\(year): \(reader.determined.map { reader.truth[$0] })")
        }
        let nacka = try #require(report.areas.first { $0.slug == "nacka-2023" }?.years.first { $0.year == 2024 })
        #expect(report.derivableSums == 0)
        // The cells the reviewer worked out are still hidden (none was printed to fix it).
        let bup = try #require(nacka.senders.firstIndex(of: "bup"))
        let school = try #require(nacka.receivers.firstIndex(of: "utbildning"))
        #expect(!nacka.matrix[bup][school].isShown)
    }

    /// A matrix alone, as a table prints it: the cells, the row totals, the column totals and the grand
    /// total. For random small matrices, a brute-force reader of the printed marks finds no hidden count.
    @Test(arguments: 0..<60)
    func noHiddenCellOfASmallMatrixIsDetermined(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(9100 + seed))
        var problem = ProtectionProblem()
        let rows = Int.random(in: 2...4, using: &generator), columns = Int.random(in: 2...5, using: &generator)
        let matrix = FollowUpReportTests.matrix(rows, by: columns, upTo: [3, 6, 12].randomElement(using: &generator)!, in: &problem, using: &generator)
        var reader = Reader(cap: problem.value(matrix.grand) + 1)
        let cells = matrix.cells.map { $0.map { reader.add(problem.figure($0)) } }
        let rowTotals = matrix.rows.map { reader.add(problem.figure($0)) }
        let columnTotals = matrix.columns.map { reader.add(problem.figure($0)) }
        let grand = reader.add(problem.figure(matrix.grand))
        for (row, total) in zip(cells, rowTotals) { reader.equalities.append((row, total)) }
        for column in 0..<columns { reader.equalities.append((cells.map { $0[column] }, columnTotals[column])) }
        reader.equalities.append((rowTotals, grand))
        reader.equalities.append((columnTotals, grand))
        #expect(reader.determined.isEmpty, "seed \(seed): \(reader.determined.map { reader.truth[$0] })")
        for cell in matrix.cells.joined() where (1...2).contains(problem.value(cell)) { #expect(!problem.figure(cell).isShown) }
    }

    /// The table the reviewer found, protected as a matrix on its own: the hidden cells took one value
    /// only when the row totals and the grand total were read together.
    @Test func theReviewersTableIsProtectedTogether() {
        // Socialtjänst, Elevhälsa, BUP, BUMM → Socialtjänst, Skola, BUP, BUMM, Hab.
        let values = [[0, 4, 12, 5, 1], [1, 0, 5, 0, 0], [2, 1, 0, 0, 0], [2, 0, 0, 0, 0]]
        var problem = ProtectionProblem()
        let cells = values.map { $0.map { problem.count($0) } }
        let rows = cells.map { problem.total(of: $0) }
        let columns = (0..<5).map { column in problem.total(of: cells.map { $0[column] }) }
        let grand = problem.total(of: rows)
        problem.sum(columns, is: grand)
        problem.solve(suppressing: true)
        var reader = Reader(cap: problem.value(grand) + 1)
        let read = cells.map { $0.map { reader.add(problem.figure($0)) } }
        let readRows = rows.map { reader.add(problem.figure($0)) }
        let readColumns = columns.map { reader.add(problem.figure($0)) }
        let readGrand = reader.add(problem.figure(grand))
        for (row, total) in zip(read, readRows) { reader.equalities.append((row, total)) }
        for column in 0..<5 { reader.equalities.append((read.map { $0[column] }, readColumns[column])) }
        reader.equalities.append((readRows, readGrand))
        reader.equalities.append((readColumns, readGrand))
        #expect(reader.determined.isEmpty, "\(reader.determined.map { reader.truth[$0] })")
        #expect(problem.derivable.isEmpty)
    }
}
