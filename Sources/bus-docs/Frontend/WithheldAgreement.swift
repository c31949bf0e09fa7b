import ArgumentParser
import BUSDocsKit
import Foundation
import Templates

/// An agreement with personal data in it (a BUS018 error: a personal identity number, a child's name):
/// `build` withholds it, and no command makes a document of it either — `agreement`, `protocol`,
/// `deviation` and `diff` all write nothing, and say why on standard error, where the findings are.
enum WithheldAgreement {
    /// Throws exit status 1, after saying why, when `diagnostics` hold personal data; the document the
    /// command was to make is not written, not even to standard output.
    static func refuseDocument(of path: String, _ diagnostics: [Diagnostic]) throws {
        let findings = diagnostics.filter(UnreadableSource.isPersonalData)
        guard !findings.isEmpty else { return }
        let shown = PersonalIdentityNumber.masking(path)
        let places = findings.map { "\(shown):\($0.location.line):\($0.location.column)" }.joined(separator: ", ")
        RunLanguage.note(
            sv: "bus-docs: inget dokument skrivs: \(places): överenskommelsen innehåller personuppgifter (BUS018), och ett dokument gjort av den skulle föra dem vidare — ta bort dem (bus-docs check \(shown) visar var) och gör sedan dokumentet",
            en: "bus-docs: no document is written: \(places): the agreement holds personal data (BUS018), and a document made from it would carry them on — remove them (bus-docs check \(shown) shows where), then make the document")
        throw ExitCode(1)
    }
}
