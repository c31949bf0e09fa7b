/// One area's input to the yearly follow-up: its agreement and the register years that exist.
public struct FollowUpArea: Sendable {
    public var name: String
    /// The agreement file's stem, which names its register folder and its part of the report.
    public var slug: String
    public var agreement: Agreement
    public var ruleSet: RuleSet
    /// Register years, oldest first; the report's year among them when it exists.
    public var registers: [RegisterYear]

    public init(name: String, slug: String, agreement: Agreement, ruleSet: RuleSet, registers: [RegisterYear]) {
        self.name = name
        self.slug = slug
        self.agreement = agreement
        self.ruleSet = ruleSet
        self.registers = registers.sorted { $0.year < $1.year }
    }

    /// The individforum's deadline in days: the agreement's `inom-dagar`, else the rule set's.
    public var deadlineDays: Int {
        for group in agreement.groups(ofKind: .individualForum) {
            if case let .whenNeeded(days)? = group.meetings?.value, let days { return days.value }
        }
        return ruleSet.individualForumDeadlineDays
    }

    /// Why the agreement did not apply at any time in `year`: it is not decided yet (a draft), starts after
    /// the year ends, or ended before the year began (`giltighet`). Nil when it applied some of the year, when its dates cannot
    /// be read, and when the area has a register for the year all the same (its figures are shown).
    public func notInForce(in year: Int) -> NotInForce? {
        guard !registers.contains(where: { $0.year == year }) else { return nil }
        // A draft (`new` writes no start) or one out for consultation has not applied yet.
        if let status = agreement.status?.value, status == .draft || status == .consultation {
            return NotInForce(area: name, reason: .notDecided(status))
        }
        if let start = agreement.validity?.from?.value.date, start > LocalDate(year: year, month: 12, day: 31) {
            return NotInForce(area: name, reason: .startsAfter(start))
        }
        if let end = agreement.validity?.until?.value.endDate, end < LocalDate(year: year, month: 1, day: 1) {
            return NotInForce(area: name, reason: .endedBefore(end))
        }
        return nil
    }

    /// The indicators the agreement follows up (`uppföljning.indikatorer`); all four when it names none.
    public var indicators: [String] {
        let written = agreement.followUp?.indicators.map(\.value) ?? []
        return written.isEmpty ? FollowUpReport.allIndicators : written
    }
}

/// An area left out of a year's follow-up because its agreement did not apply at any time in the year.
public struct NotInForce: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// `giltighet.från` after the year ends.
        case startsAfter(LocalDate)
        /// `giltighet.till` before the year begins.
        case endedBefore(LocalDate)
        /// `status: utkast` or `remiss`: not decided, so not yet in force.
        case notDecided(AgreementStatus)
    }

    public var area: String
    public var reason: Reason

    /// "Vallentuna: överenskommelsen gäller från 2026-01-01", as the report says it.
    public var sentence: LocalizedText {
        switch reason {
        case .startsAfter(let start):
            LocalizedText(sv: "\(area): överenskommelsen gäller från \(start)", en: "\(area): the agreement applies from \(start)")
        case .endedBefore(let end):
            LocalizedText(sv: "\(area): överenskommelsen gällde till \(end)", en: "\(area): the agreement applied until \(end)")
        case .notDecided(let status):
            LocalizedText(sv: "\(area): överenskommelsen är ännu inte beslutad (status: \(status.rawValue))",
                          en: "\(area): the agreement is not decided yet (status: \(status.rawValue))")
        }
    }
}

/// The figures of one year, for one area or the whole region, every count protected.
public struct YearFigures: Sendable {
    public var year: Int
    public var hasRegister: Bool
    // Individforum
    public var cases: Figure
    public var solved: Figure
    public var lifted: Figure
    public var ongoing: Figure
    /// Cases whose meeting was held, or whose deadline passed without one by the end of the year or
    /// the run's date, whichever is earlier.
    public var withinDeadline: Figure
    public var late: Figure
    /// Cases without a meeting whose deadline has not passed by then: neither within nor late. Printed
    /// whenever it is not a printed 0 (see `FollowUpReport.printsNotYetDue`), also for a finished year.
    public var notYetDue: Figure
    /// Per cent held within the deadline; nil when either count is hidden or none is measured.
    public var sharePercent: Int?
    /// Median days from noticed to meeting; nil under three meetings, and while a count of the
    /// individforum's timing is hidden (how many meetings were held would bound it).
    public var medianDays: Double?
    // Deviations
    public var deviations: Figure
    /// Sending service × receiving service.
    public var senders: [String]
    public var receivers: [String]
    public var matrix: [[Figure]]
    public var senderTotals: [Figure]
    public var receiverTotals: [Figure]
    public var topics: [(topic: DeviationTopic, count: Figure)]
    /// Per sending service, the topic most of its deviations concern, and whether it is more than half.
    public var senderTopic: [String: (topic: DeviationTopic, majority: Bool)]
    public var principal: Figure
    public var solvedLocally: Figure
    public var sentToCountyBody: Figure
    public var openDeviations: Figure
    // SIP
    public var sips: Figure?
    public var sipsByParty: [(party: String, count: Figure)]
}

