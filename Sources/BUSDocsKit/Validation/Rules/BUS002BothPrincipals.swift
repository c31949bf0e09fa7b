/// BUS002: both principals, the municipality and the region, are parties.
public struct BothPrincipalsRule: Rule {
    public init() {}
    public let id = "BUS002"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Båda huvudmännen", en: "Both principals")
    public let sentence = LocalizedText(
        sv: "Överenskommelsen sluts mellan kommunen och regionen som huvudmän.",
        en: "The agreement is made between the municipality and the region as principals.")
    public let remedy = LocalizedText(
        sv: "Ta med minst en part med `huvudman: kommun` och en med `huvudman: region` under `parter:`.",
        en: "List at least one party with `huvudman: kommun` and one with `huvudman: region` under `parter:`.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let agreement = context.agreement
        let location = agreement.partiesRange?.start ?? context.frontMatterStart
        if agreement.hasPartyOfUnknownPrincipal { return [] }
        let present = agreement.parties.reduce(into: Set<Principal>()) { $0.formUnion(context.ruleSet.principals(of: $1)) }
        return context.ruleSet.principals
            .filter { !present.contains($0) }
            .map { principal in
                // A party providing the missing principal's service (BUP is the region's) under another
                // principal is most likely the mistake: the finding points at it, and the hint names it.
                let misfiled = agreement.parties.compactMap { party -> (party: Party, principal: Located<Principal>, service: String)? in
                    guard let written = party.principal, written.value != principal, written.value != .jointBody,
                          let service = party.services.first(where: { context.ruleSet.services[$0.value]?.principal == principal })
                    else { return nil }
                    return (party, written, service.value)
                }
                return finding(
                    .noParty(of: principal), at: location,
                    hint: misfiled.isEmpty ? .setPrincipal(principal) : .setPrincipal(principal, on: misfiled.map(\.party.id.value)),
                    missing: agreement.parties.isEmpty ? .topLevel("parter") : nil,
                    notes: misfiled.map { entry in
                        Note(message: .runBy(principal, party: entry.party.id.value, service: context.ruleSet.serviceInText(entry.service), written: entry.principal.value),
                             location: entry.principal.location)
                    })
            }
    }
}

extension Principal {
    var swedishGenitive: String {
        switch self {
        case .municipality: return "kommunens"
        case .region: return "regionens"
        case .independent: return "de enskilda huvudmännens"
        case .state: return "statens"
        case .jointBody: return "kommunalförbundets"
        }
    }

    /// "regionen", as a sentence names the principal.
    var swedishDefinite: String {
        switch self {
        case .municipality: return "kommunen"
        case .region: return "regionen"
        case .independent: return "en enskild huvudman"
        case .state: return "staten"
        case .jointBody: return "kommunalförbundet"
        }
    }

    /// "region", after "the".
    var englishNoun: String {
        switch self {
        case .municipality: return "municipality"
        case .region: return "region"
        case .independent: return "private principal"
        case .state: return "state"
        case .jointBody: return "joint body"
        }
    }

    var englishGenitive: String {
        switch self {
        case .municipality: return "municipality's"
        case .region: return "region's"
        case .independent: return "private principals'"
        case .state: return "state's"
        case .jointBody: return "joint body's"
        }
    }

    var swedishParties: String {
        switch self {
        case .municipality: return "kommunens förvaltningar (socialtjänst, skola)"
        case .region: return "regionens verksamheter (BUP, HAB, BUMM)"
        case .independent: return "enskilda huvudmän (fristående skolor)"
        case .state: return "statliga myndigheter (polisen)"
        case .jointBody: return "kommunalförbundet"
        }
    }

    var englishParties: String {
        switch self {
        case .municipality: return "the municipality's administrations (social services, school)"
        case .region: return "the region's services (BUP, HAB, BUMM)"
        case .independent: return "private principals (independent schools)"
        case .state: return "state authorities (the police)"
        case .jointBody: return "the joint body (kommunalförbund)"
        }
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static func noParty(of principal: Principal) -> LocalizedText {
        LocalizedText(sv: "ingen part har `\(principal.rawValue)` som huvudman",
                      en: "no party has `\(principal.rawValue)` as its principal")
    }

    fileprivate static func runBy(_ principal: Principal, party: String, service: LocalizedText, written: Principal) -> LocalizedText {
        LocalizedText(sv: "parten `\(party)` står för \(service.sv), som \(principal.swedishDefinite) är huvudman för, men har `huvudman: \(written.rawValue)`",
                      en: "the party `\(party)` provides \(service.en), which the \(principal.englishNoun) runs, but has `huvudman: \(written.rawValue)`")
    }

    fileprivate static func setPrincipal(_ principal: Principal, on parties: [String]) -> LocalizedText {
        let ids = parties.map { "`\($0)`" }
        let sv = (ids.count == 1 ? "parten " : "parterna ") + ids.listed("och")
        let en = (ids.count == 1 ? "the party " : "the parties ") + ids.listed("and")
        return LocalizedText(sv: "Ange `huvudman: \(principal.rawValue)` för \(sv).",
                             en: "Set `huvudman: \(principal.rawValue)` on \(en).")
    }

    fileprivate static func setPrincipal(_ principal: Principal) -> LocalizedText {
        LocalizedText(sv: "Ange `huvudman: \(principal.rawValue)` för \(principal.swedishParties) under `parter:`.",
                      en: "Set `huvudman: \(principal.rawValue)` on \(principal.englishParties) under `parter:`.")
    }
}
