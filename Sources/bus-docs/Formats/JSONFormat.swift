import BUSDocsKit

/// The follow-up's figures as JSON, for other programs.
struct JSONFormat: OutputFormat {
    let name = "json"
    func note(for kind: OutputDocument.Kind) -> LocalizedText? { LocalizedText(sv: "för andra program", en: "for other programs") }
    let kinds: Set<OutputDocument.Kind> = [.followUp, .comparison]

    func render(_ document: OutputDocument, in context: OutputContext) throws -> [UInt8] {
        switch document {
        case let .followUp(report, _): return Array(FollowUpJSONFormatter.format(report).utf8)
        case let .comparison(comparison): return Array(ComparisonJSONFormatter().format(comparison, language: RunLanguage.current).utf8)
        default: return []
        }
    }
}
