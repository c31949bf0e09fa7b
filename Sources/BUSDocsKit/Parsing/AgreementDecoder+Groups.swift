extension AgreementDecoder {
    /// The groups. `grupper` that is not a list, or a group that is not keys with values, is reported
    /// with the groups written out as `new` writes them, from the agreement's own parties: the hint,
    /// applied as it stands, gives the agreement its tiers.
    mutating func decodeGroups(_ top: Entries, parties: [Party]) -> [Group] {
        let partyIDs = Set(parties.map(\.id.value))
        guard let node = top["grupper"] else { return [] }
        let example = StructureRule.GroupsExample(parties: parties)
        guard case .sequence(let nodes, _) = node else {
            reader.report(StructureRule.groupsNotAList(at: reader.location(node), example: example))
            return []
        }
        let groupEntries = reader.splittingMissedDashes(nodes, in: "grupper").compactMap { item -> Entries? in
            guard case .mapping = item else {
                reader.report(StructureRule.groupNotKeys(at: reader.location(item), example: example))
                return nil
            }
            return reader.mapping(item, named: "grupper", known: Known.groups)
        }
        return groupEntries.compactMap { entries -> Group? in
            guard let id = id(entries) else { return nil }
            var group = Group(id: id, range: entries.range)
            group.kind = reader.choice(entries, "typ", as: GroupKind.self, required: true)
            group.name = reader.string(entries, "namn")
            group.members = items(entries, "ledamöter", known: Known.groupMembers).map { member in
                Member(
                    party: reader.string(member, "part", required: true),
                    role: reader.string(member, "roll", required: true),
                    substitute: reader.string(member, "ersättare"),
                    range: member.range)
            }
            group.meetings = decodeCadence(entries)
            group.chair = decodeChair(entries, partyIDs: partyIDs)
            if let convener = reader.mapping(entries, "sammankallande", known: Known.groupConvener) {
                let value = RoleAtParty(party: reader.string(convener, "part", required: true), role: reader.string(convener, "roll"))
                group.convener = Located(value, at: convener.range)
            }
            group.protocolTemplate = reader.string(entries, "protokoll")
            return group
        }
    }

    mutating func decodeCadence(_ group: Entries) -> Located<Cadence>? {
        // "två gånger per termin" said in words: the keys that say it are the hint.
        if let node = group["möten"], case .scalar(let text, _, _) = node, !text.trimmingWhitespace().isEmpty {
            reader.report(StructureRule.cadenceInWords(text, at: reader.location(node)))
            return nil
        }
        guard let entries = reader.mapping(group, "möten", known: Known.groupMeetings) else { return nil }
        let range = entries.range
        if entries["vid-behov"] != nil || entries["inom-dagar"] != nil {
            _ = reader.bool(entries, "vid-behov")
            return Located(.whenNeeded(withinDays: reader.int(entries, "inom-dagar")), at: range)
        }
        guard let count = reader.int(entries, "minst", required: true),
              let period = reader.period(entries, "per", required: true)
        else { return nil }
        return Located(.atLeast(count: count.value, per: period.value), at: range)
    }

    mutating func decodeChair(_ group: Entries, partyIDs: Set<String>) -> Located<Chair>? {
        guard let entries = reader.mapping(group, "ordförande", known: Known.groupChair) else { return nil }
        let range = entries.range
        if entries["växlar"] != nil {
            // A principal's name, as written or in its definite form ("kommunen", "Regionen"), unless a
            // party has that id; else a party's id (BUS014 checks that the party exists).
            let turns = reader.strings(entries, "växlar").map { turn in
                Located(partyIDs.contains(turn.value) ? .party(turn.value) : Principal(turn: turn.value).map(ChairTurn.principal) ?? .party(turn.value),
                        at: turn.range)
            }
            let period = reader.period(entries, "period")
            return Located(.rotating(among: turns, period: period), at: range)
        }
        guard let party = reader.string(entries, "part", required: true) else { return nil }
        return Located(.fixed(party: party), at: range)
    }
}

extension Principal {
    /// A principal as a chair's turn names it: "kommun", "Region", or the definite "kommunen", "regionen".
    init?(turn text: String) {
        if let principal = Principal(folding: text) {
            self = principal
            return
        }
        let folded = text.folded()
        guard folded.hasSuffix("en"), let principal = Principal(folding: String(folded.dropLast(2))) else { return nil }
        self = principal
    }
}
