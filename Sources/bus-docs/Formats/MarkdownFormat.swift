import BUSDocsKit
import Templates

/// Markdown through the `.md.mustache` templates.
struct MarkdownFormat: OutputFormat {
    let name = "md"
    let kinds: Set<OutputDocument.Kind> = [.group, .deviationForm, .followUp]

    func render(_ document: OutputDocument, in context: OutputContext) throws -> [UInt8] {
        let renderer = DocumentRenderer(templates: context.templates)
        return Array(try SingleDocument.rendering(templates: context.templates) {
            switch document {
            case let .group(source, group, date, noticed, today):
                return try renderer.groupDocument(source, group: group, date: date, noticed: noticed, today: today, format: .md)
            case let .deviationForm(source):
                return try renderer.deviationForm(source, format: .md)
            case let .followUp(report, ruleSets):
                return try renderer.followUpReport(report, ruleSets: ruleSets, format: .md)
            case .agreement, .comparison:
                throw CLIError.markdownDoesNotWriteThis
            }
        }.utf8)
    }
}
