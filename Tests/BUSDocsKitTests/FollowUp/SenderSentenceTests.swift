import BUSDocsKit
import Foundation
import Testing
import TestSupport

/// "Skolan skickade 3 avvikelser, varav 3 till BUP" said all of them with a number: "alla till BUP".
@Suite struct SenderSentenceTests {
    @Test func allOfASendersDeviationsToOneReceiverReadAlla() {
        var register = RegisterYear(year: 2025)
        for _ in 0..<3 {
            register.deviations.append(DeviationEntry(date: FollowUpReportTests.date("2025-03-01"), from: "utbildning", to: "bup",
                                                      topic: .referral, principal: false, status: .solvedLocally))
        }
        let year = FollowUpReport(year: 2025, areas: [FollowUpReportTests.area([register])], suppressing: false).areas[0].current
        let sentences = FollowUpSentences.sentences(year, previous: nil, scope: .area(deadlineDays: 14), yearIsOver: true, ruleSet: RegisterTests.nacka.1, countyBody: "BUSSAM")
        #expect(sentences.contains { $0.hasPrefix("Skolan skickade 3 avvikelser, alla till BUP") }, "\(sentences)")
        #expect(!sentences.contains { $0.contains("varav 3") }, "\(sentences)")
    }
}
