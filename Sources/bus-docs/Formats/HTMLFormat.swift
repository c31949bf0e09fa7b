import BUSDocsKit
import Templates

/// HTML through the Mustache templates, its markup checked as `build` checks it.
struct HTMLFormat: OutputFormat {
    let name = "html"
    let kinds: Set<OutputDocument.Kind> = [.group, .deviationForm, .agreement, .followUp, .comparison]

    func render(_ document: OutputDocument, in context: OutputContext) throws -> [UInt8] {
        Array(try html(document, templates: context.templates).utf8)
    }

    func html(_ document: OutputDocument, templates: TemplateSet) throws -> String {
        let renderer = DocumentRenderer(templates: templates)
        return try SingleDocument.rendering(templates: templates) {
            switch document {
            case let .group(source, group, date, noticed, today):
                return try renderer.groupDocument(source, group: group, date: date, noticed: noticed, today: today)
            case let .deviationForm(source):
                return try renderer.deviationForm(source)
            case let .agreement(source):
                return try renderer.agreementPage(source, siteHome: nil)
            case let .followUp(report, ruleSets):
                return try renderer.followUpReport(report, ruleSets: ruleSets)
            case let .comparison(comparison):
                return try renderer.comparison(comparison)
            }
        }
    }
}
