/// BUS034: no Swedish personal identity number anywhere in a register: it is published data.
public struct RegisterPersonalDataRule: Rule {
    public init() {}
    public let id = "BUS034"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Personnummer i registret", en: "Personal identity numbers in the register")
    public let sentence = LocalizedText(
        sv: "Uppföljningen redovisar antal, aldrig enskilda barn: personuppgifter hör inte hemma i registret.",
        en: "The follow-up reports counts, never single children: personal data does not belong in the register.")
    public let remedy = LocalizedText(
        sv: "Ta bort personnumret ur registret: uppföljningen räknar ärenden, aldrig barn.",
        en: "Remove the personal identity number from the register: the follow-up counts cases, never children.")

    /// Nothing on the model: its findings are made by the register reader (`RegisterReader`) while it reads the register.
    public func check(_ context: RuleContext) -> [Diagnostic] { [] }
}
