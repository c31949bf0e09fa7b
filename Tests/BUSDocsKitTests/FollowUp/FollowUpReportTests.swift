import BUSDocsKit
import Foundation
import Testing

/// The figures of the yearly follow-up, their protection and their sentences.
@Suite struct FollowUpReportTests {
    static func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    /// Six individforum cases: 3, 10, 14, 15 and 20 days to the meeting, one overdue without a meeting.
    static func forumYear(_ year: Int = 2025) -> RegisterYear {
        var register = RegisterYear(year: year)
        let y = String(year)
        register.cases = [
            ForumCase(noticed: date("\(y)-01-01"), meeting: date("\(y)-01-04"), parties: ["soc-nacka"], outcome: .solved),
            ForumCase(noticed: date("\(y)-02-01"), meeting: date("\(y)-02-11"), parties: ["soc-nacka"], outcome: .solved),
            ForumCase(noticed: date("\(y)-03-01"), meeting: date("\(y)-03-15"), parties: ["soc-nacka"], outcome: .liftedToSteeringGroup),
            ForumCase(noticed: date("\(y)-04-01"), meeting: date("\(y)-04-16"), parties: ["soc-nacka"], outcome: .liftedToSteeringGroup),
            ForumCase(noticed: date("\(y)-05-01"), meeting: date("\(y)-05-21"), parties: ["soc-nacka"], outcome: .liftedToSteeringGroup),
            ForumCase(noticed: date("\(y)-06-01"), meeting: nil, parties: ["soc-nacka"], outcome: .ongoing),
        ]
        return register
    }

    /// The shape of Stockholm's 2021 figures: social services sent 56, 33 of them to BUP, most about SIP;
    /// student health 22, 17 to BUP, most about referrals.
    static func deviationYear(_ year: Int = 2025, extra: Int = 0) -> RegisterYear {
        var register = forumYear(year)
        func add(_ n: Int, _ from: String, _ to: String, _ topic: DeviationTopic, principal: Bool = false, status: DeviationStatus = .solvedLocally) {
            for _ in 0..<n { register.deviations.append(DeviationEntry(date: date("\(year)-03-01"), from: from, to: to, topic: topic, principal: principal, status: status)) }
        }
        add(30, "socialtjanst", "bup", .sip)
        add(3, "socialtjanst", "bup", .referral, principal: true, status: .sentToCountyBody)
        add(23 + extra, "socialtjanst", "hab", .referral)
        add(12, "elevhalsa", "bup", .referral)
        add(5, "elevhalsa", "bup", .sip, principal: true, status: .sentToCountyBody)
        add(5, "elevhalsa", "socialtjanst", .information, status: .open)
        register.sips = [SIPCount(party: "soc-nacka", count: 48), SIPCount(party: "bup-nacka", count: 2), SIPCount(party: "hab-nacka", count: 11)]
        return register
    }

    static func area(_ registers: [RegisterYear], slug: String = "nacka-2023") -> FollowUpArea {
        FollowUpArea(name: "Nacka", slug: slug, agreement: RegisterTests.nacka.0, ruleSet: RegisterTests.nacka.1, registers: registers)
    }

    @Test func exactIndividforumFigures() {
        let report = FollowUpReport(year: 2025, areas: [Self.area([Self.forumYear()])], suppressing: false)
        let year = report.areas[0].current
        #expect([year.cases, year.solved, year.lifted, year.ongoing].map(\.value) == [6, 2, 3, 1])
        // Held within 14 days: 3, 10 and 14; late: 15, 20 and the overdue case without a meeting.
        #expect(year.withinDeadline.value == 3 && year.late.value == 3)
        #expect(year.sharePercent == 50)
        #expect(year.medianDays == 14)
        #expect(report.areas[0].deadlineDays == 14)
    }