/// The yearly follow-up across areas: per area the year and the years before it, and the region's sum.
public struct FollowUpReport: Sendable {
    public static let allIndicators = ["individforum-ärenden", "olösta-ärenden", "avvikelser", "sip"]

    public struct Area: Sendable {
        public var name: String
        public var slug: String
        public var deadlineDays: Int
        public var indicators: [String]
        /// Party id → the party's name, for tables.
        public var partyNames: [String: String]
        /// Where the area's deviations of a principal nature go, as its agreement names it (`avvikelser.mottagare`,
        /// else its rule set's): "BUSSAM", "samrådsgrupp för barns och ungas hälsa".
        public var countyBody: String
        /// Oldest first; the last is the report's year.
        public var years: [YearFigures]
        public var current: YearFigures { years[years.count - 1] }
    }

    public var year: Int
    /// The run's date (`--today`) when the year is not over by then: the report covers the year so far.
    public var partOfYearUntil: LocalDate?
    public var suppressed: Bool
    public var areas: [Area]
    /// The region's figures per year (the areas' sums), oldest first; empty with one area, which has no
    /// region beside it.
    public var region: [YearFigures]
    /// Sums, over every year, in which exactly one hidden count is unknown; protection leaves none.
    public var derivableSums: Int = 0
    /// Agreements whose area is not in the report because they cannot be read.
    public var leftOut: [LeftOut] = []
    /// Areas not in the report because their agreement did not apply at any time in the year.
    public var notInForce: [NotInForce] = []

    /// An agreement left out of the follow-up: its file, and why (Swedish, as the report says it).
    public struct LeftOut: Sendable, Equatable {
        public var path: String
        public var reason: String

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// Computes and protects every figure as of `today` (nil: every year is over). Each area's table is
    /// protected on its own, so that it reads the same in every report it is in (one area's, all areas'),
    /// and two reports together give nothing away that one does not. The region's counts are then
    /// protected with the areas' as they stand: no count hidden in one table can be worked out from another.
    /// An area whose agreement did not apply at any time in the year, and has no register for it, is left
    /// out (`notInForce`): "inget register" would ask for a register the area cannot have.
    public init(year: Int, areas all: [FollowUpArea], suppressing: Bool, today: LocalDate? = nil) {
        self.year = year
        notInForce = all.compactMap { $0.notInForce(in: year) }
        let areas = all.filter { $0.notInForce(in: year) == nil }
        self.suppressed = suppressing
        let partOfYearUntil = today.flatMap { $0 < LocalDate(year: year, month: 12, day: 31) ? $0 : nil }
        self.partOfYearUntil = partOfYearUntil
        let years = Set(areas.flatMap { $0.registers.map(\.year) }.filter { $0 <= year }).union([year]).sorted()
        var perArea: [[YearFigures]] = areas.map { _ in [] }
        var derivableSums = 0
        var region: [YearFigures] = []
        for shownYear in years {
            var problem = ProtectionProblem()
            let cells = areas.map { area -> YearCells in
                let register = area.registers.first { $0.year == shownYear } ?? RegisterYear(year: shownYear)
                let first = problem.count
                let cells = YearCells(register: register, area: area, today: today, problem: &problem)
                if suppressing, areas.count > 1 {
                    var own = ProtectionProblem()
                    _ = YearCells(register: register, area: area, today: today, problem: &own)
                    own.solve(suppressing: true)
                    problem.fix(from: first, as: own)
                }
                return cells
            }
            // With one area there is no region beside it: its tables would repeat the area's. The region's
            // years compare the same areas: those with a register for the report's year, and an earlier year
            // only when each of them has one for it too (else one year's sum is other areas' than the next).
            let counted = areas.indices.filter { index in areas[index].registers.contains { $0.year == year } }
            let comparable = shownYear == year || counted.allSatisfy { index in areas[index].registers.contains { $0.year == shownYear } }
            let regionCells = areas.count > 1 && comparable ? YearCells(summing: counted.map { cells[$0] }, problem: &problem) : nil
            problem.solve(suppressing: suppressing)
            derivableSums += problem.derivable.count
            for (index, area) in areas.enumerated() {
                let register = area.registers.first { $0.year == shownYear }
                // A year before the report's is shown only for an area with a register that year.
                guard register != nil || shownYear == year else { continue }
                perArea[index].append(cells[index].figures(year: shownYear, hasRegister: register != nil, problem: problem))
            }
            if let regionCells { region.append(regionCells.figures(year: shownYear, hasRegister: true, problem: problem)) }
        }
        self.derivableSums = derivableSums
        self.areas = areas.enumerated().map { index, area in
            Area(name: area.name, slug: area.slug, deadlineDays: area.deadlineDays, indicators: area.indicators,
                 partyNames: Dictionary(area.agreement.parties.map { ($0.id.value, $0.name?.value ?? $0.id.value) }, uniquingKeysWith: { first, _ in first }),
                 countyBody: area.agreement.countyBody(ruleSet: area.ruleSet), years: perArea[index])
        }
        self.region = region
    }

