/// BUS009: the agreement has a SIP routine, and services of both principals may call a SIP.
public struct SIPRoutineRule: Rule {
    public init() {}
    public let id = "BUS009"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "SIP-rutin", en: "SIP routine")
    public let sentence = LocalizedText(
        sv: "En samordnad individuell plan (SIP) upprättas när barnet behöver insatser från både socialtjänsten och hälso- och sjukvården. Både kommunen och regionen är skyldiga att ta initiativ till den. Det står i socialtjänstlagen (2025:400) och i 16 kap. 4 § hälso- och sjukvårdslagen (2017:30); före den 1 juli 2025 i 2 kap. 7 § i den tidigare socialtjänstlagen (2001:453).",
        en: "A coordinated individual plan (SIP) is made when the child needs efforts from both social services and health care. Both the municipality and the region must take the initiative to it. This is laid down in the Social Services Act (2025:400) and in chapter 16 section 4 of the Health and Medical Services Act (2017:30); before 1 July 2025 in chapter 2 section 7 of the former Social Services Act (2001:453).")
    public let remedy = LocalizedText(
        sv: "Lista under `sip.initierar` verksamheter hos båda huvudmännen, minst socialtjänst och utbildning.",
        en: "List services of both principals under `sip.initierar`, at least socialtjanst and utbildning.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let ruleSet = context.ruleSet
        let services = ruleSet.mandatoryServices.joined(separator: ", ")
        let hint = LocalizedText.writeSIP(services: services)
        guard let sip = context.agreement.sip else {
            return [finding(
                .noSIPRoutine,
                at: context.frontMatterStart, hint: hint, missing: .topLevel("sip"))]
        }
        guard !sip.initiators.isEmpty else {
            return [finding(
                .noInitiators,
                at: sip.range.start, hint: hint, missing: KeyReference("initierar", in: sip.range.start))]
        }
        // A party's id in the list stands for its services: BUS014 reports the party ids, with the list to write.
        let initiating = Set(SIPInitiators(context.agreement, ruleSet: ruleSet).meant)
        let location = sip.initiators[0].location
        // One list, one finding: the required services it lacks and the principals none of whose services
        // may call (unless the missing services are already theirs), said together, with all to add.
        var said: [LocalizedText] = [], toAdd: [String] = []
        let missingServices = ruleSet.requiredSIPInitiators.filter { !initiating.contains($0) }
        if !missingServices.isEmpty {
            said.append(.mayNotCall(Self.list(missingServices, ruleSet)))
            toAdd += missingServices
        }
        let covered = Set(missingServices.compactMap { ruleSet.services[$0]?.principal })
        let initiatingPrincipals = Set(initiating.compactMap { ruleSet.services[$0]?.principal })
        for principal in ruleSet.principals where !initiatingPrincipals.contains(principal) && !covered.contains(principal) {
            said.append(.noServiceMayCall(of: principal))
            toAdd += ruleSet.mandatoryServices.filter { ruleSet.services[$0]?.principal == principal }
        }
        guard !said.isEmpty else { return [] }
        let message = LocalizedText(sv: said.map(\.sv).joined(separator: "; "), en: said.map(\.en).joined(separator: "; "))
        return [finding(message, at: location, hint: .addInitiators(toAdd))]
    }

    /// The services' names, `x och y` / `x and y`.
    static func list(_ services: [String], _ ruleSet: RuleSet) -> LocalizedText {
        LocalizedText(sv: services.map { ruleSet.serviceInText($0).sv }.joined(separator: " och "),
                      en: services.map { ruleSet.serviceInText($0).en }.joined(separator: " and "))
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static func writeSIP(services: String) -> LocalizedText {
        LocalizedText(sv: "Skriv `sip: { initierar: [\(services)], skolan: ska }`.",
                      en: "Write `sip: { initierar: [\(services)], skolan: ska }`.")
    }

    fileprivate static let noSIPRoutine = LocalizedText(
        sv: "överenskommelsen har ingen SIP-rutin (`sip` saknas)", en: "the agreement has no SIP routine (`sip` is missing)")

    fileprivate static let noInitiators = LocalizedText(
        sv: "SIP-rutinen anger inte vilka verksamheter som kan kalla till SIP", en: "the SIP routine does not say which services may call a SIP")

    fileprivate static func mayNotCall(_ services: LocalizedText) -> LocalizedText {
        LocalizedText(sv: "\(services.sv) kan inte kalla till SIP enligt `initierar`",
                      en: "\(services.en) may not call a SIP according to `initierar`")
    }

    fileprivate static func noServiceMayCall(of principal: Principal) -> LocalizedText {
        LocalizedText(sv: "ingen av \(principal.swedishGenitive) verksamheter kan kalla till SIP enligt `initierar`",
                      en: "none of the \(principal.englishGenitive) services may call a SIP according to `initierar`")
    }

    fileprivate static func addInitiators(_ services: [String]) -> LocalizedText {
        let ids = services.joined(separator: ", ")
        return LocalizedText(sv: "Lägg till \(ids) i `initierar:`.", en: "Add \(ids) to `initierar:`.")
    }
}