    @Test func deviationMatrixAndSentences() {
        let report = FollowUpReport(year: 2025, areas: [Self.area([Self.deviationYear()])], suppressing: true)
        let year = report.areas[0].current
        #expect(year.senders == ["socialtjanst", "elevhalsa"])
        #expect(year.receivers == ["socialtjanst", "bup", "hab"])
        #expect(year.matrix.map { $0.map(\.description) } == [["0", "33", "23"], ["5", "17", "0"]])
        #expect(year.senderTotals.map(\.value) == [56, 22])
        #expect(year.deviations.value == 78 && year.principal.value == 8 && year.sentToCountyBody.value == 8 && year.openDeviations.value == 5)
        #expect(year.sips?.value == 61)
        let sentences = FollowUpSentences.sentences(year, previous: nil, deadlineDays: 14, ruleSet: RegisterTests.nacka.1)
        #expect(sentences.contains("Socialtjänsten skickade 56 avvikelser, varav 33 till BUP; de flesta gällde SIP."))
        #expect(sentences.contains("Elevhälsan skickade 22 avvikelser, varav 17 till BUP; de flesta gällde remisshantering."))
        #expect(sentences.first == "I individforum togs 6 ärenden upp; 50 % av ärendena fick möte inom 14 dagar, och mediantiden från uppmärksammat behov till möte var 14 dagar.")
    }

    @Test func smallCountsAreShownAsFewerThanThree() {
        let report = FollowUpReport(year: 2025, areas: [Self.area([Self.deviationYear()])], suppressing: true)
        let year = report.areas[0].current
        #expect(year.solved.description == "färre än 3")
        #expect(year.ongoing.description == "färre än 3")
        #expect(year.cases.description == "6")
        // Two hidden counts in the SIP table: bup-nacka's 2, and a second so the total cannot tell it.
        #expect(year.sipsByParty.map(\.count.description) == ["48", "färre än 3", ".."])
        #expect(year.sips?.description == "61")
        // Unprotected, for internal use.
        let unprotected = FollowUpReport(year: 2025, areas: [Self.area([Self.deviationYear()])], suppressing: false).areas[0].current
        #expect(unprotected.sipsByParty.map(\.count.description) == ["48", "2", "11"])
    }

    @Test func aSuppressedCellCannotBeDerivedFromItsTotal() {
        var problem = ProtectionProblem()
        let row = [1, 5, 7].map { problem.count($0) }
        let total = problem.total(of: row)
        problem.solve(suppressing: true)
        #expect(row.map { problem.figure($0).state } == [.small, .complement, .shown])
        #expect(problem.figure(total).description == "13")
        #expect(problem.derivable.isEmpty)
    }

    @Test func zerosAreNotChosenToHideAnotherCount() {
        var problem = ProtectionProblem()
        let row = [2, 0, 9].map { problem.count($0) }
        _ = problem.total(of: row)
        problem.solve(suppressing: true)
        #expect(row.map { problem.figure($0).description } == ["färre än 3", "0", ".."])
    }

    @Test func aSmallTotalHidesItsWholeBreakdown() {
        // Two deviations, about two topics and with two statuses: under a total of "färre än 3", two
        // counts of "färre än 3" would each be 1, and the zeros would say which.
        var register = RegisterYear(year: 2025)
        register.deviations = [
            DeviationEntry(date: Self.date("2025-02-01"), from: "socialtjanst", to: "bup", topic: .sip, principal: true, status: .sentToCountyBody),
            DeviationEntry(date: Self.date("2025-02-01"), from: "socialtjanst", to: "bup", topic: .referral, principal: false, status: .solvedLocally),
        ]
        let report = FollowUpReport(year: 2025, areas: [Self.area([register])], suppressing: true)
        let year = report.areas[0].current
        #expect(year.deviations.description == "färre än 3")
        #expect(year.topics.map(\.count.description) == Array(repeating: "..", count: DeviationTopic.allCases.count))
        #expect([year.solvedLocally, year.sentToCountyBody, year.openDeviations].map(\.description) == ["..", "..", ".."])
        let sentences = FollowUpSentences.sentences(year, previous: nil, deadlineDays: 14, ruleSet: nil)
        #expect(sentences.contains("Färre än 3 avvikelser rapporterades; så få redovisas inte närmare."), "\(sentences)")
        #expect(!sentences.joined().contains("av färre än 3"))
    }

