/// BUS007: a deviation routine exists, with a receiver the rule set knows and a form.
public struct DeviationRoutineRule: Rule {
    public init() {}
    public let id = "BUS007"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Avvikelserutin", en: "Deviation routine")
    public let sentence = LocalizedText(
        sv: "Avvikelser av principiell karaktär lyfts till BUSSAM på en särskild avvikelseblankett.",
        en: "Deviations of a principal nature are forwarded to BUSSAM on a dedicated deviation form.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let receivers = context.ruleSet.deviationReceivers
        let receiverList = receivers.joined(separator: " / ")
        // A rule set may name no county-wide receiver; then any receiver the agreement names will do.
        let suggested = receivers.first ?? "BUSSAM"
        guard let routine = context.agreement.deviations else {
            return [finding(
                LocalizedText(sv: "överenskommelsen har ingen avvikelserutin (`avvikelser` saknas)",
                              en: "the agreement has no deviation routine (`avvikelser` is missing)"),
                at: context.frontMatterStart,
                hint: LocalizedText(
                    sv: "Lägg till `avvikelser:` med `första-steg: närmaste arbetsledare`, `eskalering: [individforum, \(suggested)]`, `mottagare: \(suggested)` och `blankett: avvikelseblankett`.",
                    en: "Add `avvikelser:` with `första-steg: närmaste arbetsledare`, `eskalering: [individforum, \(suggested)]`, `mottagare: \(suggested)` and `blankett: avvikelseblankett`."))]
        }
        var findings: [Diagnostic] = []
        if let receiver = routine.receiver {
            if !receivers.isEmpty, !receivers.contains(where: { $0.folded() == receiver.value.folded() }) {
                findings.append(finding(
                    LocalizedText(sv: "avvikelser av principiell karaktär tas emot av \(receiverList), inte `\(receiver.value)`",
                                  en: "deviations of a principal nature are received by \(receiverList), not `\(receiver.value)`"),
                    at: receiver.location,
                    hint: LocalizedText(sv: "Skriv `mottagare: \(suggested)`.", en: "Write `mottagare: \(suggested)`.")))
            }
        } else {
            findings.append(finding(
                LocalizedText(sv: "avvikelserutinen anger ingen mottagare", en: "the deviation routine names no receiver"),
                at: routine.range.start,
                hint: LocalizedText(sv: "Skriv `mottagare: \(suggested)` under `avvikelser:`.", en: "Write `mottagare: \(suggested)` under `avvikelser:`.")))
        }
        if routine.form == nil {
            findings.append(finding(
                LocalizedText(sv: "avvikelserutinen anger ingen blankett", en: "the deviation routine names no form"),
                at: routine.range.start,
                hint: LocalizedText(sv: "Skriv `blankett: avvikelseblankett` under `avvikelser:`.", en: "Write `blankett: avvikelseblankett` under `avvikelser:`.")))
        }
        return findings
    }
}
