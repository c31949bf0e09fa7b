import BUSDocsKit

/// The follow-up's figures as JSON, for other programs.
struct JSONFormat: OutputFormat {
    let name = "json"
    let help = "the figures as JSON, for other programs"
    let kinds: Set<OutputDocument.Kind> = [.followUp]

    func render(_ document: OutputDocument, in context: OutputContext) throws -> [UInt8] {
        guard case let .followUp(report, _) = document else { return [] }
        return Array(FollowUpJSONFormatter.format(report).utf8)
    }
}
