import ArgumentParser
import BUSDocsKit
import Foundation
import Templates

struct Deviation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deviation",
        abstract: "Write the deviation form (avvikelseblankett) for an agreement.")

    @Argument(help: "The agreement file.")
    var agreement: String

    @Option(help: "The date the agreement is checked against, YYYY-MM-DD (default: today).")
    var today: String?

    @OptionGroup var outputOptions: DocumentOutputOptions
    @OptionGroup var templateOptions: TemplateOptions
    @OptionGroup var ruleSetOptions: RuleSetOptions

    func run() throws {
        try outputOptions.format.check(writes: .deviationForm)
        let templates = try templateOptions.load()
        let document = try SingleDocument.load(agreement, ruleSet: try ruleSetOptions.load(), today: try Today.parse(today), userTemplates: templates.customNames)
        try outputOptions.emit(.deviationForm(document), templates: templates, refusing: [agreement])
    }
}
