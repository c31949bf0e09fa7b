import BUSDocsKit
import Foundation
import Testing

/// The published report read as a reader reads it: every printed figure, whether each row is there, and
/// every sum a reader can assume (a table's rows and its total, the region's figure and the areas'). A
/// brute-force reader fed exactly that must not find any hidden count of 1 or 2.
@Suite struct PublishedReportReaderTests {
    static func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    /// The counts of one area's (or the region's) year as a reader has them, by name.
    struct YearVariables {
        var named: [String: Int] = [:]
    }

    /// One reader per year column: the years are protected, and can be read, one by one.
    static func readers(of report: FollowUpReport, cap: Int) -> [(year: Int, reader: Reader)] {
        let partOfYear = report.partOfYearUntil != nil
        return years(of: report).map { year in
            // A ".." may be as large as the largest total: the cap never cuts off a true count.
            let totals = (report.region + report.areas.flatMap(\.years)).filter { $0.year == year }
                .flatMap { [$0.cases.value, $0.deviations.value, $0.sips?.value ?? 0] }
            var reader = Reader(cap: max(cap, (totals.max() ?? 0) + 1))
            var areaVariables: [YearVariables] = []
            for area in report.areas {
                guard let figures = area.years.first(where: { $0.year == year }) else { continue }
                // An area without a register that year prints "inget register": a reader may take its counts as 0.
                let printsNotYetDue = FollowUpReport.printsNotYetDue(area.years, partOfYear: partOfYear)
                areaVariables.append(add(figures, printsNotYetDue: printsNotYetDue, parties: true, to: &reader))
            }
            if let region = report.region.first(where: { $0.year == year }) {
                let printsNotYetDue = FollowUpReport.printsNotYetDue(report.region, partOfYear: partOfYear)
                let total = add(region, printsNotYetDue: printsNotYetDue, parties: false, to: &reader)
                // Every region figure is the sum of the areas' same figure (an area without it has 0).
                for (name, variable) in total.named {
                    let items = areaVariables.compactMap { $0.named[name] }
                    reader.equalities.append((items, variable))
                }
            }
            return (year, reader)
        }
    }

    static func years(of report: FollowUpReport) -> [Int] {
        Set(report.areas.flatMap { $0.years.map(\.year) } + report.region.map(\.year)).sorted()
    }

    /// One table set's figures, with the sums inside it.
    static func add(_ year: YearFigures, printsNotYetDue: Bool, parties: Bool, to reader: inout Reader) -> YearVariables {
        var v = YearVariables()
        func add(_ name: String, _ figure: Figure) -> Int {
            let variable = reader.add(figure)
            v.named[name] = variable
            return variable
        }
        let cases = add("cases", year.cases)
        reader.equalities.append(([add("solved", year.solved), add("lifted", year.lifted), add("ongoing", year.ongoing)], cases))
        // A row left out is a known 0: the table then adds up without it.
        let notYetDue = add("notYetDue", printsNotYetDue ? year.notYetDue : Figure(value: 0))
        reader.equalities.append(([add("within", year.withinDeadline), add("late", year.late), notYetDue], cases))
        let deviations = add("deviations", year.deviations)
        var senders: [Int] = []
        var columns: [[Int]] = year.receivers.map { _ in [] }
        for (row, from) in year.senders.enumerated() {
            var cells: [Int] = []
            for (column, to) in year.receivers.enumerated() {
                let cell = add("pair \(from) \(to)", year.matrix[row][column])
                cells.append(cell)
                columns[column].append(cell)
            }
            let total = add("sender \(from)", year.senderTotals[row])
            reader.equalities.append((cells, total))
            senders.append(total)
        }
        let receivers = year.receivers.enumerated().map { column, to in add("receiver \(to)", year.receiverTotals[column]) }
        for (cells, total) in zip(columns, receivers) { reader.equalities.append((cells, total)) }
        if !senders.isEmpty {
            reader.equalities.append((senders, deviations))
            reader.equalities.append((receivers, deviations))
        }
        reader.equalities.append((year.topics.map { add("topic \($0.topic.rawValue)", $0.count) }, deviations))
        reader.equalities.append(([add("solvedLocally", year.solvedLocally), add("sent", year.sentToCountyBody), add("open", year.openDeviations)], deviations))
        reader.atMost.append(([add("principal", year.principal)], deviations))
        if let sips = year.sips {
            let total = add("sips", sips)
            if parties { reader.equalities.append((year.sipsByParty.map { add("sip \($0.party)", $0.count) }, total)) }
        }
        return v
    }

