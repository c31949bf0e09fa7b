import ArgumentParser
import BUSDocsKit
import Foundation
import Templates

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Publish agreements as HTML: a page each, their protocol templates, agendas and deviation forms, and an index.",
        discussion: "Checks first; an agreement with errors is still published, marked as not valid. Exit status: 0, 1 when any agreement has errors, 2 for usage, template or I/O problems.")

    @Argument(help: "Agreement files or folders (searched for *.md). Default: Agreements/.")
    var paths: [String] = []

    @Option(help: "The output folder.")
    var out = "_site"

    @OptionGroup var templateOptions: TemplateOptions
    @OptionGroup var ruleSetOptions: RuleSetOptions

    @Option(help: "The date to check and date documents against, YYYY-MM-DD (default: today).")
    var today: String?

    func run() throws {
        let inputs = paths.isEmpty ? ["Agreements"] : paths
        try OutputWriter.checkOutputFolder(out, inputs: inputs)
        let templates = try templateOptions.load()
        let date = try Today.parse(today)
        let validator = Validator(ruleSet: try ruleSetOptions.load(), today: date)
        let checked = try AgreementFiles.collect(inputs).parallelMap { try CheckedAgreement.load($0, validator: validator) }
        let report = CheckReport(files: checked.map(\.reportFile))
        let language = Language.fromEnvironment(ProcessInfo.processInfo.environment)
        print(TextFormatter().format(report, language: language), terminator: "")

        let builder = SiteBuilder(renderer: DocumentRenderer(templates: templates), today: date)
        let files: [OutputFile]
        do {
            let documents = checked.compactMap(\.document)
            let pages = try documents.parallelMap { document in
                let files = try builder.files(for: document)
                try SiteBuilder.validate(files)
                return files
            }
            let index = try builder.index(for: documents)
            try SiteBuilder.validate([index])
            files = [index] + pages.flatMap { $0 }
        } catch let error as TemplateError {
            throw UsageFailure(message: error.description)
        }
        try SitePublisher.publish(files, to: out)
        print("\(files.count) files written to \(out)/ (\(checked.compactMap(\.document).count) agreements)")
        if report.errorCount > 0 { throw ExitCode(1) }
    }
}
