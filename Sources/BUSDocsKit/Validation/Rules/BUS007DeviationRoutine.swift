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
                .noRoutine, at: context.frontMatterStart, hint: .addRoutine(receiver: suggested),
                missing: .topLevel("avvikelser"))]
        }
        var findings: [Diagnostic] = []
        let mapping = routine.range.start
        if let receiver = routine.receiver {
            if !ruleSet.acceptsReceiver(receiver.value) {
                findings.append(finding(
                    .wrongReceiver(receiver.value, suggested: suggested), at: receiver.location, hint: .writeReceiver(suggested)))
            }
        } else {
            findings.append(finding(
                .noReceiver, at: routine.range.start, hint: .writeReceiverUnderRoutine(suggested),
                missing: KeyReference("mottagare", in: mapping)))
        }
        if routine.form == nil {
            findings.append(finding(
                .noForm, at: routine.range.start, hint: .writeForm,
                missing: KeyReference("blankett", in: mapping)))
        }
        return findings
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static let noRoutine = LocalizedText(
        sv: "överenskommelsen har ingen avvikelserutin (`avvikelser` saknas)",
        en: "the agreement has no deviation routine (`avvikelser` is missing)")

    fileprivate static func addRoutine(receiver: String) -> LocalizedText {
        LocalizedText(
            sv: "Lägg till `avvikelser:` med `första-steg: närmaste arbetsledare`, `eskalering: [individforum, \(receiver)]`, `mottagare: \(receiver)` och `blankett: avvikelseblankett`.",
            en: "Add `avvikelser:` with `första-steg: närmaste arbetsledare`, `eskalering: [individforum, \(receiver)]`, `mottagare: \(receiver)` and `blankett: avvikelseblankett`.")
    }

    fileprivate static func wrongReceiver(_ receiver: String, suggested: String) -> LocalizedText {
        LocalizedText(sv: "avvikelser av principiell karaktär tas emot av \(suggested), inte `\(receiver)`",
                      en: "deviations of a principal nature are received by \(suggested), not `\(receiver)`")
    }

    fileprivate static func writeReceiver(_ receiver: String) -> LocalizedText {
        LocalizedText(sv: "Skriv `mottagare: \(receiver)`.", en: "Write `mottagare: \(receiver)`.")
    }

    fileprivate static let noReceiver = LocalizedText(sv: "avvikelserutinen anger ingen mottagare", en: "the deviation routine names no receiver")

    fileprivate static func writeReceiverUnderRoutine(_ receiver: String) -> LocalizedText {
        LocalizedText(sv: "Skriv `mottagare: \(receiver)` under `avvikelser:`.", en: "Write `mottagare: \(receiver)` under `avvikelser:`.")
    }

    fileprivate static let noForm = LocalizedText(sv: "avvikelserutinen anger ingen blankett", en: "the deviation routine names no form")

    fileprivate static let writeForm = LocalizedText(
        sv: "Skriv `blankett: avvikelseblankett` under `avvikelser:`.", en: "Write `blankett: avvikelseblankett` under `avvikelser:`.")
}
