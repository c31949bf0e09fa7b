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
                finding(
                    .noParty(of: principal), at: location, hint: .setPrincipal(principal),
                    missing: agreement.parties.isEmpty ? .topLevel("parter") : nil)
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
        LocalizedText(sv: "ingen part har huvudmannen `\(principal.rawValue)`",
                      en: "no party has `\(principal.rawValue)` as its principal")
    }

    fileprivate static func setPrincipal(_ principal: Principal) -> LocalizedText {
        LocalizedText(sv: "Ange `huvudman: \(principal.rawValue)` för \(principal.swedishParties) under `parter:`.",
                      en: "Set `huvudman: \(principal.rawValue)` on \(principal.englishParties) under `parter:`.")
    }
}