    /// Whether a table of these years prints the row of cases not yet due: while the year is not over,
    /// and whenever a year's count is anything but a printed 0. A row left out is a 0 the reader can add:
    /// Ärenden = Möte inom + Möte senare, as the protection assumes.
    public static func printsNotYetDue(_ years: [YearFigures], partOfYear: Bool) -> Bool {
        partOfYear || years.contains { !($0.notYetDue.isShown && $0.notYetDue.value == 0) }
    }

    /// Service ids in the order reports list them: the mandatory services first, then the rest by name.
    public static func serviceOrder(_ services: Set<String>) -> [String] {
        let first = ["socialtjanst", "utbildning", "elevhalsa", "bup", "hab", "bumm"]
        return first.filter(services.contains) + services.subtracting(first).sorted()
    }
}

/// The cells of one area's (or the region's) year in a protection problem.
struct YearCells {
    typealias Cell = ProtectionProblem.Cell
    var cases, solved, lifted, ongoing, within, late, deviations, principal, solvedLocally, sent, open: Cell
    /// Counts the report leaves out but a reader could compute: cases not yet due, deviations not principal.
    var notYetDue, notPrincipal: Cell
    var pairs: [String: [String: Cell]]
    var senderTotals: [String: Cell]
    var receiverTotals: [String: Cell]
    var topics: [DeviationTopic: Cell]
    /// Not published as counts: only which topic most of a sender's deviations concern.
    var senderTopicCounts: [String: [DeviationTopic: Int]]
    var sips: Cell?
    var sipParties: [(String, Cell)]
    var medianDays: Double?
    /// Days from noticed to meeting of every held meeting, for the median (never published one by one).
    var heldDays: [Int]

