/// BUS030: a register year has its files, each a CSV table with exactly the documented columns.
public struct RegisterFilesRule: Rule {
    public init() {}
    public let id = "BUS030"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Registrets filer och kolumner", en: "Register files and columns")
    public let sentence = LocalizedText(
        sv: "Den årliga uppföljningen bygger på ett register med individforum-ärenden och avvikelser; registret publiceras och har bara de dokumenterade kolumnerna, aldrig fritext.",
        en: "The annual follow-up rests on a register of individforum cases and deviations; the register is published and has only the documented columns, never free text.")
    public let remedy = LocalizedText(
        sv: "Ge registrets filer exakt de dokumenterade kolumnerna i UTF-8, utan fritext, och flytta andra filer ur årets mapp.",
        en: "Give the register's files exactly the documented columns in UTF-8, without free text, and move other files out of the year's folder.")

    /// Nothing on the model: its findings are made by the register reader (`RegisterReader`) while it reads the register.
    public func check(_ context: RuleContext) -> [Diagnostic] { [] }
}
