extension AgreementDecoder {
    mutating func decodeParties(_ top: Entries) -> [Party] {
        guard top["parter"] != nil else {
            reader.report(StructureRule.missingKey("parter", at: top.missingKeysAt))
            return []
        }
        return items(top, "parter", known: FrontMatterKeys.names(of: ["parter"])).compactMap { entries in
            guard let id = id(entries) else { return nil }
            let services = reader.strings(entries, "verksamheter", required: true)
            if entries["verksamheter"] != nil, services.isEmpty, case .sequence? = entries["verksamheter"] {
                reader.report(StructureRule.empty("verksamheter", at: reader.location(entries["verksamheter"]!)))
            }
            return Party(
                id: id,
                name: reader.string(entries, "namn", required: true),
                principal: reader.choice(entries, "huvudman", as: Principal.self, required: true),
                services: services,
                range: entries.range)
        }
    }
}