    /// `today`: the run's date; a case is measured as of the end of its year or then, whichever is earlier.
    init(register: RegisterYear, area: FollowUpArea, today: LocalDate?, problem: inout ProtectionProblem) {
        let deadline = area.deadlineDays
        let yearEnd = LocalDate(year: register.year, month: 12, day: 31)
        let end = today.map { min($0, yearEnd) } ?? yearEnd
        let count = { (predicate: (ForumCase) -> Bool) in register.cases.filter(predicate).count }
        solved = problem.count(count { $0.outcome == .solved })
        lifted = problem.count(count { $0.outcome == .liftedToSteeringGroup })
        ongoing = problem.count(count { $0.outcome == .ongoing })
        cases = problem.total(of: [solved, lifted, ongoing])
        // A meeting dated after the run's date is booked, not held: the case waits like one without a date.
        let isHeld = { (c: ForumCase) in c.meeting.map { meeting in today.map { meeting <= $0 } ?? true } ?? false }
        // In time up to the deadline's last day, a day off moving it on to the next working day.
        let lastDay = { (c: ForumCase) in SwedishCalendar.lastDay(of: deadline, from: c.noticed) }
        let heldCases = register.cases.filter(isHeld)
        let held = heldCases.map { $0.noticed.daysUntil($0.meeting!) }
        let heldInTime = heldCases.filter { $0.meeting! <= lastDay($0) }.count
        within = problem.count(heldInTime)
        // Late without a meeting: the deadline's last day passed before `end`.
        let waiting = register.cases.filter { !isHeld($0) }
        let overdue = waiting.filter { lastDay($0) < end }.count
        late = problem.count(heldCases.count - heldInTime + overdue)
        // Printed whenever it is not 0; a row left out is a 0 (`FollowUpReport.printsNotYetDue`).
        notYetDue = problem.count(waiting.count - overdue)
        problem.sum([within, late, notYetDue], is: cases)
        heldDays = held
        medianDays = held.count >= 3 ? YearCells.median(held) : nil

        var pairCounts: [String: [String: Int]] = [:]
        var senderTopicCounts: [String: [DeviationTopic: Int]] = [:]
        for deviation in register.deviations {
            pairCounts[deviation.from, default: [:]][deviation.to, default: 0] += 1
            senderTopicCounts[deviation.from, default: [:]][deviation.topic, default: 0] += 1
        }
        self.senderTopicCounts = senderTopicCounts
        var pairs: [String: [String: Cell]] = [:]
        // Cells and sums are made in a fixed order, so the same register is protected the same way on every run.
        for from in pairCounts.keys.sorted() {
            for to in pairCounts[from]!.keys.sorted() { pairs[from, default: [:]][to] = problem.count(pairCounts[from]![to]!) }
        }
        self.pairs = pairs
        (senderTotals, receiverTotals, deviations) = YearCells.margins(pairs, problem: &problem)
        var topics: [DeviationTopic: Cell] = [:]
        for topic in DeviationTopic.allCases { topics[topic] = problem.count(register.deviations.filter { $0.topic == topic }.count) }
        self.topics = topics
        problem.sum(DeviationTopic.allCases.map { topics[$0]! }, is: deviations)
        principal = problem.count(register.deviations.filter(\.principal).count)
        notPrincipal = problem.count(register.deviations.filter { !$0.principal }.count, displayed: false)
        problem.sum([principal, notPrincipal], is: deviations)
        solvedLocally = problem.count(register.deviations.filter { $0.status == .solvedLocally }.count)
        sent = problem.count(register.deviations.filter { $0.status == .sentToCountyBody }.count)
        open = problem.count(register.deviations.filter { $0.status == .open }.count)
        problem.sum([solvedLocally, sent, open], is: deviations)

        if let sips = register.sips {
            sipParties = sips.map { ($0.party, problem.count($0.count)) }
            self.sips = problem.total(of: sipParties.map(\.1))
        } else {
            sipParties = []
            sips = nil
        }
    }

    /// The region: every count the sum of the areas' same count, tied to them.
    init(summing areas: [YearCells], problem: inout ProtectionProblem) {
        func sum(_ cells: [Cell]) -> Cell { problem.total(of: cells) }
        solved = sum(areas.map(\.solved))
        lifted = sum(areas.map(\.lifted))
        ongoing = sum(areas.map(\.ongoing))
        cases = sum(areas.map(\.cases))
        problem.sum([solved, lifted, ongoing], is: cases)
        within = sum(areas.map(\.within))
        late = sum(areas.map(\.late))
        notYetDue = sum(areas.map(\.notYetDue))
        problem.sum([within, late, notYetDue], is: cases)
        heldDays = areas.flatMap(\.heldDays)
        medianDays = heldDays.count >= 3 ? YearCells.median(heldDays) : nil
        var pairs: [String: [String: Cell]] = [:]
        let froms = Set(areas.flatMap { $0.pairs.keys }).sorted()
        for from in froms {
            let tos = Set(areas.flatMap { $0.pairs[from]?.keys.map { $0 } ?? [] }).sorted()
            for to in tos { pairs[from, default: [:]][to] = sum(areas.compactMap { $0.pairs[from]?[to] }) }
        }
        self.pairs = pairs
        var senderTopicCounts: [String: [DeviationTopic: Int]] = [:]
        for area in areas {
            for (from, counts) in area.senderTopicCounts { for (topic, n) in counts { senderTopicCounts[from, default: [:]][topic, default: 0] += n } }
        }
        self.senderTopicCounts = senderTopicCounts
        (senderTotals, receiverTotals, deviations) = YearCells.margins(pairs, problem: &problem)
        problem.sum(areas.map(\.deviations), is: deviations)
        for from in froms { problem.sum(areas.compactMap { $0.senderTotals[from] }, is: senderTotals[from]!) }
        for to in receiverTotals.keys.sorted() { problem.sum(areas.compactMap { $0.receiverTotals[to] }, is: receiverTotals[to]!) }
        var topics: [DeviationTopic: Cell] = [:]
        for topic in DeviationTopic.allCases { topics[topic] = sum(areas.map { $0.topics[topic]! }) }
        self.topics = topics
        problem.sum(DeviationTopic.allCases.map { topics[$0]! }, is: deviations)
        principal = sum(areas.map(\.principal))
        notPrincipal = problem.count(areas.map { problem.value($0.notPrincipal) }.reduce(0, +), displayed: false)
        problem.sum(areas.map(\.notPrincipal), is: notPrincipal)
        problem.sum([principal, notPrincipal], is: deviations)
        solvedLocally = sum(areas.map(\.solvedLocally))
        sent = sum(areas.map(\.sent))
        open = sum(areas.map(\.open))
        problem.sum([solvedLocally, sent, open], is: deviations)
        let withSIP = areas.compactMap(\.sips)
        sips = withSIP.isEmpty ? nil : sum(withSIP)
        sipParties = []
    }

