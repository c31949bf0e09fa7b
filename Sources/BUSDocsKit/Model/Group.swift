/// One collaboration group (`grupper[]`): steering group, working group, individforum…
public struct Group: Equatable, Sendable {
    public var id: Located<String>
    public var kind: Located<GroupKind>?
    public var name: Located<String>?
    public var members: [Member] = []
    public var meetings: Located<Cadence>?
    public var chair: Located<Chair>?
    public var convener: Located<RoleAtParty>?
    /// The protocol template an individforum keeps its minutes on (`protokoll`).
    public var protocolTemplate: Located<String>?
    public var range: SourceRange

    public init(id: Located<String>, range: SourceRange) {
        self.id = id
        self.range = range
    }
}

/// A member of a group: a role at a party, with an optional substitute role (`ersättare`).
public struct Member: Equatable, Sendable {
    public var party: Located<String>?
    public var role: Located<String>?
    public var substitute: Located<String>?
    public var range: SourceRange
}

/// A role at a party, as for a convener (`sammankallande`).
public struct RoleAtParty: Equatable, Sendable {
    public var party: Located<String>?
    public var role: Located<String>?
}

/// How often a group meets (`möten`).
public enum Cadence: Equatable, Sendable {
    /// `{ minst: N, per: termin }`
    case atLeast(count: Int, per: Period)
    /// `{ vid-behov: true, inom-dagar: N }`: convened when needed, within N days of the need.
    case whenNeeded(withinDays: Located<Int>?)

    /// Meetings per year, for comparing cadences; nil when convened on need.
    public var meetingsPerYear: Int? {
        if case let .atLeast(count, per) = self { return count * per.perYear }
        return nil
    }
}

/// Who chairs a group (`ordförande`).
public enum Chair: Equatable, Sendable {
    case fixed(party: Located<String>)
    /// The chair passes, each `period` (a term unless the agreement says), to the next in the order written.
    case rotating(among: [Located<ChairTurn>], period: Located<Period>?)
}

/// One turn of a rotating chair: a principal (`kommun`) or a named party (`kson`).
public enum ChairTurn: Hashable, Sendable {
    case principal(Principal)
    case party(String)

    public var text: String {
        switch self {
        case .principal(let principal): return principal.rawValue
        case .party(let id): return id
        }
    }
}
