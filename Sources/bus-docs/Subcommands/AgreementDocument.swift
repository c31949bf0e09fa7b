import ArgumentParser
import BUSDocsKit
import Foundation
import Templates

struct AgreementDocument: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Write the agreement itself as a document to sign: html, pdf or docx, ending in a page for the signatories.")

    @Argument(help: "The agreement file.")
    var agreement: String

    @Option(help: "The date the agreement is checked against, YYYY-MM-DD (default: today).")
    var today: String?

    @OptionGroup var outputOptions: DocumentOutputOptions
    @OptionGroup var templateOptions: TemplateOptions
    @OptionGroup var ruleSetOptions: RuleSetOptions

    func run() throws {
        try outputOptions.format.check(writes: .agreement)
        let templates = try templateOptions.load()
        let document = try SingleDocument.load(agreement, ruleSet: try ruleSetOptions.load(), today: try Today.parse(today), userTemplates: templates.customNames)
        try outputOptions.emit(.agreement(document), templates: templates, refusing: [agreement])
    }
}
