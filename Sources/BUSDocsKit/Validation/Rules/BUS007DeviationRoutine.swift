/// BUS007: a deviation routine exists, with a receiver the rule set knows and a form.
public struct DeviationRoutineRule: Rule {
    public init() {}
    public let id = "BUS007"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Avvikelserutin", en: "Deviation routine")
    public let sentence = LocalizedText(
        sv: "Avvikelser av principiell karaktär lyfts till BUSSAM på en särskild avvikelseblankett.",
        en: "Deviations of a principal nature are forwarded to BUSSAM on a dedicated deviation form.")
    public let remedy = LocalizedText(
        sv: "Beskriv rutinen under `avvikelser:` med `första-steg`, `eskalering`, en `mottagare` som regelverket känner (BUSSAM) och en `blankett`.",
        en: "Describe the routine under `avvikelser:` with `första-steg`, `eskalering`, a `mottagare` the rule set knows (BUSSAM) and a `blankett`.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let ruleSet = context.ruleSet
        // The current name first: under hök-2022 the samrådsgrupp, under bus-2012 BUSSAM.
        let suggested = ruleSet.deviationReceivers.first ?? "BUSSAM"
        guard let routine = context.agreement.deviations else {
            return [finding(
                LocalizedText(sv: "överenskommelsen har ingen avvikelserutin (`avvikelser` saknas)",
                              en: "the agreement has no deviation routine (`avvikelser` is missing)"),
                at: context.frontMatterStart,
                hint: LocalizedText(
                    sv: "Lägg till `avvikelser:` med `första-steg: närmaste arbetsledare`, `eskalering: [individforum, \(suggested)]`, `mottagare: \(suggested)` och `blankett: avvikelseblankett`.",
                    en: "Add `avvikelser:` with `första-steg: närmaste arbetsledare`, `eskalering: [individforum, \(suggested)]`, `mottagare: \(suggested)` and `blankett: avvikelseblankett`."),
                missing: .topLevel("avvikelser"))]
        }
        var findings: [Diagnostic] = []
        let mapping = routine.range.start
        if let receiver = routine.receiver {
            if !ruleSet.acceptsReceiver(receiver.value) {
                findings.append(finding(
                    LocalizedText(sv: "avvikelser av principiell karaktär tas emot av \(suggested), inte `\(receiver.value)`",
                                  en: "deviations of a principal nature are received by \(suggested), not `\(receiver.value)`"),
                    at: receiver.location,
                    hint: LocalizedText(sv: "Skriv `mottagare: \(suggested)`.", en: "Write `mottagare: \(suggested)`.")))
            }
        } else {
            findings.append(finding(
                LocalizedText(sv: "avvikelserutinen anger ingen mottagare", en: "the deviation routine names no receiver"),
                at: routine.range.start,
                hint: LocalizedText(sv: "Skriv `mottagare: \(suggested)` under `avvikelser:`.", en: "Write `mottagare: \(suggested)` under `avvikelser:`."),
                missing: KeyReference("mottagare", in: mapping)))
        }
        if routine.form == nil {
            findings.append(finding(
                LocalizedText(sv: "avvikelserutinen anger ingen blankett", en: "the deviation routine names no form"),
                at: routine.range.start,
                hint: LocalizedText(sv: "Skriv `blankett: avvikelseblankett` under `avvikelser:`.", en: "Write `blankett: avvikelseblankett` under `avvikelser:`."),
                missing: KeyReference("blankett", in: mapping)))
        }
        return findings
    }
}
