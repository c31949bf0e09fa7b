import BUSDocsKit

/// The follow-up's figures as JSON, for other programs.
struct JSONFormat: OutputFormat {
    let name = "json"
    let note: LocalizedText? = LocalizedText(sv: "siffrorna som data", en: "the figures as data")
    let kinds: Set<OutputDocument.Kind> = [.followUp]

    func render(_ document: OutputDocument, in context: OutputContext) throws -> [UInt8] {
        guard case let .followUp(report, _) = document else { return [] }
        return Array(FollowUpJSONFormatter.format(report).utf8)
    }
}
