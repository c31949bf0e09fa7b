import BUSDocsKit
import Foundation
import Testing
import TestSupport
@testable import Templates

/// The follow-up in Word: every column of every table is wide enough for the longest word of its head and
/// its cells as LibreOffice prints them (`ColumnWidths`' measure), so that a line breaks between words and
/// never inside one ("individfor|um", "Socialt|jänst"). `scripts/word-test.sh` checks the printed PDF.
@Suite struct ReportWordTableTests {
    /// One table of a document.xml: its columns' widths, and per row each cell's text, bold or not, and size.
    struct Table {
        var caption: String
        var columns: [Int]
        var rows: [[(text: String, bold: Bool, points: Int)]]
    }

    static func tables(in document: String) -> [Table] {
        func values(_ text: String, _ pattern: String) -> [String] {
            text.components(separatedBy: pattern).dropFirst().map { $0.components(separatedBy: "\"").first ?? "" }
        }
        return document.components(separatedBy: "<w:tbl>").dropFirst().map { table in
            let body = table.components(separatedBy: "</w:tbl>")[0]
            let rows = body.components(separatedBy: "<w:tr>").dropFirst().map { row in
                row.components(separatedBy: "<w:tc>").dropFirst().map { cell in
                    // Paragraph by paragraph, a space between two ("Enhetschef" over a line to write on).
                    let text = cell.components(separatedBy: "</w:p>").map { paragraph in
                        paragraph.components(separatedBy: "<w:t xml:space=\"preserve\">").dropFirst()
                            .map { $0.components(separatedBy: "</w:t>")[0] }.joined()
                    }.filter { !$0.isEmpty }.joined(separator: " ")
                    let size = values(cell, "<w:sz w:val=\"").first.flatMap { Int($0) }.map { $0 / 2 } ?? ColumnWidths.bodyPoints
                    return (text: text.replacingOccurrences(of: "&amp;", with: "&"), bold: cell.contains("<w:b/>"), points: size)
                }
            }
            return Table(caption: values(body, "<w:tblCaption w:val=\"").first ?? "",
                         columns: values(body, "<w:gridCol w:w=\"").compactMap { Int($0) }, rows: rows)
        }
    }

    /// "caption, column: word needs N twips, has M", for every word wider than its column.
    static func tooNarrow(_ tables: [Table]) -> [String] {
        tables.flatMap { table in
            table.rows.flatMap { row in
                zip(row, table.columns).enumerated().compactMap { column, pair -> String? in
                    let (cell, width) = pair
                    let need = ColumnWidths.longestWord(cell.text, points: cell.points, bold: cell.bold) + ColumnWidths.cellMargins
                    return need > width ? "\(table.caption), column \(column + 1) \"\(cell.text)\": needs \(need), has \(width)" : nil
                }
            }
        }
    }

    @Test func everyWordOfTheFollowUpsTablesFitsItsColumn() throws {
        let (report, ruleSets) = try ReportRenderingTests.exampleReport()
        let (body, _) = WordRenderer().reportBody(ReportView(report, ruleSets: ruleSets))
        let document = WordPackage(body: body, properties: .init(title: "Uppföljning", subject: "Uppföljning", area: nil)).documentPart
        let tables = Self.tables(in: document)
        let view = ReportView(report, ruleSets: ruleSets)
        #expect(tables.count == 1 + view.regionTables.count + view.areas.map(\.tables.count).reduce(0, +))
        #expect(Self.tooNarrow(tables) == [])
        for table in tables { #expect(table.columns.reduce(0, +) == WordXML.textWidth, "\(table.caption)") }
        // The overview's heads at the body's size; its area column gives up what "individforum" needs.
        let overview = try #require(tables.first)
        #expect(overview.rows[0].map(\.text) == ["Område", "Ärenden i individforum", "Lyfta till lokal styrgrupp", "Avvikelser", "SIP"])
        #expect(overview.rows[0].allSatisfy { $0.points == ColumnWidths.bodyPoints && $0.bold })
    }

    /// A matrix of many services with long names: the heads are set smaller until every word fits.
    @Test func manyServicesSetTheHeadsSmallerUntilEveryWordFits() throws {
        let head = ["Från \\ till", "Socialtjänst", "Elevhälsa", "BUP", "HAB", "BUMM", "Malinamottagning", "Polis", "Totalt"]
        let rows = [["Socialtjänst", "0", "färre än 3", "29", "..", "..", "4", "0", ".."], ["Totalt", "..", "13", "45", "..", "..", "4", "0", "85"]]
        let columns = ColumnWidths.fitting(head: head, rows: rows, boldRows: [false, true], weights: [2] + Array(repeating: 1, count: 8))
        #expect(columns.twips.reduce(0, +) == WordXML.textWidth)
        let points = try #require(columns.headPoints)
        #expect(points < ColumnWidths.bodyPoints && points >= ColumnWidths.smallestHeadPoints)
        for (text, width) in zip(head, columns.twips) {
            #expect(ColumnWidths.longestWord(text, points: points, bold: true) + ColumnWidths.cellMargins <= width, "\(text)")
        }
        for row in rows {
            for (text, width) in zip(row, columns.twips) {
                #expect(ColumnWidths.longestWord(text, points: ColumnWidths.bodyPoints, bold: row[0] == "Totalt") + ColumnWidths.cellMargins <= width, "\(text)")
            }
        }
        // At the body's size the same heads would not fit: smaller is needed, not chosen.
        let needs = head.map { ColumnWidths.longestWord($0, points: ColumnWidths.bodyPoints, bold: true) + ColumnWidths.cellMargins }
        #expect(needs.reduce(0, +) > WordXML.textWidth)
    }

    /// A table whose words fit the weights it asks for keeps them; one whose words do not takes the twips
    /// from the columns with room to spare.
    @Test func widthsMoveOnlyWhereAWordNeedsThem() {
        #expect(ColumnWidths.widths(preferred: [5442, 1815, 1815], needs: [3000, 900, 900]) == [5442, 1815, 1815])
        #expect(ColumnWidths.widths(preferred: [3024, 1512, 1512, 1512, 1512], needs: [1500, 1800, 1400, 1550, 600])
                == [2828, 1800, 1498, 1550, 1396])
        #expect(ColumnWidths.widths(preferred: [4536, 4536], needs: [5000, 5000]) == nil)
        #expect(ColumnWidths.hyphenParts("Rinkeby-Kista") == ["Rinkeby-", "Kista"])
    }
}
