/// The yearly follow-up as data (`report --format json`): the same figures as the HTML report, protected
/// the same way — a hidden count is the text "färre än 3" or "..", never its number.
public enum FollowUpJSONFormatter {
    struct Output: Encodable {
        var year: Int
        /// The run's date when the year is not over: the figures are the year's so far.
        var until: String?
        var protected: Bool
        var region: [Year]
        var areas: [Area]
        /// Agreements whose area is left out because they cannot be read.
        var leftOut: [LeftOut]
    }

    struct LeftOut: Encodable {
        var path: String
        var reason: String
    }

    struct Area: Encodable {
        var name: String
        var slug: String
        var deadlineDays: Int
        var indicators: [String]
        var years: [Year]
    }

    struct Year: Encodable {
        var year: Int
        var hasRegister: Bool
        var individforum: Forum
        var deviations: Deviations
        var sip: SIP?
    }

    struct Forum: Encodable {
        var cases, solved, liftedToSteeringGroup, ongoing, withinDeadline, late: Count
        /// Cases without a meeting whose deadline had not passed at the end of the year (or the run's date).
        var notYetDue: Count
        var withinDeadlinePercent: Int?
        var medianDaysToMeeting: Double?
    }

    struct Deviations: Encodable {
        var total, principal, solvedLocally, sentToBUSSAM, open: Count
        var byTopic: [String: Count]
        /// Sending service → receiving service → count.
        var matrix: [String: [String: Count]]
        var bySender: [String: Count]
        var byReceiver: [String: Count]
    }

    struct SIP: Encodable {
        var total: Count
        var byParty: [String: Count]
    }

    /// A number when shown; "färre än 3" or ".." when protected.
    struct Count: Encodable {
        var figure: Figure
        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            if figure.isShown { try container.encode(figure.value) } else { try container.encode(figure.description) }
        }
    }

    public static func format(_ report: FollowUpReport) -> String {
        JSONOutput.encode(Output(
            year: report.year, until: report.partOfYearUntil?.description, protected: report.suppressed,
            region: report.region.map(year),
            areas: report.areas.map { area in
                Area(name: area.name, slug: area.slug, deadlineDays: area.deadlineDays, indicators: area.indicators,
                     years: area.years.map(year))
            },
            leftOut: report.leftOut.map { LeftOut(path: $0.path, reason: $0.reason) }))
    }

    static func year(_ figures: YearFigures) -> Year {
        let c = { Count(figure: $0) }
        var matrix: [String: [String: Count]] = [:]
        for (row, from) in figures.senders.enumerated() {
            for (column, to) in figures.receivers.enumerated() where figures.matrix[row][column].value > 0 || !figures.matrix[row][column].isShown {
                matrix[from, default: [:]][to] = c(figures.matrix[row][column])
            }
        }
        return Year(
            year: figures.year, hasRegister: figures.hasRegister,
            individforum: Forum(
                cases: c(figures.cases), solved: c(figures.solved), liftedToSteeringGroup: c(figures.lifted), ongoing: c(figures.ongoing),
                withinDeadline: c(figures.withinDeadline), late: c(figures.late), notYetDue: c(figures.notYetDue),
                withinDeadlinePercent: figures.sharePercent, medianDaysToMeeting: figures.medianDays),
            deviations: Deviations(
                total: c(figures.deviations), principal: c(figures.principal), solvedLocally: c(figures.solvedLocally),
                sentToBUSSAM: c(figures.sentToCountyBody), open: c(figures.openDeviations),
                byTopic: Dictionary(uniqueKeysWithValues: figures.topics.map { ($0.topic.rawValue, c($0.count)) }),
                matrix: matrix,
                bySender: Dictionary(uniqueKeysWithValues: zip(figures.senders, figures.senderTotals.map(c))),
                byReceiver: Dictionary(uniqueKeysWithValues: zip(figures.receivers, figures.receiverTotals.map(c)))),
            sip: figures.sips.map { SIP(total: c($0), byParty: Dictionary(figures.sipsByParty.map { ($0.party, c($0.count)) }, uniquingKeysWith: { a, _ in a })) })
    }
}
