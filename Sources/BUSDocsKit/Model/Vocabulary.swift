/// The kind of document (`typ`).
public enum AgreementKind: String, CaseIterable, Sendable {
    case localAgreement = "lokal-överenskommelse"
    case actionPlan = "handlingsplan"
}

/// The legally responsible body (`huvudman`).
public enum Principal: String, CaseIterable, Sendable {
    case municipality = "kommun"
    case region = "region"
    case independent = "enskild"
}

/// The tier a group works on (`grupper[].typ`).
public enum GroupKind: String, CaseIterable, Sendable {
    case steeringGroup = "styrgrupp"
    case workingGroup = "arbetsgrupp"
    case individualForum = "individforum"
    case treatmentConference = "behandlingskonferens"
    case consultationGroup = "samrådsgrupp"

    /// Standing groups meet on a cadence; the others are convened.
    public var isStanding: Bool { self == .steeringGroup || self == .workingGroup }
}

/// A calendar period that cadences and follow-up are counted in (`per`).
public enum Period: String, CaseIterable, Sendable {
    case week = "vecka"
    case month = "månad"
    case term = "termin"
    case year = "år"

    /// How many of this period fit in a year: a term is half a year.
    public var perYear: Int {
        switch self {
        case .week: return 52
        case .month: return 12
        case .term: return 2
        case .year: return 1
        }
    }
}

/// How consent to break secrecy is obtained (`samtycke`).
public enum Consent: String, CaseIterable, Sendable {
    case written = "skriftligt"
    case oral = "muntligt"
    case missing = "saknas"
}

/// Whether the school shall or may call a SIP (`sip.skolan`).
public enum SchoolSIPDuty: String, CaseIterable, Sendable {
    case shall = "ska"
    case may = "kan"
}
