import BUSDocsKit
import Foundation

/// Plain text for the terminal, in the run's language.
struct TextFormat: OutputFormat {
    let name = "text"
    let kinds: Set<OutputDocument.Kind> = [.comparison]

    func render(_ document: OutputDocument, in context: OutputContext) throws -> [UInt8] {
        guard case let .comparison(comparison) = document else { return [] }
        return Array(ComparisonTextFormatter().format(comparison, language: RunLanguage.current).utf8)
    }
}
