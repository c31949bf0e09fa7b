/// BUS001: every service the regional agreement makes mandatory is provided by some party.
public struct MandatoryServicesRule: Rule {
    public init() {}
    public let id = "BUS001"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Obligatoriska verksamheter", en: "Mandatory services")
    public let sentence = LocalizedText(
        sv: "Socialtjänst, utbildning, BUP, habilitering och BUMM ska delta i det lokala BUS-arbetet.",
        en: "Social services, education, BUP, habilitation and BUMM shall take part in the local BUS work.")
    public let remedy = LocalizedText(
        sv: "Lägg till den part som står för verksamheten under `parter:` och ange verksamheten i dess `verksamheter:`.",
        en: "Add the party that provides the service under `parter:` and list the service in its `verksamheter:`.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let location = context.agreement.partiesRange?.start ?? context.frontMatterStart
        // A party written without an `id` still provides its services: its missing id is the finding.
        // References to the missing party (`bup` after the BUP party was deleted) are notes of this one finding.
        let missing = MissingProviders(context).services.map { service, references in
            let ids = references.reduce(into: [String]()) { if !$0.contains($1.value) { $0.append($1.value) } }
            return finding(
                .noProvider(context.ruleSet.serviceInText(service)), at: location,
                hint: ids.count == 1 ? .addProvider(service, id: ids[0]) : .addProvider(service),
                notes: references.map { Note(message: .referredTo($0.value), location: $0.location) })
        }
        return missing + municipalServicesOthersProvide(context)
    }

    /// A mandatory service of the municipality's (`huvudman: kommun` in the rule set: social services,
    /// education) that only parties of another principal provide: independent schools are invited into
    /// the agreement, but they do not stand for the municipality's preschools and schools. A party whose
    /// principal is not written is taken at its word.
    func municipalServicesOthersProvide(_ context: RuleContext) -> [Diagnostic] {
        // With no municipal party at all, BUS002's one finding says it.
        guard context.agreement.parties.contains(where: { [.municipality, .jointBody].contains($0.principal?.value) }) else { return [] }
        return context.ruleSet.mandatoryServices.compactMap { service in
            guard context.ruleSet.services[service]?.principal == .municipality else { return nil }
            let providers = context.agreement.parties.filter { $0.provides(service) }
            let principals = providers.compactMap(\.principal)
            guard let first = principals.first, principals.count == providers.count,
                  !principals.contains(where: { [.municipality, .jointBody].contains($0.value) }) else { return nil }
            return finding(.onlyOtherPrincipals(context.ruleSet.serviceInText(service), party: providers[0].id.value, principal: first.value.rawValue),
                           at: first.location, hint: .addMunicipalProvider(service))
        }
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static func noProvider(_ name: LocalizedText) -> LocalizedText {
        LocalizedText(sv: "ingen part står för \(name.sv)", en: "no party provides \(name.en)")
    }

    /// The references all use one id: the party gets that id, and every reference then finds it.
    fileprivate static func addProvider(_ service: String, id: String) -> LocalizedText {
        LocalizedText(sv: "Lägg till parten under `parter:` med `id: \(id)`, `namn:`, `huvudman:` och `verksamheter: [\(service)]`: grupperna och undertecknarna hänvisar till den som `\(id)`.",
                      en: "Add the party under `parter:` with `id: \(id)`, `namn:`, `huvudman:` and `verksamheter: [\(service)]`: the groups and signatories refer to it as `\(id)`.")
    }

    fileprivate static func onlyOtherPrincipals(_ name: LocalizedText, party: String, principal: String) -> LocalizedText {
        LocalizedText(sv: "ingen kommunal part står för \(name.sv): `\(party)` har `huvudman: \(principal)`",
                      en: "no municipal party provides \(name.en): `\(party)` has `huvudman: \(principal)`")
    }

    fileprivate static func addMunicipalProvider(_ service: String) -> LocalizedText {
        LocalizedText(sv: "Lägg till kommunens part under `parter:` med `id:`, `namn:`, `huvudman: kommun` och `verksamheter: [\(service)]`: parter med en annan huvudman får vara med, men kommunens egen verksamhet ska delta.",
                      en: "Add the municipality's party under `parter:` with `id:`, `namn:`, `huvudman: kommun` and `verksamheter: [\(service)]`: parties of another principal may take part, but the municipality's own service must.")
    }

    fileprivate static func referredTo(_ id: String) -> LocalizedText {
        LocalizedText(sv: "hänvisning till parten som `\(id)`", en: "a reference to the party as `\(id)`")
    }

    fileprivate static func addProvider(_ service: String) -> LocalizedText {
        LocalizedText(sv: "Lägg till den part som står för verksamheten under `parter:` med `verksamheter: [\(service)]`.",
                      en: "Add the party that provides it under `parter:` with `verksamheter: [\(service)]`.")
    }
}
