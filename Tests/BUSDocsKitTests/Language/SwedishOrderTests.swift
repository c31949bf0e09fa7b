@testable import BUSDocsKit
import Testing

/// Lists of areas read in the order a Swedish reader expects.
@Suite struct SwedishOrderTests {
    @Test func åÄÖComeAfterZAndCaseAndAccentsSetNoOrder() {
        let areas = ["Österåker", "Ängby", "Upplands Väsby", "Åkersberga", "vallentuna", "Älvsjö", "Zinkensdamm", "Enskede-Årsta-Vantör", "Ekerö", "Église", "Täby"]
        #expect(areas.sorted(by: SwedishOrder.precedes) == [
            "Église", "Ekerö", "Enskede-Årsta-Vantör", "Täby", "Upplands Väsby", "vallentuna", "Zinkensdamm", "Åkersberga", "Älvsjö", "Ängby", "Österåker",
        ])
        // Byte order would put Ö before Ä and lower case after Z.
        #expect(areas.sorted() != areas.sorted(by: SwedishOrder.precedes))
    }

    @Test func numbersCountByTheirValueAndTiesKeepTheirOrder() {
        #expect(["Område 10", "Område 2", "Område 1"].sorted(by: SwedishOrder.precedes) == ["Område 1", "Område 2", "Område 10"])
        let files = [("Solna", "solna.md"), ("nacka", "nacka-2026.md"), ("Nacka", "nacka-2023.md"), ("Älvsjö", "a.md")]
        #expect(SwedishOrder.sorted(files, by: \.0).map(\.1) == ["nacka-2026.md", "nacka-2023.md", "solna.md", "a.md"])
    }
}
