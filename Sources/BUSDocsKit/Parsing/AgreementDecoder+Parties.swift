extension AgreementDecoder {
    /// The parties with an id; those written without one go to `withoutID`.
    mutating func decodeParties(_ top: Entries, withoutID partiesWithoutID: inout [Party]) -> [Party] {
        guard top["parter"] != nil else {
            reader.report(StructureRule.missingKey("parter", at: top.missingKeysAt))
            return []
        }
        var parties: [Party] = []
        for entries in items(top, "parter", known: Known.parties) {
            let id = id(entries)
            guard id != nil || entries["id"] == nil else { continue }
            let services = reader.strings(entries, "verksamheter", required: true, ids: true)
            if entries["verksamheter"] != nil, services.isEmpty, case .sequence? = entries["verksamheter"] {
                reader.report(StructureRule.empty("verksamheter", at: reader.location(entries["verksamheter"]!)))
            }
            let party = Party(
                id: id ?? Located("", at: entries.range),
                name: reader.string(entries, "namn", required: true),
                principal: reader.choice(entries, "huvudman", as: Principal.self, required: true, likely: Self.likelyPrincipal(of: services.map(\.value)),
                                          meaning: Principal.init(meaning:)),
                services: services,
                range: entries.range)
            if id == nil { partiesWithoutID.append(party) } else { parties.append(party) }
        }
        return parties
    }

    /// Whose services these are by the built-in rule sets (`bup` → region), for the hint of a party whose
    /// `huvudman` is missing: "Add `huvudman: region`" for BUP, not the first value of the list.
    static func likelyPrincipal(of services: [String]) -> Principal? {
        let ruleSets = RuleSet.builtInNames.reversed().compactMap(RuleSet.builtIn(named:))
        return services.lazy.compactMap { service in ruleSets.lazy.compactMap { $0.services[service]?.principal }.first }.first
    }
}
