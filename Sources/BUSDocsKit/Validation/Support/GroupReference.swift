extension Agreement {
    /// The group a reference means: its id, or — as people write — its id or kind inflected
    /// ("styrgruppen") or its name ("BUS lokal styrgrupp"), compared as `NameKey`s.
    public func group(named written: String) -> Group? {
        if let exact = groups.first(where: { $0.id.value == written }) { return exact }
        let keys = NameKey.candidates(written)
        let matches = groups.filter { group in
            var names = [group.id.value]
            if let name = group.name?.value { names.append(name) }
            if let kind = group.kind?.value { names.append(kind.rawValue) }
            return names.contains { !keys.isDisjoint(with: NameKey.candidates($0)) }
        }
        // A kind shared by two groups names neither.
        return matches.count == 1 ? matches[0] : nil
    }
}

extension Agreement {
    /// The attachment a protocol or form reference means: by `id`, by `fil`, or by title.
    public func attachment(named written: String) -> Attachment? {
        if let exact = attachments.first(where: { $0.id?.value == written || $0.file?.value == written }) { return exact }
        let keys = NameKey.candidates(written)
        return attachments.first { attachment in
            attachment.title.map { !keys.isDisjoint(with: NameKey.candidates($0.value)) } ?? false
        }
    }
}

extension Agreement {
    /// Whether some group's `typ` is written but unreadable: then "no group of this kind" cannot be
    /// told, and the structure finding is the only one.
    public var hasGroupOfUnreadableKind: Bool {
        groups.contains { $0.kind == nil && writtenKeys.contains(KeyReference("typ", in: $0.range.start)) }
    }

    /// Whether some party's `huvudman` is missing or unreadable: which principals are present (and sign)
    /// cannot be told, and the structure finding is the only one.
    public var hasPartyOfUnknownPrincipal: Bool {
        parties.contains { $0.principal == nil }
    }

    /// Whether a reference names a party the agreement does not have (BUS014's finding).
    func namesUnknownParty(_ reference: Located<String>?) -> Bool {
        reference.map { party(withID: $0.value) == nil } ?? false
    }
}
