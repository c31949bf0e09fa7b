/// BUS032: dates in a register are real dates (YYYY-MM-DD) of the register's year, meetings not before the need.
public struct RegisterDatesRule: Rule {
    public init() {}
    public let id = "BUS032"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Datum i registret", en: "Dates in the register")
    public let sentence = LocalizedText(
        sv: "Mötet i individforum hålls inom två veckor från att behovet uppmärksammats; uppföljningen avser ett år.",
        en: "The individforum meets within two weeks of the need being noticed; the follow-up covers one year.")
    public let remedy = LocalizedText(
        sv: "Skriv datum som ÅÅÅÅ-MM-DD inom registrets år, med mötet på eller efter den dag behovet uppmärksammades.",
        en: "Write dates as YYYY-MM-DD within the register's year, with the meeting on or after the day the need was noticed.")

    /// Nothing on the model: its findings are made by the register reader (`RegisterReader`) while it reads the register.
    public func check(_ context: RuleContext) -> [Diagnostic] { [] }
}
