import BUSDocsKit
import Foundation
import Testing
import TestSupport

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
        let sentences = FollowUpSentences.sentences(year, previous: nil, scope: .area(deadlineDays: 14), yearIsOver: true, ruleSet: RegisterTests.nacka.1, countyBody: "BUSSAM")
        #expect(sentences.contains("Socialtjänsten skickade 56 avvikelser, varav 33 till BUP; de flesta gällde SIP."))
        #expect(sentences.contains("Elevhälsan skickade 22 avvikelser, varav 17 till BUP; de flesta gällde remisshantering."))
        #expect(sentences.first == "I individforum togs 6 ärenden upp; 50 % av ärendena fick möte inom 14 dagar, och mediantiden från uppmärksammat behov till möte var 14 dagar.")
    }

    /// Swedish official writing: no sentence begins with a figure, and a small number in running text is a word.
    @Test func sentencesDoNotBeginWithAFigure() {
        let report = FollowUpReport(year: 2025, areas: [Self.area([Self.deviationYear()])], suppressing: false)
        var year = report.areas[0].current
        var sentences = FollowUpSentences.sentences(year, previous: nil, scope: .area(deadlineDays: 14), yearIsOver: true, ruleSet: RegisterTests.nacka.1, countyBody: "BUSSAM")
        #expect(sentences.contains("Totalt lyftes 3 ärenden till den lokala styrgruppen."))
        #expect(sentences.contains("Av 78 avvikelser bedömdes 8 som principiella och 8 skickades vidare till BUSSAM."))
        #expect(sentences.contains("Totalt registrerades 61 SIP."))
        #expect(!sentences.contains { $0.first?.isNumber == true }, "\(sentences)")
        year.lifted = Figure(value: 2, state: .small)
        year.deviations = Figure(value: 3)
        year.principal = Figure(value: 1, state: .small)
        year.sentToCountyBody = Figure(value: 0)
        year.sips = Figure(value: 0)
        sentences = FollowUpSentences.sentences(year, previous: nil, scope: .area(deadlineDays: 14), yearIsOver: true, ruleSet: RegisterTests.nacka.1, countyBody: "BUSSAM")
        #expect(sentences.contains("Färre än tre ärenden lyftes till den lokala styrgruppen."))
        #expect(sentences.contains("Av 3 avvikelser bedömdes färre än tre som principiella och ingen skickades vidare till BUSSAM."), "\(sentences)")
        #expect(sentences.contains("Inga SIP registrerades."))
        #expect(!sentences.contains { $0.contains("3 av 3") || $0.contains("färre än 3") }, "\(sentences)")
    }

    /// A count hidden as ".." may be 0: the sentences say it is not shown, and never that something happened.
    @Test func aHiddenCountIsNeverToldAsAFact() {
        let report = FollowUpReport(year: 2025, areas: [Self.area([Self.deviationYear()])], suppressing: false)
        var year = report.areas[0].current
        year.lifted = Figure(value: 0, state: .complement)
        year.sips = Figure(value: 61, state: .complement)
        year.principal = Figure(value: 8, state: .complement)
        var sentences = FollowUpSentences.sentences(year, previous: nil, scope: .area(deadlineDays: 14), yearIsOver: true, ruleSet: RegisterTests.nacka.1, countyBody: "BUSSAM")
        #expect(sentences.contains("Antalet ärenden som lyftes till den lokala styrgruppen redovisas inte, för att skydda enskilda barn."))
        #expect(sentences.contains("Antalet SIP redovisas inte, för att skydda enskilda barn."))
        #expect(!sentences.contains { $0.contains("dolt") || $0.contains("principiella") }, "\(sentences)")
        #expect(sentences.contains { $0.contains("8") && $0.contains("vidare till BUSSAM") }, "\(sentences)")
        year.sentToCountyBody = Figure(value: 8, state: .complement)
        year.cases = Figure(value: 6, state: .complement)
        sentences = FollowUpSentences.sentences(year, previous: nil, scope: .area(deadlineDays: 14), yearIsOver: true, ruleSet: RegisterTests.nacka.1, countyBody: "BUSSAM")
        #expect(sentences.first == "Antalet ärenden i individforum redovisas inte, för att skydda enskilda barn.")
        #expect(!sentences.contains { $0.contains("BUSSAM") || $0.contains("lyftes") }, "\(sentences)")
        // A hidden count with a shown 0 beside it: the sentence is decided on what is shown, not on the count.
        year.sentToCountyBody = Figure(value: 0)
        year.principal = Figure(value: 0, state: .complement)
        sentences = FollowUpSentences.sentences(year, previous: nil, scope: .area(deadlineDays: 14), yearIsOver: true, ruleSet: RegisterTests.nacka.1, countyBody: "BUSSAM")
        let hiddenZero = sentences.filter { $0.contains("BUSSAM") }
        year.principal = Figure(value: 8, state: .complement)
        #expect(FollowUpSentences.sentences(year, previous: nil, scope: .area(deadlineDays: 14), yearIsOver: true, ruleSet: RegisterTests.nacka.1, countyBody: "BUSSAM").filter { $0.contains("BUSSAM") } == hiddenZero)
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
        // A ".." is at least 1 (a 0 is never hidden): two of them under a total of 1 or 2 would each be 1.
        // So the total itself is hidden, and the reader of the published report finds nothing.
        #expect(year.deviations.description == "..")
        #expect([year.solvedLocally, year.sentToCountyBody, year.openDeviations].map(\.description) == ["..", "..", "0"])
        #expect(PublishedReportReaderTests.readers(of: report, cap: 6).allSatisfy { $0.reader.disclosed.isEmpty })
        let sentences = FollowUpSentences.sentences(year, previous: nil, scope: .area(deadlineDays: 14), yearIsOver: true, ruleSet: nil, countyBody: "BUSSAM")
        #expect(sentences.contains("Antalet avvikelser redovisas inte, så att ett litet antal inte kan räknas fram ur en summa."), "\(sentences)")
        #expect(!sentences.joined().contains("av färre än 3"))
    }

    /// A random matrix of counts with its row, column and grand totals, protected: the figures of each.
    static func matrix(_ rowCount: Int, by columnCount: Int, upTo most: Int, in problem: inout ProtectionProblem,
                       using generator: inout SeededGenerator)
        -> (cells: [[ProtectionProblem.Cell]], rows: [ProtectionProblem.Cell], columns: [ProtectionProblem.Cell], grand: ProtectionProblem.Cell) {
        let cells = (0..<rowCount).map { _ in (0..<columnCount).map { _ in problem.count(Int.random(in: 0...most, using: &generator)) } }
        let rows = cells.map { problem.total(of: $0) }
        let columns = (0..<columnCount).map { column in problem.total(of: cells.map { $0[column] }) }
        let grand = problem.total(of: rows)
        problem.sum(columns, is: grand)
        problem.solve(suppressing: true)
        return (cells, rows, columns, grand)
    }

    @Test func matricesAndRegionsAreProtectedTogether() {
        // A matrix with row and column totals: no hidden count can be worked out from any sum.
        for seed in 0..<200 {
            var generator = SeededGenerator(seed: UInt64(seed))
            var problem = ProtectionProblem()
            let cells = Self.matrix(3, by: 4, upTo: 9, in: &problem, using: &generator).cells
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
        // The area's table is as in its own report; the region's total is hidden in its place.
        #expect(report.areas[0].current.cases.description == "färre än 3")
        #expect(report.region.last?.cases.description == "..")
    }

    /// The region's years compare the same areas: an earlier year stands beside the report's only when
    /// every area with a register for the report's year has one for it too, and sums those areas alone.
    @Test func theRegionComparesTheSameAreasYearByYear() {
        let both = FollowUpReport(year: 2025, areas: [Self.area([Self.deviationYear(2024), Self.deviationYear(2025)], slug: "a"),
                                                      Self.area([Self.deviationYear(2024), Self.deviationYear(2025, extra: 6)], slug: "b")], suppressing: false)
        #expect(both.region.map(\.year) == [2024, 2025])
        #expect(both.region.map(\.deviations.value) == [156, 162])
        // b has no register for 2024: 2024's sum would be a's alone, beside both areas' 2025.
        let newcomer = FollowUpReport(year: 2025, areas: [Self.area([Self.deviationYear(2024), Self.deviationYear(2025)], slug: "a"),
                                                          Self.area([Self.deviationYear(2025, extra: 6)], slug: "b")], suppressing: false)
        #expect(newcomer.region.map(\.year) == [2025])
        #expect(newcomer.areas[0].years.map(\.year) == [2024, 2025], "each area still shows its own years")
        // An area without a register for the report's year is not counted in the earlier years either.
        let gone = FollowUpReport(year: 2025, areas: [Self.area([Self.deviationYear(2024), Self.deviationYear(2025)], slug: "a"),
                                                      Self.area([Self.deviationYear(2024, extra: 6)], slug: "b")], suppressing: false)
        #expect(gone.region.map(\.year) == [2024, 2025])
        #expect(gone.region.map(\.deviations.value) == [78, 78])
    }

    @Test func previousYearsStandBesideTheYear() {
        let report = FollowUpReport(year: 2025, areas: [Self.area([Self.deviationYear(2024), Self.deviationYear(2025, extra: 6)])], suppressing: true)
        let area = report.areas[0]
        #expect(area.years.map(\.year) == [2024, 2025])
        #expect(area.years.map(\.deviations.value) == [78, 84])
        #expect(report.region.isEmpty, "one area has no region beside it")
        let sentences = FollowUpSentences.sentences(area.current, previous: area.years[0], scope: .area(deadlineDays: 14), yearIsOver: true, ruleSet: nil, countyBody: "BUSSAM")
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
        for seed in 0..<20 {
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
            // An area's table reads the same in its own report as among all areas: two published reports
            // together tell a reader nothing that one does not.
            for (index, area) in areas.enumerated() {
                let alone = FollowUpReport(year: 2025, areas: [area], suppressing: true)
                #expect(Self.figures(alone.areas[0].current).map(\.description) == Self.figures(report.areas[index].current).map(\.description),
                        "seed \(seed): area \(index)")
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

/// What a reader can work out from printed figures, found by brute force, independently of the protection's
/// own bounds: every integer assignment consistent with the printed marks ("färre än 3" is 1 or 2, ".." any
/// number from 1 — a 0 is never hidden — up to a cap, a printed count itself) and with the sums the tables show.
struct Reader {
    var domains: [[Int]] = []
    var truth: [Int] = []
    var equalities: [(items: [Int], total: Int)] = []
    var atMost: [(items: [Int], total: Int)] = []
    let cap: Int

    init(cap: Int) { self.cap = cap }

    /// A protected matrix read as printed: its marks, row totals, column totals and grand total, and the
    /// sums between them.
    init(matrix cells: [[ProtectionProblem.Cell]], rows: [ProtectionProblem.Cell], columns: [ProtectionProblem.Cell],
         grand: ProtectionProblem.Cell, of problem: ProtectionProblem, cap: Int) {
        self.init(cap: cap)
        let v = cells.map { $0.map { add(problem.figure($0)) } }
        let r = rows.map { add(problem.figure($0)) }
        let c = columns.map { add(problem.figure($0)) }
        let g = add(problem.figure(grand))
        for (row, total) in zip(v, r) { equalities.append((row, total)) }
        for (column, total) in c.enumerated() { equalities.append((v.map { $0[column] }, total)) }
        equalities.append((r, g))
        equalities.append((c, g))
    }

    mutating func add(_ figure: Figure) -> Int {
        switch figure.state {
        case .shown: domains.append([figure.value])
        case .small: domains.append([1, 2])
        case .complement: domains.append(Array(1...cap))
        }
        truth.append(figure.value)
        return domains.count - 1
    }

    /// The same count printed twice (an area's and a region of that one area): what both marks allow.
    mutating func same(_ variable: Int, _ figure: Figure) {
        var other = Reader(cap: cap)
        let index = other.add(figure)
        let allowed = other.domains[index]
        domains[variable] = domains[variable].filter(allowed.contains)
    }

    /// Whether some assignment consistent with everything printed gives `variable` the value `value`: an
    /// exhaustive integer search over the counts tied to it, every domain an interval (a printed count,
    /// 1–2, or 1 up to the cap), narrowed by the sums before each branch.
    func allows(_ variable: Int, _ value: Int) -> Bool {
        // Every sum as Σ coefficient · count = 0 (equal) or ≤ 0.
        let constraints: [(terms: [(Int, Int)], equal: Bool)] =
            equalities.map { ($0.items.map { ($0, 1) } + [($0.total, -1)], true) }
            + atMost.map { ($0.items.map { ($0, 1) } + [($0.total, -1)], false) }
        // Only the counts tied to `variable`, through any chain of sums, matter.
        var component: Set<Int> = [variable]
        var grown = true
        while grown {
            grown = false
            for constraint in constraints where constraint.terms.contains(where: { component.contains($0.0) }) {
                for (term, _) in constraint.terms where !component.contains(term) { component.insert(term); grown = true }
            }
        }
        let related = constraints.filter { $0.terms.contains { component.contains($0.0) } }
        var low = domains.map { $0.min()! }, high = domains.map { $0.max()! }
        guard (low[variable]...high[variable]).contains(value), domains[variable].contains(value) else { return false }
        low[variable] = value
        high[variable] = value
        func narrow(_ low: inout [Int], _ high: inout [Int]) -> Bool {
            var changed = true
            while changed {
                changed = false
                for (terms, equal) in related {
                    let least = terms.reduce(0) { $0 + ($1.1 > 0 ? low[$1.0] : -high[$1.0]) }
                    let most = terms.reduce(0) { $0 + ($1.1 > 0 ? high[$1.0] : -low[$1.0]) }
                    if least > 0 || (equal && most < 0) { return false }
                    for (term, coefficient) in terms {
                        let ownLeast = coefficient > 0 ? low[term] : -high[term]
                        let ownMost = coefficient > 0 ? high[term] : -low[term]
                        // coefficient · x ≤ -(least of the others), and ≥ -(most of the others) when equal.
                        let upper = -(least - ownLeast)
                        let lower = equal ? -(most - ownMost) : Int.min / 4
                        if coefficient > 0 {
                            if upper < high[term] { high[term] = upper; changed = true }
                            if lower > low[term] { low[term] = lower; changed = true }
                        } else {
                            if -lower < high[term], equal { high[term] = -lower; changed = true }
                            if -upper > low[term] { low[term] = -upper; changed = true }
                        }
                        if low[term] > high[term] { return false }
                    }
                }
            }
            return true
        }
        func search(_ low: [Int], _ high: [Int]) -> Bool {
            var low = low, high = high
            guard narrow(&low, &high) else { return false }
            guard let open = component.filter({ low[$0] < high[$0] }).min(by: { high[$0] - low[$0] < high[$1] - low[$1] }) else { return true }
            for candidate in low[open]...high[open] {
                var l = low, h = high
                l[open] = candidate
                h[open] = candidate
                if search(l, h) { return true }
            }
            return false
        }
        return search(low, high)
    }

    /// Hidden counts of 1 or 2 that only one value fits.
    var disclosed: [Int] {
        domains.indices.filter { variable in
            domains[variable].count > 1 && (1...2).contains(truth[variable])
                && !domains[variable].contains { $0 != truth[variable] && allows(variable, $0) }
        }
    }
}

extension FollowUpReportTests {
    static func forumCase(_ noticed: String, _ meeting: String?, _ outcome: ForumOutcome) -> ForumCase {
        ForumCase(noticed: date(noticed), meeting: meeting.map(date), parties: ["soc-nacka", "bup-nacka"], outcome: outcome)
    }

    static func deviation(_ from: String, _ to: String, _ topic: DeviationTopic, _ principal: Bool, _ status: DeviationStatus) -> DeviationEntry {
        DeviationEntry(date: date("2026-02-01"), from: from, to: to, topic: topic, principal: principal, status: status)
    }

    /// A small register as an area keeps it: four cases, three deviations from three senders to BUP.
    /// Before: 4 = two counts of "färre än 3" gave each as 2, three "färre än 3" summing to 3 gave each as 1.
    @Test func aSmallRegisterGivesNoCountAway() {
        var register = RegisterYear(year: 2026)
        register.cases = [
            Self.forumCase("2026-01-15", "2026-01-22", .solved), Self.forumCase("2026-02-03", "2026-02-10", .solved),
            Self.forumCase("2026-03-01", nil, .ongoing), Self.forumCase("2026-04-01", "2026-04-30", .ongoing),
        ]
        register.deviations = [
            Self.deviation("socialtjanst", "bup", .sip, true, .sentToCountyBody),
            Self.deviation("utbildning", "bup", .referral, false, .solvedLocally),
            Self.deviation("elevhalsa", "bup", .information, false, .open),
        ]
        let report = FollowUpReport(year: 2026, areas: [Self.area([register])], suppressing: true)
        #expect(report.derivableSums == 0)
        let reader = PublishedReportReaderTests.readers(of: report, cap: 6).last!.reader
        #expect(reader.disclosed.isEmpty, "\(reader.disclosed)")
        // 4 = "färre än 3" + "färre än 3" + a printed 0 would say 2 and 2; a 0 is never hidden, so the 4 is.
        #expect(report.areas[0].current.cases.description == "..")
    }

    /// Five cases, four held within the deadline: "färre än 3" late cases beside 5 and 4 said 1.
    @Test func aWithinAndLateSplitGivesNoCountAway() {
        var register = RegisterYear(year: 2026)
        register.cases = [
            Self.forumCase("2026-01-15", "2026-01-22", .solved), Self.forumCase("2026-02-03", "2026-02-10", .solved),
            Self.forumCase("2026-03-03", "2026-03-10", .solved), Self.forumCase("2026-04-03", "2026-04-10", .solved),
            Self.forumCase("2026-11-25", nil, .ongoing),
        ]
        let report = FollowUpReport(year: 2026, areas: [Self.area([register])], suppressing: true)
        let year = report.areas[0].current
        #expect([year.cases.value, year.withinDeadline.value, year.late.value] as [Int] == [5, 4, 1])
        #expect(report.derivableSums == 0)
        let reader = PublishedReportReaderTests.readers(of: report, cap: 7).last!.reader
        #expect(reader.disclosed.isEmpty, "\(reader.disclosed)")
    }

    /// The current year is measured as of the run's date: a case whose deadline has not come is neither
    /// within nor late, and a meeting dated after the run's date is booked, not held.
    @Test func theCurrentYearCountsACaseLateOnlyAfterItsDeadline() {
        var register = RegisterYear(year: 2026)
        register.cases = [
            Self.forumCase("2026-01-15", "2026-01-22", .solved), Self.forumCase("2026-02-03", "2026-02-10", .solved),
            Self.forumCase("2026-03-03", "2026-03-30", .solved), Self.forumCase("2026-04-03", "2026-04-10", .solved),
            Self.forumCase("2026-11-25", nil, .ongoing), Self.forumCase("2026-11-20", "2026-12-01", .ongoing),
            Self.forumCase("2026-10-01", nil, .ongoing),
        ]
        let figures = { (today: LocalDate?) in
            let report = FollowUpReport(year: 2026, areas: [Self.area([register])], suppressing: false, today: today)
            let year = report.areas[0].current
            return "\([year.withinDeadline.value, year.late.value, year.notYetDue.value]) \(report.partOfYearUntil?.description ?? "-")"
        }
        // 27 November: within 14 days 3, late 2 (the March meeting after 27 days, October's case without
        // one); not yet due: the case of 25 November and the one whose meeting is booked for 1 December.
        #expect(figures(Self.date("2026-11-27")) == "[3, 2, 2] 2026-11-27")
        // 10 December: the case of 20 November met on 1 December, within its deadline; 25 November's passed.
        #expect(figures(Self.date("2026-12-10")) == "[4, 3, 0] 2026-12-10")
        // The year over: as of 31 December, whatever the run's date.
        #expect(figures(Self.date("2027-03-01")) == "[4, 3, 0] -")
        #expect(figures(nil) == "[4, 3, 0] -")
    }

    /// A deadline on a day off runs on to the next working day (lag 1930:173), as the protocol says: a
    /// meeting on the Monday after a Sunday deadline is in time, one on the Tuesday late; a case waiting
    /// over a deadline on julafton is late only after the days off that follow.
    @Test func aDeadlineOnADayOffRunsOnToTheNextWorkingDay() {
        var register = RegisterYear(year: 2026)
        register.cases = [
            Self.forumCase("2026-11-15", "2026-11-30", .solved), Self.forumCase("2026-11-15", "2026-12-01", .solved),
            Self.forumCase("2026-12-10", nil, .ongoing),
        ]
        let figures = { (today: String) in
            let year = FollowUpReport(year: 2026, areas: [Self.area([register])], suppressing: false, today: Self.date(today)).areas[0].current
            return [year.withinDeadline.value, year.late.value, year.notYetDue.value] as [Int]
        }
        #expect(figures("2026-12-02") == [1, 1, 1])
        #expect(figures("2026-12-28") == [1, 1, 1])
        #expect(figures("2026-12-29") == [1, 2, 0])
    }

    /// A year before the report's is measured at its own end: a case of late December met in January is
    /// held within the deadline, whatever the run's date.
    @Test func aPastYearIsMeasuredAtItsEnd() {
        var register = RegisterYear(year: 2025)
        register.cases = [Self.forumCase("2025-12-28", "2026-01-05", .solved), Self.forumCase("2025-12-29", nil, .ongoing)]
        let report = FollowUpReport(year: 2026, areas: [Self.area([register, RegisterYear(year: 2026)])], suppressing: false, today: Self.date("2026-11-27"))
        let past = report.areas[0].years[0]
        #expect([past.withinDeadline.value, past.late.value, past.notYetDue.value] as [Int] == [1, 0, 1])
    }

    /// A matrix row whose shown counts leave 2 for two cells of "färre än 3", and a total of "färre än 3"
    /// over two of them (Nacka's 2025 deviations, reduced): neither may tell a 1.
    @Test func aMatrixRowGivesNoCountAway() {
        var register = RegisterYear(year: 2026)
        register.deviations = Array(repeating: Self.deviation("elevhalsa", "bup", .sip, false, .solvedLocally), count: 8)
            + [Self.deviation("elevhalsa", "socialtjanst", .referral, false, .solvedLocally),
               Self.deviation("elevhalsa", "hab", .consent, false, .open),
               Self.deviation("bup", "socialtjanst", .information, false, .open),
               Self.deviation("bup", "utbildning", .information, true, .sentToCountyBody)]
            + Array(repeating: Self.deviation("socialtjanst", "bup", .sip, true, .sentToCountyBody), count: 4)
        let report = FollowUpReport(year: 2026, areas: [Self.area([register])], suppressing: true)
        #expect(report.derivableSums == 0)
        let reader = PublishedReportReaderTests.readers(of: report, cap: 10).last!.reader
        #expect(reader.disclosed.isEmpty, "\(reader.disclosed)")
    }

    /// Small matrices with their margins: what the brute-force reader finds agrees with the protection.
    @Test func smallMatricesGiveNoCountAwayToABruteForceReader() {
        for seed in 0..<40 {
            var generator = SeededGenerator(seed: UInt64(500 + seed))
            var problem = ProtectionProblem()
            let (cells, rows, columns, grand) = Self.matrix(2, by: 3, upTo: 4, in: &problem, using: &generator)
            let reader = Reader(matrix: cells, rows: rows, columns: columns, grand: grand, of: problem, cap: 10)
            #expect(reader.disclosed.isEmpty, "seed \(seed)")
            #expect(problem.derivable.isEmpty, "seed \(seed)")
        }
    }

    /// The example registers: nothing to work out, and most of Nacka's figures still readable (2025: late
    /// cases are 3, the meeting of 2025-07-28 in time for a deadline on a Saturday, and 3 has a neighbour to hide).
    @Test func theExampleRegisterGivesNothingAwayAndStaysReadable() {
        let root = TestPaths.packageRoot().appendingPathComponent("Register/nacka-2023").path
        for (year, most) in [(2024, 20), (2025, 22)] {
            let register = RegisterReader.read(areaFolder: root, year: year, agreement: RegisterTests.nacka.0, ruleSet: RegisterTests.nacka.1).year
            let report = FollowUpReport(year: year, areas: [Self.area([register])], suppressing: true)
            #expect(report.derivableSums == 0, "\(year)")
            let figures = Self.figures(report.areas[0].current)
            let hidden = figures.filter { !$0.isShown }.count
            #expect(hidden <= most, "\(year): \(hidden) of \(figures.count) hidden")
        }
    }
}