    /// Row and column totals of a matrix and its grand total, all tied to the cells.
    static func margins(_ pairs: [String: [String: Cell]], problem: inout ProtectionProblem) -> ([String: Cell], [String: Cell], Cell) {
        var senders: [String: Cell] = [:], receivers: [String: Cell] = [:]
        let froms = pairs.keys.sorted()
        for from in froms { senders[from] = problem.total(of: pairs[from]!.keys.sorted().map { pairs[from]![$0]! }) }
        let tos = Set(pairs.values.flatMap(\.keys)).sorted()
        for to in tos { receivers[to] = problem.total(of: froms.compactMap { pairs[$0]![to] }) }
        let grand = problem.total(of: froms.map { senders[$0]! })
        problem.sum(tos.map { receivers[$0]! }, is: grand)
        return (senders, receivers, grand)
    }

    static func median(_ values: [Int]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }

    func figures(year: Int, hasRegister: Bool, problem: ProtectionProblem) -> YearFigures {
        let f = problem.figure
        let senders = FollowUpReport.serviceOrder(Set(pairs.keys))
        let receivers = FollowUpReport.serviceOrder(Set(pairs.values.flatMap(\.keys)))
        let withinFigure = f(within), lateFigure = f(late)
        let measured = withinFigure.value + lateFigure.value
        let share = withinFigure.isShown && lateFigure.isShown && measured > 0
            ? Int((Double(withinFigure.value) * 100 / Double(measured)).rounded()) : nil
        // A median of one or two meetings would tell their dates; under three it is left out. That it is
        // there says three meetings or more were held: told only when every count of the timing is shown.
        let casesFigure = f(cases)
        let timingShown = casesFigure.isShown && withinFigure.isShown && lateFigure.isShown && f(notYetDue).isShown
        return YearFigures(
            year: year, hasRegister: hasRegister,
            cases: casesFigure, solved: f(solved), lifted: f(lifted), ongoing: f(ongoing),
            withinDeadline: withinFigure, late: lateFigure, notYetDue: f(notYetDue), sharePercent: share,
            medianDays: timingShown ? medianDays : nil,
            deviations: f(deviations), senders: senders, receivers: receivers,
            matrix: senders.map { from in receivers.map { to in pairs[from]?[to].map(f) ?? Figure(value: 0) } },
            senderTotals: senders.map { f(senderTotals[$0]!) }, receiverTotals: receivers.map { f(receiverTotals[$0]!) },
            topics: DeviationTopic.allCases.map { ($0, f(topics[$0]!)) },
            senderTopic: senderTopicCounts.compactMapValues { counts in
                let total = counts.values.reduce(0, +)
                let sorted = DeviationTopic.allCases.map { ($0, counts[$0] ?? 0) }.sorted { $0.1 > $1.1 }
                // A tie names no topic.
                guard let top = sorted.first, top.1 > 0, sorted.count < 2 || sorted[1].1 < top.1 else { return nil }
                return (top.0, top.1 * 2 > total)
            },
            principal: f(principal), solvedLocally: f(solvedLocally), sentToCountyBody: f(sent), openDeviations: f(open),
            sips: sips.map(f), sipsByParty: sipParties.map { ($0.0, f($0.1)) })
    }
}

extension LocalDate {
    /// Days from this date to another (negative when it is earlier).
    public func daysUntil(_ other: LocalDate) -> Int { other.dayNumber - dayNumber }
}