    /// A random register year of an area, written the way a small municipality keeps one: few cases, some
    /// of them noticed in late December without a meeting, and a handful of deviations.
    static func register(_ year: Int, using generator: inout SeededGenerator) -> RegisterYear {
        let services = ["socialtjanst", "elevhalsa", "bup", "hab"]
        var register = RegisterYear(year: year)
        for _ in 0..<Int.random(in: 0...5, using: &generator) {
            let lateDecember = Int.random(in: 0...2, using: &generator) == 0
            let noticed = lateDecember
                ? date("\(year)-12-20").adding(days: Int.random(in: 0...11, using: &generator))
                : date("\(year)-02-01").adding(days: Int.random(in: 0...300, using: &generator))
            let meeting = !lateDecember && Bool.random(using: &generator) ? noticed.adding(days: Int.random(in: 0...25, using: &generator)) : nil
            register.cases.append(ForumCase(noticed: noticed, meeting: meeting, parties: ["soc-nacka"],
                                            outcome: ForumOutcome.allCases.randomElement(using: &generator)!))
        }
        for _ in 0..<Int.random(in: 0...6, using: &generator) {
            register.deviations.append(DeviationEntry(
                date: date("\(year)-04-01"), from: services.randomElement(using: &generator)!, to: services.randomElement(using: &generator)!,
                topic: [DeviationTopic.sip, .referral, .information].randomElement(using: &generator)!, principal: Bool.random(using: &generator),
                status: DeviationStatus.allCases.randomElement(using: &generator)!))
        }
        if Bool.random(using: &generator) {
            register.sips = [SIPCount(party: "soc-nacka", count: Int.random(in: 0...6, using: &generator)),
                             SIPCount(party: "bup-nacka", count: Int.random(in: 0...4, using: &generator))]
        }
        return register
    }

    /// Random registers — one area and several, finished years with late-December cases without a meeting,
    /// the year so far, previous years — read as published: no hidden count of 1 or 2 can be worked out.
    @Test(arguments: 0..<30)
    func aReaderOfThePublishedReportWorksOutNoHiddenCount(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(7000 + seed))
        let areaCount = [1, 1, 2, 3].randomElement(using: &generator)!
        let areas = (0..<areaCount).map { index -> FollowUpArea in
            var registers = [Self.register(2025, using: &generator)]
            if Bool.random(using: &generator) { registers.insert(Self.register(2024, using: &generator), at: 0) }
            return FollowUpReportTests.area(registers, slug: "omrade-\(index)")
        }
        let today: LocalDate? = [nil, Self.date("2025-12-24"), Self.date("2026-02-01")].randomElement(using: &generator)!
        let report = FollowUpReport(year: 2025, areas: areas, suppressing: true, today: today)
        for (year, reader) in Self.readers(of: report, cap: 10) {
            #expect(reader.disclosed.isEmpty, "seed \(seed), \(year): \(reader.disclosed.map { reader.truth[$0] })")
            // A ".." is never a 0: a reader may take it as at least 1, as the reader above does.
            for variable in reader.domains.indices where reader.domains[variable].first == 1 && reader.domains[variable].count > 2 {
                #expect(reader.truth[variable] > 0, "seed \(seed), \(year)")
            }
        }
    }
}
