/// One year of an area's follow-up register (`Register/<agreement>/<year>/`): counts and dates only, no
/// personal data. Read from the CSV files an area exports from Excel.
public struct RegisterYear: Sendable, Equatable {
    public var year: Int
    public var cases: [ForumCase] = []
    public var deviations: [DeviationEntry] = []
    /// Per party, the SIPs held; nil when the year has no `sip.csv`.
    public var sips: [SIPCount]?

    public init(year: Int) {
        self.year = year
    }
}

/// One case in the individforum (`individforum.csv`).
public struct ForumCase: Sendable, Equatable {
    public var noticed: LocalDate
    /// Nil while the meeting is still to be held.
    public var meeting: LocalDate?
    /// Party or service ids, as written.
    public var parties: [String]
    public var outcome: ForumOutcome

    public init(noticed: LocalDate, meeting: LocalDate?, parties: [String], outcome: ForumOutcome) {
        self.noticed = noticed
        self.meeting = meeting
        self.parties = parties
        self.outcome = outcome
    }
}

public enum ForumOutcome: String, Sendable, CaseIterable {
    case solved = "löst"
    case liftedToSteeringGroup = "lyft-till-styrgrupp"
    case ongoing = "pågår"
}

/// One deviation report (`avvikelser.csv`).
public struct DeviationEntry: Sendable, Equatable {
    public var date: LocalDate
    /// The sending and receiving service (a party's id is read as the first service it provides).
    public var from: String
    public var to: String
    public var topic: DeviationTopic
    public var principal: Bool
    public var status: DeviationStatus

    public init(date: LocalDate, from: String, to: String, topic: DeviationTopic, principal: Bool, status: DeviationStatus) {
        self.date = date
        self.from = from
        self.to = to
        self.topic = topic
        self.principal = principal
        self.status = status
    }
}

public enum DeviationTopic: String, Sendable, CaseIterable {
    case sip
    case referral = "remiss"
    case information = "informationsöverföring"
    case consent = "samtycke"
    case responsibility = "ansvar"
    case other = "annat"

    /// How a sentence names it: "de flesta gällde SIP".
    public var label: String {
        switch self {
        case .sip: return "SIP"
        case .referral: return "remisshantering"
        case .information: return "informationsöverföring"
        case .consent: return "samtycke"
        case .responsibility: return "ansvarsfördelning"
        case .other: return "annat"
        }
    }
}

public enum DeviationStatus: String, Sendable, CaseIterable {
    case solvedLocally = "löst-lokalt"
    /// Sent on to the county body the agreement names: BUSSAM, or under HÖK 2022 the samrådsgrupp.
    case sentToCountyBody = "skickad-vidare"
    case open = "öppen"

    /// Values registers kept before: read as today's. "skickad-till-bussam" named one county body of two.
    public static let formerValues: [String: DeviationStatus] = ["skickad-till-bussam": .sentToCountyBody]
}

/// SIPs held with a party during the year (`sip.csv`).
public struct SIPCount: Sendable, Equatable {
    public var party: String
    public var count: Int

    public init(party: String, count: Int) {
        self.party = party
        self.count = count
    }
}

/// The files of a register year and their columns, in the order the format documents them.
public enum RegisterFile: String, Sendable, CaseIterable {
    case individualForum = "individforum.csv"
    case deviations = "avvikelser.csv"
    case sip = "sip.csv"

    public var columns: [String] {
        switch self {
        case .individualForum: return ["uppmärksammat", "möte", "parter", "utfall"]
        case .deviations: return ["datum", "från", "till", "ämne", "principiell", "status"]
        case .sip: return ["part", "antal"]
        }
    }

    public var isRequired: Bool { self != .sip }

    /// How a register year is started in `folders` (`Register/nacka-2023/2026/`): the folder, and in it
    /// each file a year must have with its header row (a year without cases has only that row).
    public static func howToStart(in folders: [String]) -> LocalizedText {
        let files = allCases.filter(\.isRequired).map { file in
            (sv: "\(file.rawValue) (rubrikraden `\(file.columns.joined(separator: ";"))`)",
             en: "\(file.rawValue) (header row `\(file.columns.joined(separator: ";"))`)")
        }
        let named = (sv: folders.listed("och"), en: folders.listed("and"))
        return LocalizedText(
            sv: (folders.count > 1 ? "skapa mapparna \(named.sv), i var och en " : "skapa mappen \(named.sv) och i den ")
                + files.map(\.sv).joined(separator: " och "),
            en: (folders.count > 1 ? "create the folders \(named.en), in each " : "create the folder \(named.en) and in it ")
                + files.map(\.en).joined(separator: " and "))
    }
}
