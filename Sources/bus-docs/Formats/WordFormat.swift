import BUSDocsKit
import Templates

/// Word (.docx), with content controls to fill in; `--reference-docx` lends it a municipality's styles.
struct WordFormat: OutputFormat {
    let name = "docx"
    /// The follow-up is figures and sentences, with nothing to fill in; the other documents have fields.
    func note(for kind: OutputDocument.Kind) -> LocalizedText? {
        kind == .followUp ? LocalizedText(sv: "Word", en: "Word") : LocalizedText(sv: "Word, med fält att fylla i", en: "Word, with fields to fill in")
    }
    let kinds: Set<OutputDocument.Kind> = [.group, .deviationForm, .agreement, .followUp]
    let isText = false

    func render(_ document: OutputDocument, in context: OutputContext) throws -> [UInt8] {
        let renderer = WordRenderer(reference: context.wordReference)
        do {
            switch document {
            case let .group(source, group, date, noticed, today):
                return try renderer.groupDocument(source, group: group, date: date, noticed: noticed, today: today)
            case let .deviationForm(source):
                return try renderer.deviationForm(source)
            case let .agreement(source):
                return try renderer.agreement(source)
            case let .followUp(report, ruleSets):
                return try renderer.followUpReport(report, ruleSets: ruleSets)
            case .comparison:
                throw CLIError.docxDoesNotWriteComparisons
            }
        } catch let error as WordError {
            throw CLIError.word(error)
        }
    }
}
