/// Decodes the front matter's YAML tree into an `Agreement`, key by key, as the README's "agreement format" section describes it.
struct AgreementDecoder {
    var reader: NodeReader

    /// The keys each mapping may have are `FrontMatterKeys`' (what editors are told, too).
    static let topLevelKeys = FrontMatterKeys.names(of: [])

    /// The keys each mapping may have, looked up once per run rather than once per mapping read.
    enum Known {
        static let deviations = FrontMatterKeys.names(of: ["avvikelser"])
        static let sip = FrontMatterKeys.names(of: ["sip"])
        static let followUp = FrontMatterKeys.names(of: ["uppföljning"])
        static let parties = FrontMatterKeys.names(of: ["parter"])
        static let groups = FrontMatterKeys.names(of: ["grupper"])
        static let groupMembers = FrontMatterKeys.names(of: ["grupper", "ledamöter"])
        static let groupConvener = FrontMatterKeys.names(of: ["grupper", "sammankallande"])
        static let groupMeetings = FrontMatterKeys.names(of: ["grupper", "möten"])
        static let groupChair = FrontMatterKeys.names(of: ["grupper", "ordförande"])
        static let validity = FrontMatterKeys.names(of: ["giltighet"])
        static let revisions = FrontMatterKeys.names(of: ["revisioner"])
        static let signatories = FrontMatterKeys.names(of: ["undertecknare"])
        static let attachments = FrontMatterKeys.names(of: ["bilagor"])
    }

    init() {
        reader = NodeReader()
    }

    /// Fills `agreement` from the tree; false when the front matter is not a mapping at all.
    mutating func decode(_ root: YAMLNode, into agreement: inout Agreement) -> Bool {
        guard let top = reader.mapping(root, named: NodeReader.frontMatterName, known: Self.topLevelKeys, missingKeysAt: .fileStart) else { return false }
        if let version = reader.string(top, "bus-docs", required: true) {
            if version.value == "1" {
                agreement.formatVersion = Located(1, at: version.range)
            } else {
                reader.report(StructureRule.unsupportedVersion(version.value, at: version.location))
            }
        }
        agreement.kind = reader.choice(top, "typ", as: AgreementKind.self, required: true)
        agreement.status = reader.choice(top, "status", as: AgreementStatus.self, meaning: AgreementStatus.init(meaning:))
        agreement.title = reader.string(top, "titel", required: true)
        agreement.area = reader.string(top, "område", required: true)
        agreement.municipality = reader.string(top, "kommun", required: true)
        agreement.cityDistricts = reader.strings(top, "stadsdelsområden")
        agreement.ruleSet = reader.string(top, "regelverk")
        agreement.validity = decodeValidity(top)
        agreement.revisions = decodeRevisions(top)
        agreement.parties = decodeParties(top, withoutID: &agreement.partiesWithoutID)
        agreement.partiesRange = top.keyNode("parter").map(reader.range)
        agreement.groups = decodeGroups(top, parties: agreement.parties)
        agreement.groupsRange = top.keyNode("grupper").map(reader.range)
        if case .sequence(let items, _)? = top["grupper"], items.isEmpty { agreement.groupsWrittenEmpty = true }
        agreement.deviations = decodeDeviations(top)
        agreement.consent = reader.choice(top, "samtycke", as: Consent.self)
        agreement.sip = decodeSIP(top)
        agreement.followUp = decodeFollowUp(top)
        agreement.signatories = decodeSignatories(top)
        agreement.signatoriesRange = top.keyNode("undertecknare").map(reader.range)
        agreement.attachments = decodeAttachments(top)
        agreement.writtenKeys = reader.writtenKeys
        let starts = top.written.map { ($0.name, $0.key.location.line) }.sorted { $0.1 < $1.1 }
        for (index, (key, line)) in starts.enumerated() {
            let next = index + 1 < starts.count ? starts[index + 1].1 : agreement.frontMatterRange.end.line
            agreement.keyLines[key] = line...max(line, next - 1)
        }
        reportDuplicateIDs(agreement)
        return true
    }

    /// Reads an id: present, lower-case letters (a–z and the Swedish å, ä, ö, as in `samrådsgrupp`),
    /// digits and hyphens.
    mutating func id(_ entries: Entries) -> Located<String>? {
        guard let id = reader.string(entries, "id", required: true) else { return nil }
        if !StructureRule.isValidID(id.value) { reader.report(StructureRule.invalidID(id.value, at: id.location)) }
        return id
    }

    /// Each item of the list under `key` that is a mapping with the known keys.
    mutating func items(_ top: Entries, _ key: String, known: [String]) -> [Entries] {
        (reader.list(top, key) ?? []).compactMap { reader.mapping($0, named: key, known: known) }
    }

    mutating func reportDuplicateIDs(_ agreement: Agreement) {
        var seen: [String: SourceLocation] = [:]
        for id in agreement.parties.map(\.id) + agreement.groups.map(\.id) {
            if let first = seen[id.value] {
                reader.report(StructureRule.duplicateID(id.value, firstAt: first, at: id.location))
            } else {
                seen[id.value] = id.location
            }
        }
    }

    mutating func decodeValidity(_ top: Entries) -> Validity? {
        guard let entries = reader.mapping(top, "giltighet", known: Known.validity) else { return nil }
        var validity = Validity(range: entries.range)
        validity.from = reader.date(entries, "från")
        if let until = reader.string(entries, "till") {
            validity.until = Located(ValidityEnd(until.value), at: until.range)
        }
        return validity
    }

    mutating func decodeRevisions(_ top: Entries) -> [Revision] {
        items(top, "revisioner", known: Known.revisions).map { entries in
            Revision(
                date: reader.date(entries, "datum", required: true, allowingMonth: true),
                description: reader.string(entries, "beskrivning"),
                range: entries.range)
        }
    }

    mutating func decodeSignatories(_ top: Entries) -> [Signatory] {
        items(top, "undertecknare", known: Known.signatories).map { entries in
            Signatory(
                party: reader.string(entries, "part", required: true),
                role: reader.string(entries, "roll", required: true),
                range: entries.range)
        }
    }

    mutating func decodeAttachments(_ top: Entries) -> [Attachment] {
        items(top, "bilagor", known: Known.attachments).map { entries in
            Attachment(
                id: entries["id"] == nil ? nil : id(entries),
                title: reader.string(entries, "titel", required: true),
                template: reader.string(entries, "mall"),
                file: reader.string(entries, "fil"),
                range: entries.range)
        }
    }
}
