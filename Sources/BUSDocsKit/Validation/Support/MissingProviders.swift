/// Mandatory services no party provides, with the party references whose id names one of them: `bup`
/// in a group or a signature after the BUP party was deleted. Those references are the missing party's,
/// so BUS001 reports the party once, with a note at each reference, and BUS014 leaves them alone.
struct MissingProviders {
    /// Each missing mandatory service, in the rule set's order, with the references meant for its party.
    let services: [(service: String, references: [Located<String>])]

    init(_ context: RuleContext) {
        let agreement = context.agreement
        let known = Set(agreement.parties.map(\.id.value))
        let missing = context.ruleSet.mandatoryServices.filter { service in
            !agreement.provides(service) && !agreement.partiesWithoutID.contains { $0.provides(service) }
                // `verksamheter: [BUP]` is meant for the service: the misspelt id is the one finding (BUS014).
                && !(agreement.parties + agreement.partiesWithoutID).flatMap(\.services).contains { context.ruleSet.service(meantBy: $0.value) == service }
        }
        let unresolved = LostParties.partyReferences(in: agreement).filter { !known.contains($0.value) }
        services = missing.map { service in
            (service, unresolved.filter { LostParties.services(namedBy: $0.value, among: missing).contains(service) })
        }
    }

    /// Whether a reference id is meant for a missing party.
    func claims(_ id: String) -> Bool {
        services.contains { $0.references.contains { $0.value == id } }
    }
}
