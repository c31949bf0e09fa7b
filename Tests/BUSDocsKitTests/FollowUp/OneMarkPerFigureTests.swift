import BUSDocsKit
import Foundation
import Testing
import TestSupport

/// One figure, one mark: a count a reader can tell is the same in two tables (a region's count that is one
/// area's, the other areas' being printed 0s) reads the same in both, and a count hidden as ".." that a reader
/// can bound to 1 or 2 reads "färre än 3", the sign the legend gives for that.
@Suite struct OneMarkPerFigureTests {
    /// Every count of a year by name, so that an area's and the region's same count can be paired.
    static func named(_ year: YearFigures) -> [String: Figure] {
        var figures: [String: Figure] = [
            "cases": year.cases, "solved": year.solved, "lifted": year.lifted, "ongoing": year.ongoing,
            "within": year.withinDeadline, "late": year.late, "notYetDue": year.notYetDue, "deviations": year.deviations,
            "principal": year.principal, "solvedLocally": year.solvedLocally, "sent": year.sentToCountyBody, "open": year.openDeviations,
        ]
        for (topic, count) in year.topics { figures["topic \(topic.rawValue)"] = count }
        for (row, from) in year.senders.enumerated() {
            figures["sender \(from)"] = year.senderTotals[row]
            for (column, to) in year.receivers.enumerated() { figures["pair \(from) \(to)"] = year.matrix[row][column] }
        }
        for (column, to) in year.receivers.enumerated() { figures["receiver \(to)"] = year.receiverTotals[column] }
        return figures
    }

    /// The region's count and the one area's that is not a printed 0: the same figure, the same mark.
    static func mismatches(in report: FollowUpReport) -> [String] {
        guard let region = report.region.last else { return [] }
        let areas = report.areas.map { named($0.current) }
        return named(region).compactMap { name, figure in
            let open = areas.compactMap { $0[name] }.filter { !($0.isShown && $0.value == 0) }
            guard open.count == 1, open[0].description != figure.description else { return nil }
            return "\(name): \(open[0].description) in the area, \(figure.description) in the region"
        }.sorted()
    }

    /// The report of the example agreements and their registers in `Register/`, 2024 and 2025.
    static func exampleReport() throws -> FollowUpReport {
        let root = TestPaths.packageRoot()
        let areas = try ["nacka-2023", "rinkeby-kista-spanga-tensta-2017"].map { slug -> FollowUpArea in
            let url = root.appendingPathComponent("Agreements/\(slug).md")
            let agreement = try #require(AgreementParser.parse(bytes: [UInt8](try Data(contentsOf: url)), path: url.path).agreement)
            let ruleSet = Validator(today: LocalDate(year: 2026, month: 1, day: 1)).ruleSet(for: agreement).0
            let folder = root.appendingPathComponent("Register/\(slug)").path
            let registers = [2024, 2025].map { RegisterReader.read(areaFolder: folder, year: $0, agreement: agreement, ruleSet: ruleSet).year }
            return FollowUpArea(name: slug, slug: slug, agreement: agreement, ruleSet: ruleSet, registers: registers)
        }
        return FollowUpReport(year: 2025, areas: areas, suppressing: true)
    }

    @Test func aRegionsCountThatIsOneAreasReadsTheSame() {
        let services = ["socialtjanst", "elevhalsa", "bup", "hab", "bumm"]
        var compared = 0
        for seed in 0..<40 {
            var generator = SeededGenerator(seed: UInt64(5000 + seed))
            let areas = (0..<2).map { index -> FollowUpArea in
                var register = RegisterYear(year: 2025)
                for _ in 0..<Int.random(in: 0...20, using: &generator) {
                    register.deviations.append(DeviationEntry(
                        date: FollowUpReportTests.date("2025-04-01"), from: services.randomElement(using: &generator)!,
                        to: services.randomElement(using: &generator)!, topic: DeviationTopic.allCases.randomElement(using: &generator)!,
                        principal: Bool.random(using: &generator), status: DeviationStatus.allCases.randomElement(using: &generator)!))
                }
                for _ in 0..<Int.random(in: 0...6, using: &generator) {
                    let noticed = FollowUpReportTests.date("2025-03-01").adding(days: Int.random(in: 0...200, using: &generator))
                    let meeting = Bool.random(using: &generator) ? noticed.adding(days: Int.random(in: 0...25, using: &generator)) : nil
                    register.cases.append(ForumCase(noticed: noticed, meeting: meeting, parties: ["soc-nacka"],
                                                    outcome: meeting == nil ? .ongoing : ForumOutcome.allCases.randomElement(using: &generator)!))
                }
                return FollowUpReportTests.area([register], slug: "omrade-\(index)")
            }
            let report = FollowUpReport(year: 2025, areas: areas, suppressing: true)
            #expect(Self.mismatches(in: report) == [], "seed \(seed)")
            #expect(report.derivableSums == 0, "seed \(seed)")
            compared += 1
        }
        #expect(compared == 40)
    }

    /// A count a reader can bound to 1 or 2 is marked so: Nacka's three topics hidden in 2025 beside
    /// 25 + 7 + 5 shown of 41 are 4 together, each at least 1, so each is 1 or 2 ("färre än 3", never "..").
    @Test func aHiddenCountKnownToBeSmallReadsFewerThanThree() throws {
        let report = try Self.exampleReport()
        let nacka = try #require(report.areas.first { $0.slug == "nacka-2023" }).current
        #expect(nacka.deviations.description == "41")
        #expect(nacka.topics.map { "\($0.topic.rawValue) \($0.count.description)" }
                == ["sip 25", "remiss 7", "informationsöverföring 5", "samtycke färre än 3", "ansvar färre än 3", "annat färre än 3"])
        // Alone, Nacka's report marks them the same.
        let alone = FollowUpReport(year: 2025, areas: [FollowUpReportTests.area(
            [2024, 2025].map { RegisterReader.read(areaFolder: TestPaths.packageRoot().appendingPathComponent("Register/nacka-2023").path, year: $0,
                                                   agreement: RegisterTests.nacka.0, ruleSet: RegisterTests.nacka.1).year })], suppressing: true)
        #expect(alone.areas[0].current.topics.map(\.count.description) == nacka.topics.map(\.count.description))
        #expect(report.derivableSums == 0 && alone.derivableSums == 0)
    }

    /// The example registers: the region's "Pågår" 2024 is Rinkeby-Kista's alone (Nacka's is a printed 0)
    /// and reads "färre än 3" as Rinkeby-Kista's does, not "..".
    @Test func theExampleRegionsOngoingCasesReadAsTheAreas() throws {
        let report = try Self.exampleReport()
        let year2024 = try #require(report.region.first { $0.year == 2024 })
        let areas = report.areas.compactMap { $0.years.first { $0.year == 2024 } }
        #expect(areas.map(\.ongoing.description) == ["0", "färre än 3"])
        #expect(year2024.ongoing.description == "färre än 3")
        #expect(Self.mismatches(in: report) == [])
    }
}
