extension AgreementDecoder {
    mutating func decodeDeviations(_ top: Entries) -> DeviationRoutine? {
        let known = Known.deviations
        guard let entries = reader.mapping(top, "avvikelser", known: known) else { return nil }
        var routine = DeviationRoutine(range: entries.range)
        routine.firstStep = reader.string(entries, "första-steg")
        routine.escalation = reader.strings(entries, "eskalering")
        routine.receiver = reader.string(entries, "mottagare")
        routine.form = reader.string(entries, "blankett")
        return routine
    }

    mutating func decodeSIP(_ top: Entries) -> SIPRoutine? {
        guard let entries = reader.mapping(top, "sip", known: Known.sip) else { return nil }
        var routine = SIPRoutine(range: entries.range)
        routine.initiators = reader.strings(entries, "initierar", ids: true)
        routine.school = reader.choice(entries, "skolan", as: SchoolSIPDuty.self)
        return routine
    }

    mutating func decodeFollowUp(_ top: Entries) -> FollowUp? {
        // "varje år" said in words: the keys that say it are the hint.
        if let node = top["uppföljning"], case .scalar(let text, _, _) = node, !text.trimmingWhitespace().isEmpty {
            reader.report(StructureRule.followUpInWords(text, at: reader.location(node)))
            return nil
        }
        guard let entries = reader.mapping(top, "uppföljning", known: Known.followUp) else { return nil }
        var followUp = FollowUp(range: entries.range)
        followUp.period = reader.interval(entries, "per")
        followUp.owner = reader.string(entries, "ansvarig")
        followUp.indicators = reader.strings(entries, "indikatorer", ids: true)
        return followUp
    }
}