    @Test func matricesAndRegionsAreProtectedTogether() {
        // A matrix with row and column totals: no hidden count can be worked out from any sum.
        for seed in 0..<200 {
            var generator = SeededGenerator(seed: UInt64(seed))
            var problem = ProtectionProblem()
            let cells = (0..<3).map { _ in (0..<4).map { _ in problem.count(Int.random(in: 0...9, using: &generator)) } }
            let rows = cells.map { problem.total(of: $0) }
            let columns = (0..<4).map { column in problem.total(of: cells.map { $0[column] }) }
            let grand = problem.total(of: rows)
            problem.sum(columns, is: grand)
            problem.solve(suppressing: true)
            #expect(problem.derivable.isEmpty, "seed \(seed)")
            // A count of 1 or 2 is never shown: "färre än 3", or ".." under a total of "färre än 3".
            for cell in cells.joined() where (1...2).contains(problem.value(cell)) {
                #expect(!problem.figure(cell).isShown)
            }
        }
        // An area's small count is not given away by the region's total and the other area's count.
        let a = Self.forumYear(), b = Self.deviationYear()
        var small = a
        small.cases = Array(a.cases.prefix(2))
        let report = FollowUpReport(year: 2025, areas: [Self.area([small], slug: "a"), Self.area([b], slug: "b")], suppressing: true)
        #expect(report.areas[0].current.cases.description == "färre än 3")
        #expect(report.areas[1].current.cases.description == "..")
        #expect(report.region.last?.cases.description == "8")
    }

    @Test func previousYearsStandBesideTheYear() {
        let report = FollowUpReport(year: 2025, areas: [Self.area([Self.deviationYear(2024), Self.deviationYear(2025, extra: 6)])], suppressing: true)
        let area = report.areas[0]
        #expect(area.years.map(\.year) == [2024, 2025])
        #expect(area.years.map(\.deviations.value) == [78, 84])
        #expect(report.region.map(\.year) == [2024, 2025])
        let sentences = FollowUpSentences.sentences(area.current, previous: area.years[0], deadlineDays: 14, ruleSet: nil)
        #expect(sentences.last == "Antalet avvikelser ökade från 78 år 2024 till 84 år 2025.")
        // A later year's register is not part of this year's report.
        let earlier = FollowUpReport(year: 2024, areas: [Self.area([Self.deviationYear(2024), Self.deviationYear(2025)])], suppressing: true)
        #expect(earlier.areas[0].years.map(\.year) == [2024])
    }
}

extension FollowUpReportTests {
    /// Every count a year shows.
    static func figures(_ year: YearFigures) -> [Figure] {
        [year.cases, year.solved, year.lifted, year.ongoing, year.withinDeadline, year.late, year.deviations,
         year.principal, year.solvedLocally, year.sentToCountyBody, year.openDeviations]
            + year.matrix.joined() + year.senderTotals + year.receiverTotals + year.topics.map(\.count)
            + [year.sips].compactMap { $0 } + year.sipsByParty.map(\.count)
    }

    @Test func randomRegistersOfSeveralAreasLeaveNoCountToWorkOut() {
        let services = ["socialtjanst", "elevhalsa", "bup", "hab", "bumm"]
        for seed in 0..<60 {
            var generator = SeededGenerator(seed: UInt64(1000 + seed))
            let areas = (0..<3).map { index -> FollowUpArea in
                var register = RegisterYear(year: 2025)
                for _ in 0..<Int.random(in: 0...25, using: &generator) {
                    register.deviations.append(DeviationEntry(
                        date: Self.date("2025-04-01"), from: services.randomElement(using: &generator)!, to: services.randomElement(using: &generator)!,
                        topic: DeviationTopic.allCases.randomElement(using: &generator)!, principal: Bool.random(using: &generator),
                        status: DeviationStatus.allCases.randomElement(using: &generator)!))
                }
                for _ in 0..<Int.random(in: 0...8, using: &generator) {
                    let noticed = Self.date("2025-03-01").adding(days: Int.random(in: 0...300, using: &generator))
                    let meeting = Bool.random(using: &generator) ? noticed.adding(days: Int.random(in: 0...25, using: &generator)) : nil
                    register.cases.append(ForumCase(noticed: noticed, meeting: meeting, parties: ["soc-nacka"], outcome: meeting == nil ? .ongoing : ForumOutcome.allCases.randomElement(using: &generator)!))
                }
                return Self.area([register], slug: "omrade-\(index)")
            }
            let report = FollowUpReport(year: 2025, areas: areas, suppressing: true)
            #expect(report.derivableSums == 0, "seed \(seed)")
            for year in report.areas.map(\.current) + report.region {
                for figure in Self.figures(year) where (1...2).contains(figure.value) {
                    #expect(!figure.isShown, "seed \(seed): a count of \(figure.value) is shown")
                }
                if year.sharePercent != nil { #expect(year.withinDeadline.isShown && year.late.isShown) }
            }
        }
    }
}

/// A small deterministic random generator (SplitMix64), so the matrix test is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
